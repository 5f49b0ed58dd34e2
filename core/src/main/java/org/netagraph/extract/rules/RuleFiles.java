package org.netagraph.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.netagraph.ModelException;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.lexicon.WordClasses;

/**
 * Reads the rule files of {@code models/rules/} (grammar in {@code models/rules/README.md}): {@code
 * define NAME = pattern} lines, shared by all files, and {@code rule id} blocks of indented {@code
 * key value} lines. Every error names {@code file:line:column}.
 */
final class RuleFiles {
  static final String FOLDER = "rules";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");
  private static final Pattern MACRO = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> KEYS =
      Set.of(
          "family",
          "priority",
          "choose",
          "pattern",
          "when",
          "unless",
          "former-when",
          "within",
          "action",
          "example");

  private record Define(String text, PatternParser.Where where) {}

  private final WordClasses classes;
  private final Map<String, Family> families;
  private final Set<String> layers;
  private final Set<String> predicates;
  private final Map<String, Define> defines = new LinkedHashMap<>();
  private final Map<String, Node> macros = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();

  RuleFiles(
      WordClasses classes,
      Map<String, Family> families,
      Set<String> layers,
      Set<String> predicates) {
    this.classes = classes;
    this.families = families;
    this.layers = layers;
    this.predicates = predicates;
  }

  /** Every rule of every file, in file and line order. */
  List<Rule> read(ModelSource src) {
    List<String> files = src.list(FOLDER, ".rules");
    if (files.isEmpty()) {
      throw new ModelException(
          src.describe()
              + ": no "
              + FOLDER
              + "/*.rules file; extraction reads its rules there (see models/rules/README.md)",
          null);
    }
    Map<String, List<ModelSource.Line>> text = new LinkedHashMap<>();
    for (String f : files) {
      text.put(f, src.lines(f));
    }
    for (List<ModelSource.Line> lines : text.values()) {
      for (ModelSource.Line l : lines) {
        if (l.text().startsWith("define")) {
          define(l);
        }
      }
    }
    List<Rule> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (List<ModelSource.Line> lines : text.values()) {
      Builder b = null;
      for (ModelSource.Line l : lines) {
        String t = l.text();
        if (t.startsWith("define")) {
          continue;
        }
        if (t.startsWith("rule")) {
          if (b != null) {
            out.add(b.build());
          }
          String id = t.substring(4).strip();
          if (!t.startsWith("rule ") || !ID.matcher(id).matches()) {
            throw at(l, 1, "expected 'rule <id>' with an id such as holds.title-name");
          }
          String other = seen.putIfAbsent(id, l.file() + ":" + l.number());
          if (other != null) {
            throw at(l, 6, "the rule id " + id + " is already used at " + other);
          }
          b = new Builder(id, l);
        } else if (Character.isWhitespace(t.charAt(0))) {
          if (b == null) {
            throw at(l, 1, "a property line outside a rule");
          }
          b.property(l);
        } else {
          throw at(l, 1, "expected 'rule', 'define' or an indented property");
        }
      }
      if (b != null) {
        out.add(b.build());
      }
    }
    return out;
  }

  static ModelException at(ModelSource.Line l, int column, String problem) {
    return new ModelException(l.file() + ":" + l.number() + ":" + column + ": " + problem, null);
  }

  private void define(ModelSource.Line l) {
    String t = l.text();
    int eq = t.indexOf('=');
    String name = eq < 0 ? "" : t.substring("define".length(), eq).strip();
    if (!t.startsWith("define ") || eq < 0 || !MACRO.matcher(name).matches()) {
      throw at(l, 1, "expected 'define NAME = pattern' with an upper-case NAME");
    }
    if (defines.containsKey(name)) {
      Define d = defines.get(name);
      throw at(
          l, 8, "$" + name + " is already defined at " + d.where().file() + ":" + d.where().line());
    }
    int col = eq + 1;
    while (col < t.length() && t.charAt(col) == ' ') {
      col++;
    }
    defines.put(
        name, new Define(t.substring(col), new PatternParser.Where(l.file(), l.number(), col + 1)));
  }

  private final PatternParser.Names names =
      new PatternParser.Names() {
        @Override
        public WordClasses.WordClass wordClass(String name) {
          return classes.find(name);
        }

        @Override
        public boolean layer(String name) {
          return layers.contains(name);
        }

        @Override
        public boolean predicate(String name) {
          return predicates.contains(name);
        }

        @Override
        public Node macro(String name, PatternParser.Where usedAt, int offset) {
          Node done = macros.get(name);
          if (done != null) {
            return done;
          }
          Define d = defines.get(name);
          if (d == null) {
            return null;
          }
          if (!resolving.add(name)) {
            throw usedAt.error(offset, "$" + name + " is defined in terms of itself");
          }
          List<String> captured = new ArrayList<>();
          Node n = PatternParser.parse(d.text(), d.where(), this, captured);
          if (!captured.isEmpty()) {
            throw d.where().error(0, "a macro cannot capture (" + captured.get(0) + ":)");
          }
          resolving.remove(name);
          macros.put(name, n);
          return n;
        }
      };

