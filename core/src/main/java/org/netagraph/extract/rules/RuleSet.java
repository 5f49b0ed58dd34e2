package org.netagraph.extract.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.UsageException;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;

/**
 * The rules of {@code models/rules/}, by family, and how to run one on a sentence. Immutable; a
 * copy can leave some rules out ({@link #disable}) to measure what they are worth.
 */
public final class RuleSet {
  private final List<Rule> rules;
  private final Set<String> disabled;
  private final Map<String, List<Rule>> byFamily = new HashMap<>();

  private RuleSet(List<Rule> rules, Set<String> disabled) {
    this.rules = List.copyOf(rules);
    this.disabled = Set.copyOf(disabled);
    for (Rule r : this.rules) {
      if (!disabled.contains(r.id())) {
        byFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<Rule> l : byFamily.values()) {
      l.sort(Comparator.comparingInt(Rule::priority)); // stable: file order among equals
    }
  }

  /**
   * Reads every {@code .rules} file of {@code models/rules/}.
   *
   * @param families the families the extraction code reads, by name
   * @param labels the layers besides the standard ones that patterns may name
   * @param predicates the names of the predicates patterns may call
   */
  public static RuleSet load(
      ModelSource src,
      WordClasses classes,
      Map<String, Family> families,
      Set<String> labels,
      Set<String> predicates) {
    Set<String> layers = new LinkedHashSet<>(Doc.BASE_LAYERS);
    layers.addAll(labels);
    return new RuleSet(new RuleFiles(classes, families, layers, predicates).read(src), Set.of());
  }

  /** All rules, in file order, disabled ones too. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rules of a family that are not disabled, by priority. */
  public List<Rule> family(String name) {
    return byFamily.getOrDefault(name, List.of());
  }

  /** The same rules without these; an unknown id is a usage error. */
  public RuleSet disable(Collection<String> ids) {
    Set<String> known = new LinkedHashSet<>();
    rules.forEach(r -> known.add(r.id()));
    for (String id : ids) {
      if (!known.contains(id)) {
        throw new UsageException("no rule has the id " + id + " (see models/rules/)");
      }
    }
    Set<String> d = new LinkedHashSet<>(disabled);
    d.addAll(ids);
    return new RuleSet(rules, d);
  }

  public Set<String> disabled() {
    return disabled;
  }

  /** A rule's match: where, and what it captured (bound names included). */
  public record Match(Rule rule, int start, int end, Captures captures) {
    /** The mention captured under the name (or bound to it), or null. */
    public Mention mention(String name) {
      return captures.mention(name);
    }

    /** Every mention captured under the name, in order. */
    public List<Mention> mentions(String name) {
      List<Mention> out = new ArrayList<>();
      for (Captures.Span s : captures.all(name)) {
        if (s.mention() != null) {
          out.add(s.mention());
        }
      }
      return out;
    }
  }

  /**
   * The rule's match on the sentence, or null: the first one found in the order the rule chooses
   * (from {@code bound}'s {@code anchor} leftwards for {@code choose nearest}), if its conditions
   * hold.
   */
  public static Match first(Rule r, Doc d, Captures bound, Env env, String anchor) {
    if (r.pattern() == null) {
      return conditions(r, d, bound, env) ? new Match(r, 0, 0, bound) : null;
    }
    Matcher m = new Matcher(d, env, r.id());
    for (int start : starts(r, d, bound, anchor)) {
      Matcher.Match x = m.at(r.pattern(), start, bound);
      if (x != null) {
        Captures all = x.captures().bindAll();
        return conditions(r, d, all, env) ? new Match(r, x.start(), x.end(), all) : null;
      }
    }
    return null;
  }

  /**
   * Every match of the rule on the sentence (the first one at each token) whose conditions hold.
   */
  public static List<Match> all(Rule r, Doc d, Captures bound, Env env) {
    List<Match> out = new ArrayList<>();
    if (r.pattern() == null) {
      if (conditions(r, d, bound, env)) {
        out.add(new Match(r, 0, 0, bound));
      }
      return out;
    }
    Matcher m = new Matcher(d, env, r.id());
    for (int start = 0; start <= d.size(); start++) {
      Matcher.Match x = m.at(r.pattern(), start, bound);
      if (x != null) {
        Captures all = x.captures().bindAll();
        if (conditions(r, d, all, env)) {
          out.add(new Match(r, x.start(), x.end(), all));
        }
      }
    }
    return out;
  }

  /** The pattern is found somewhere in the sentence. */
  public static boolean found(Node pattern, Doc d, Captures bound, Env env, String rule) {
    Matcher m = new Matcher(d, env, rule);
    for (int start = 0; start <= d.size(); start++) {
      if (m.at(pattern, start, bound) != null) {
        return true;
      }
    }
    return false;
  }

  /** Every {@code former-when} pattern of the rule is found (false if it has none). */
  public static boolean former(Match match, Doc d, Env env) {
    Rule r = match.rule();
    if (r.formerWhen().isEmpty()) {
      return false;
    }
    for (Node n : r.formerWhen()) {
      if (!found(n, d, match.captures(), env, r.id())) {
        return false;
      }
    }
    return true;
  }

  private static boolean conditions(Rule r, Doc d, Captures c, Env env) {
    for (Rule.Condition k : r.conditions()) {
      if (found(k.pattern(), d, c, env, r.id()) == k.unless()) {
        return false;
      }
    }
    return true;
  }

  private static int[] starts(Rule r, Doc d, Captures bound, String anchor) {
    int n = d.size();
    int[] out = new int[n + 1];
    Captures.Span a = anchor == null ? null : bound.get(anchor);
    if (r.choose() == Rule.Choose.NEAREST && a != null) {
      int k = 0;
      for (int s = a.start(); s >= 0; s--) {
        out[k++] = s;
      }
      for (int s = a.start() + 1; s <= n; s++) {
        out[k++] = s;
      }
      return out;
    }
    for (int s = 0; s <= n; s++) {
      out[s] = s;
    }
    return out;
  }
}
