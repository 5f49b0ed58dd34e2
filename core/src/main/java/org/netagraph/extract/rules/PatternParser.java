package org.netagraph.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.netagraph.ModelException;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.text.TextNormalizer;

/**
 * Parses one pattern (the grammar is in {@code models/rules/README.md}). Errors name the file, the
 * line and the column of the offending character.
 */
final class PatternParser {
  /** Where the pattern text sits, for error messages. */
  record Where(String file, int line, int column) {
    ModelException error(int offset, String problem) {
      return new ModelException(file + ":" + line + ":" + (column + offset) + ": " + problem, null);
    }
  }

  /** What a pattern may name: classes, layers, predicates, macros. */
  interface Names {
    WordClasses.WordClass wordClass(String name);

    boolean layer(String name);

    boolean predicate(String name);

    /** The macro's pattern, parsed, or null if there is none of that name. */
    Node macro(String name, Where usedAt, int offset);
  }

  private static final Set<String> KINDS = Set.of("LATIN", "DEVA", "WORD", "CAP");
  private static final Set<String> PLACES = Set.of("AT", "END", "IN");
  private static final Set<String> FILTER_KEYS =
      Set.of("type", "value", "kind", "lang", "source", "surface", "flag", "at");

  private final String s;
  private final Where where;
  private final Names names;
  private final List<String> captures = new ArrayList<>();
  private int i;

  private PatternParser(String text, Where where, Names names) {
    this.s = text;
    this.where = where;
    this.names = names;
  }

  /** The pattern, and the names it captures (in {@code captured}). */
  static Node parse(String text, Where where, Names names, List<String> captured) {
    PatternParser p = new PatternParser(text, where, names);
    Node n = p.alt();
    p.space();
    if (p.i < p.s.length()) {
      throw p.error("unexpected '" + p.s.charAt(p.i) + "'");
    }
    captured.addAll(p.captures);
    return n;
  }