  /** The lines of one rule, checked as they come. */
  private final class Builder {
    private final String id;
    private final ModelSource.Line head;
    private String family;
    private Family spec;
    private int priority;
    private Rule.Choose choose = Rule.Choose.FIRST;
    private Node pattern;
    private final List<String> captured = new ArrayList<>();
    private final List<Rule.Condition> conditions = new ArrayList<>();
    private final List<Node> formerWhen = new ArrayList<>();
    private int within;
    private Rule.Action action;
    private ModelSource.Line actionLine;
    private final List<Rule.Example> examples = new ArrayList<>();

    Builder(String id, ModelSource.Line head) {
      this.id = id;
      this.head = head;
    }

    void property(ModelSource.Line l) {
      String t = l.text();
      int k = 0;
      while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
        k++;
      }
      int e = k;
      while (e < t.length() && !Character.isWhitespace(t.charAt(e))) {
        e++;
      }
      String key = t.substring(k, e);
      int v = e;
      while (v < t.length() && Character.isWhitespace(t.charAt(v))) {
        v++;
      }
      String value = t.substring(v).stripTrailing();
      if (!KEYS.contains(key)) {
        throw at(
            l, k + 1, "unknown key '" + key + "' (one of " + new java.util.TreeSet<>(KEYS) + ")");
      }
      if (value.isEmpty()) {
        throw at(l, e + 1, key + " needs a value");
      }
      PatternParser.Where w = new PatternParser.Where(l.file(), l.number(), v + 1);
      if (spec == null && !key.equals("family")) {
        throw at(l, k + 1, "the rule's first line must be its family");
      }
      switch (key) {
        case "family" -> {
          family = value;
          spec = families.get(value);
          if (spec == null) {
            throw at(
                l,
                v + 1,
                "unknown family '"
                    + value
                    + "' (one of "
                    + new java.util.TreeSet<>(families.keySet())
                    + ")");
          }
        }
        case "priority" -> {
          if (!value.matches("\\d{1,6}")) {
            throw at(l, v + 1, "priority is a whole number");
          }
          priority = Integer.parseInt(value);
        }
        case "choose" -> {
          if (value.equals("nearest") && spec.bound().isEmpty()) {
            throw at(
                l, v + 1, "choose nearest needs an anchor, and the family " + family + " has none");
          }
          if (!value.equals("first") && !value.equals("nearest")) {
            throw at(l, v + 1, "choose first or nearest");
          }
          choose = value.equals("first") ? Rule.Choose.FIRST : Rule.Choose.NEAREST;
        }
        case "pattern" -> {
          if (pattern != null) {
            throw at(l, k + 1, "a rule has one pattern");
          }
          pattern = PatternParser.parse(value, w, names, captured);
        }
        case "when", "unless" ->
            conditions.add(
                new Rule.Condition(
                    key.equals("unless"), PatternParser.parse(value, w, names, new ArrayList<>())));
        case "former-when" ->
            formerWhen.add(PatternParser.parse(value, w, names, new ArrayList<>()));
        case "within" -> {
          if (!spec.within()) {
            throw at(l, k + 1, "the family " + family + " does not reach back: no 'within'");
          }
          if (!value.matches("[1-9]\\d{0,2}")) {
            throw at(l, v + 1, "within is a number of sentences, 1 or more");
          }
          within = Integer.parseInt(value);
        }
        case "action" -> {
          List<String> words = List.of(value.split("\\s+"));
          if (!spec.verbs().contains(words.get(0))) {
            throw at(
                l,
                v + 1,
                "the family "
                    + family
                    + " has no action "
                    + words.get(0)
                    + " (one of "
                    + new java.util.TreeSet<>(spec.verbs())
                    + ")");
          }
          action = new Rule.Action(words.get(0), words.subList(1, words.size()));
          actionLine = l;
        }
        case "example" -> examples.add(example(l, value, v));
        default -> throw new IllegalStateException(key);
      }
    }

    private Rule.Example example(ModelSource.Line l, String value, int v) {
      String state = null;
      String rest = value;
      if (rest.startsWith("{state=")) {
        int close = rest.indexOf('}');
        if (close < 0) {
          throw at(l, v + 1, "'}' missing after {state=");
        }
        state = rest.substring(7, close).strip();
        rest = rest.substring(close + 1).strip();
      }
      int arrow = rest.lastIndexOf("=>");
      if (arrow < 0) {
        throw at(l, v + 1, "an example is 'text => facts' (or '=> nothing')");
      }
      return new Rule.Example(
          rest.substring(0, arrow).strip(),
          state,
          rest.substring(arrow + 2).strip(),
          l.file(),
          l.number());
    }

    Rule build() {
      if (spec == null) {
        throw at(head, 1, "rule " + id + " has no family");
      }
      if (action == null) {
        throw at(head, 1, "rule " + id + " has no action");
      }
      if (examples.isEmpty()) {
        throw at(head, 1, "rule " + id + " has no example: every rule shows what it gives");
      }
      for (String a : action.args()) {
        if (!spec.words().contains(a) && !captured.contains(a) && !spec.bound().contains(a)) {
          throw at(
              actionLine,
              actionLine.text().indexOf(" " + a) + 2,
              "'" + a + "' is neither a capture of the pattern nor a word of " + action.verb());
        }
      }
      return new Rule(
          id,
          family,
          priority,
          choose,
          pattern,
          captured,
          conditions,
          formerWhen,
          within,
          action,
          examples,
          head.file(),
          head.number());
    }
  }
}
