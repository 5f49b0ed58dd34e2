package org.netagraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netagraph.extract.rules.Captures;
import org.netagraph.extract.rules.Doc;
import org.netagraph.extract.rules.Env;
import org.netagraph.extract.rules.Rule;
import org.netagraph.extract.rules.RuleSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Mention;

/**
 * Runs the rules of a family on a sentence: the first rule (by priority) that matches, every match
 * of every rule, or whether any rule matches. Knows the office flags and the named predicates that
 * patterns call ({@code &plural(title)}).
 */
final class RuleRunner implements Env {
  private final RuleSet rules;
  private final Lexicon lexicon;
  private final TitleLists lists;
  private final Coordination coordination;
  private final java.util.function.Consumer<String> fired;

  RuleRunner(
      RuleSet rules,
      Lexicon lexicon,
      TitleLists lists,
      Coordination coordination,
      java.util.function.Consumer<String> fired) {
    this.rules = rules;
    this.lexicon = lexicon;
    this.lists = lists;
    this.coordination = coordination;
    this.fired = fired;
  }

  /** The same runner, telling {@code to} the id of each rule that matches. */
  RuleRunner tracing(java.util.function.Consumer<String> to) {
    return new RuleRunner(rules, lexicon, lists, coordination, to);
  }

  /** The rule's match, as {@link RuleSet#first}; a match is reported to the trace. */
  RuleSet.Match first(Rule r, Doc d, Captures bound, String anchor) {
    RuleSet.Match m = RuleSet.first(r, d, bound, this, anchor);
    if (m != null && fired != null) {
      fired.accept(r.id());
    }
    return m;
  }

  RuleSet rules() {
    return rules;
  }

  /** The sentence as rules see it, with the labels given. */
  static Doc doc(FactRules.SentenceView v, Map<String, List<Mention>> labels) {
    return new Doc(v.sentence().tokens(), v.lexicon(), v.persons(), labels);
  }

  /** Names bound to mentions. */
  static Captures bind(Object... nameThenMention) {
    Map<String, Captures.Span> b = new HashMap<>();
    for (int i = 0; i + 1 < nameThenMention.length; i += 2) {
      Object m = nameThenMention[i + 1];
      if (m != null) {
        String name = (String) nameThenMention[i];
        b.put(name, Captures.of(name, (Mention) m));
      }
    }
    return Captures.bound(b);
  }

  /** The match of the first rule of the family that matches, or null. */
  RuleSet.Match first(String family, Doc d, Captures bound, String anchor) {
    for (Rule r : rules.family(family)) {
      RuleSet.Match m = first(r, d, bound, anchor);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** Every match of every rule of the family, rule by rule. */
  List<RuleSet.Match> all(String family, Doc d, Captures bound) {
    List<RuleSet.Match> out = new ArrayList<>();
    for (Rule r : rules.family(family)) {
      List<RuleSet.Match> ms = RuleSet.all(r, d, bound, this);
      if (!ms.isEmpty() && fired != null) {
        fired.accept(r.id());
      }
      out.addAll(ms);
    }
    return out;
  }

  /** Some rule of the family matches. */
  boolean any(String family, Doc d, Captures bound) {
    return first(family, d, bound, null) != null;
  }

  @Override
  public boolean flag(Mention m, String flag) {
    return lexicon.officeHas(m.value(), flag);
  }

  @Override
  public boolean call(String name, List<String> args, Doc doc, int pos, Captures captures) {
    if (name.equals("plural")) {
      Mention o = captures.mention(args.isEmpty() ? "title" : args.get(0));
      return o != null && lists.plural(doc.tokens(), o);
    }
    if (name.equals("coordinated")) {
      return coordination.coordinated(doc);
    }
    throw new IllegalStateException("no predicate &" + name);
  }
}