  private ModelException error(String problem) {
    return where.error(i, problem);
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private boolean at(String t) {
    space();
    return s.startsWith(t, i);
  }

  private void expect(String t) {
    if (!at(t)) {
      throw error("expected '" + t + "'");
    }
    i += t.length();
  }

  private Node alt() {
    List<Node> options = new ArrayList<>();
    options.add(seq());
    while (at("|")) {
      i++;
      options.add(seq());
    }
    return options.size() == 1 ? options.get(0) : new Node.Alt(options);
  }

  private Node seq() {
    List<Node> items = new ArrayList<>();
    while (true) {
      space();
      if (i >= s.length() || s.charAt(i) == '|' || s.charAt(i) == ')') {
        break;
      }
      items.add(item());
    }
    return items.size() == 1 ? items.get(0) : new Node.Seq(items);
  }

  private Node item() {
    space();
    int start = i;
    String capture = null;
    String id = ident(false);
    if (id != null && i < s.length() && s.charAt(i) == ':' && Character.isLowerCase(id.charAt(0))) {
      i++;
      capture = id;
      captures.add(id);
    } else {
      i = start;
    }
    Node n = quantified(atom());
    return capture == null ? n : new Node.Capture(capture, n);
  }

  private Node quantified(Node n) {
    int min;
    int max;
    if (i < s.length() && s.charAt(i) == '?') {
      min = 0;
      max = 1;
      i++;
    } else if (i < s.length() && s.charAt(i) == '*') {
      min = 0;
      max = Integer.MAX_VALUE;
      i++;
    } else if (i < s.length() && s.charAt(i) == '+') {
      min = 1;
      max = Integer.MAX_VALUE;
      i++;
    } else if (i < s.length() && s.charAt(i) == '{' && counts(i)) {
      int close = s.indexOf('}', i);
      String body = s.substring(i + 1, close);
      String[] mm = body.split(",", -1);
      min = mm[0].isEmpty() ? 0 : Integer.parseInt(mm[0]);
      max =
          mm.length == 1
              ? min
              : (mm[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(mm[1].strip()));
      if (max < min) {
        throw error("repetition {" + body + "}: the most is less than the least");
      }
      i = close + 1;
    } else {
      return n;
    }
    Node.Mode mode = Node.Mode.GREEDY;
    if (i < s.length() && s.charAt(i) == '?') {
      mode = Node.Mode.LAZY;
      i++;
    } else if (i < s.length() && s.charAt(i) == '+') {
      mode = Node.Mode.POSSESSIVE;
      i++;
    }
    if (n instanceof Node.Look || n instanceof Node.Edge || n instanceof Node.Call) {
      throw error("a zero-width item cannot be repeated");
    }
    return new Node.Repeat(n, min, max, mode);
  }

  /** A {@code {n}}, {@code {n,}}, {@code {n,m}} or {@code {,m}} starts at {@code at}. */
  private boolean counts(int at) {
    int close = s.indexOf('}', at);
    return close > at && s.substring(at + 1, close).matches("\\d*(,\\s*\\d*)?") && close > at + 1;
  }

  private Node atom() {
    space();
    if (i >= s.length()) {
      throw error("a pattern item is missing");
    }
    char c = s.charAt(i);
    if (s.startsWith("(?=", i) || s.startsWith("(?!", i)) {
      boolean negate = s.charAt(i + 2) == '!';
      i += 3;
      Node body = alt();
      expect(")");
      return new Node.Look(body, negate);
    }
    if (c == '(') {
      i++;
      Node body = alt();
      expect(")");
      return body;
    }
    if (c == '^') {
      i++;
      return new Node.Edge(true);
    }
    if (c == '$') {
      i++;
      if (i < s.length() && Character.isUpperCase(s.charAt(i))) {
        int at = i;
        String name = ident(true);
        Node m = names.macro(name, where, at);
        if (m == null) {
          i = at;
          throw error("no macro $" + name + " is defined");
        }
        return m;
      }
      return new Node.Edge(false);
    }
    if (c == '=') {
      i++;
      String name = ident(false);
      if (name == null) {
        throw error("a capture name must follow '='");
      }
      return new Node.Ref(name);
    }
    if (c == '&') {
      i++;
      int at = i;
      String name = ident(false);
      if (name == null || !names.predicate(name)) {
        i = at;
        throw error("no predicate &" + name);
      }
      List<String> args = new ArrayList<>();
      if (i < s.length() && s.charAt(i) == '(') {
        int close = s.indexOf(')', i);
        if (close < 0) {
          throw error("')' missing");
        }
        for (String a : s.substring(i + 1, close).split(",")) {
          if (!a.isBlank()) {
            args.add(a.strip());
          }
        }
        i = close + 1;
      }
      return new Node.Call(name, args);
    }
    if (c == '%') {
      i++;
      WordClasses.WordClass wc = wordClass();
      Node word = new Node.Tok(new TokenTest.InClass(wc));
      if (wc.phrases().isEmpty()) {
        return word;
      }
      List<Node> options = new ArrayList<>(); // a phrase of the class, else one of its words
      List<List<String>> longest = new ArrayList<>(wc.phrases());
      longest.sort((a, b) -> b.size() - a.size());
      for (List<String> p : longest) {
        List<Node> seq = new ArrayList<>();
        p.forEach(w -> seq.add(new Node.Tok(new TokenTest.Literal(w, TokenTest.Fit.WORD))));
        options.add(new Node.Seq(seq));
      }
      options.add(word);
      return new Node.Alt(options);
    }
    if (Character.isUpperCase(c)) {
      int at = i;
      String name = ident(true);
      if (!KINDS.contains(name) && !PLACES.contains(name)) {
        if (!names.layer(name)) {
          i = at;
          throw error("unknown layer " + name);
        }
        return new Node.Layer(name, filters());
      }
      i = at;
    }
    return new Node.Tok(tfactor());
  }

  private TokenTest texpr() {
    List<TokenTest> any = new ArrayList<>();
    any.add(tterm());
    while (at("|")) {
      i++;
      any.add(tterm());
    }
    return any.size() == 1 ? any.get(0) : new TokenTest.AnyOf(any);
  }

  private TokenTest tterm() {
    List<TokenTest> all = new ArrayList<>();
    all.add(tfactor());
    while (at("&")) {
      i++;
      all.add(tfactor());
    }
    return all.size() == 1 ? all.get(0) : new TokenTest.All(all);
  }

  private TokenTest tfactor() {
    space();
    if (i >= s.length()) {
      throw error("a token test is missing");
    }
    char c = s.charAt(i);
    if (c == '!') {
      i++;
      return new TokenTest.Not(tfactor());
    }
    if (c == '[') {
      i++;
      TokenTest t = texpr();
      expect("]");
      return t;
    }
    if (c == '"') {
      return literal();
    }
    if (c == '%') {
      i++;
      return new TokenTest.InClass(wordClass());
    }
    if (c == '/') {
      int close = s.indexOf('/', i + 1);
      if (close < 0) {
        throw error("the regular expression has no closing '/'");
      }
      try {
        Pattern p = Pattern.compile(s.substring(i + 1, close));
        i = close + 1;
        return new TokenTest.Regex(p);
      } catch (PatternSyntaxException e) {
        throw error("bad regular expression: " + e.getDescription());
      }
    }
    if (c == '_') {
      i++;
      return new TokenTest.Any();
    }
    if (Character.isUpperCase(c)) {
      int at = i;
      String name = ident(true);
      if (KINDS.contains(name)) {
        return new TokenTest.Kind(name);
      }
      if (PLACES.contains(name) && i < s.length() && s.charAt(i) == ':') {
        i++;
        int la = i;
        String layer = ident(true);
        if (layer == null || !names.layer(layer)) {
          i = la;
          throw error("unknown layer " + layer);
        }
        return new TokenTest.Mentioned(TokenTest.Place.valueOf(name), layer, filters());
      }
      i = at;
      throw error(
          "a layer (" + name + ") is a whole mention, not a token test: use AT:" + name + " here");
    }
    throw error("unexpected '" + c + "'");
  }

  private TokenTest.Literal literal() {
    int open = i;
    int close = s.indexOf('"', i + 1);
    if (close < 0) {
      throw error("the word has no closing '\"'");
    }
    String raw = s.substring(open + 1, close);
    i = close + 1;
    if (raw.isEmpty() || raw.equals("*") || raw.equals("**")) {
      i = open;
      throw error("an empty word");
    }
    return literal(raw);
  }

  /** A word with {@code *} at its start, end or both. */
  static TokenTest.Literal literal(String raw) {
    boolean pre = raw.length() > 1 && raw.endsWith("*");
    boolean suf = raw.length() > 1 && raw.startsWith("*");
    String core =
        TextNormalizer.matchForm(raw.substring(suf ? 1 : 0, raw.length() - (pre ? 1 : 0)));
    TokenTest.Fit fit =
        pre && suf
            ? TokenTest.Fit.INFIX
            : pre ? TokenTest.Fit.PREFIX : suf ? TokenTest.Fit.SUFFIX : TokenTest.Fit.WORD;
    return new TokenTest.Literal(core, fit);
  }

  private WordClasses.WordClass wordClass() {
    int at = i;
    String name = ident(false);
    WordClasses.WordClass wc = name == null ? null : names.wordClass(name);
    if (wc == null) {
      i = at;
      throw error("wordclasses.tsv has no class " + name);
    }
    return wc;
  }

  private List<Filter> filters() {
    if (i >= s.length() || s.charAt(i) != '{' || counts(i)) {
      return List.of();
    }
    int close = s.indexOf('}', i);
    if (close < 0) {
      throw error("'}' missing");
    }
    List<Filter> out = new ArrayList<>();
    i++;
    while (i < close) {
      space();
      int at = i;
      int end = s.indexOf(',', i);
      if (end < 0 || end > close) {
        end = close;
      }
      out.add(filter(s.substring(i, end).strip(), at));
      i = end < close ? end + 1 : close;
    }
    i = close + 1;
    return out;
  }

  private Filter filter(String f, int at) {
    int op = f.indexOf("!=");
    int len = 2;
    boolean negate = true;
    boolean inside = false;
    if (op < 0) {
      op = f.indexOf('~');
      len = 1;
      negate = false;
      inside = op >= 0;
    }
    if (op < 0) {
      op = f.indexOf('=');
      len = 1;
    }
    if (op < 0) {
      return new Filter("value", false, f, TokenTest.Fit.WORD, null, null, false);
    }
    String key = f.substring(0, op).strip();
    String v = f.substring(op + len).strip();
    if (!FILTER_KEYS.contains(key)) {
      i = at;
      throw error(
          "unknown filter key '" + key + "' (one of " + new java.util.TreeSet<>(FILTER_KEYS) + ")");
    }
    if (v.startsWith("$")) {
      return new Filter(key, negate, null, TokenTest.Fit.WORD, v.substring(1), null, false);
    }
    if (v.startsWith("%")) {
      WordClasses.WordClass wc = names.wordClass(v.substring(1));
      if (wc == null) {
        i = at;
        throw error("wordclasses.tsv has no class " + v.substring(1));
      }
      return new Filter(key, negate, null, TokenTest.Fit.WORD, null, wc, inside);
    }
    if (inside) {
      i = at;
      throw error("'~' takes a class: " + key + "~%class");
    }
    if (key.equals("surface")) {
      TokenTest.Literal l = literal(v);
      return new Filter(key, negate, l.form(), l.fit(), null, null, false);
    }
    return new Filter(key, negate, v, TokenTest.Fit.WORD, null, null, false);
  }

  /** An identifier at {@code i} (upper-case if {@code upper}), or null. */
  private String ident(boolean upper) {
    int start = i;
    while (i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')
        && s.charAt(i) < 128) {
      i++;
    }
    if (i == start) {
      return null;
    }
    String id = s.substring(start, i);
    if (upper != Character.isUpperCase(id.charAt(0))) {
      i = start;
      return null;
    }
    return id;
  }
}
