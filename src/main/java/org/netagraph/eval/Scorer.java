package org.netagraph.eval;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.PersonEntity;
import org.netagraph.model.Status;

/**
 * Scores one article's facts against its gold file, the way {@code score.py} does: a person matches
 * a gold person when any name or alias agrees after folding case, dots, hyphens, spaces and Latin
 * diacritics; an office matches on (person, title, state, party) with common title variants folded
 * and a gold party of null matching any party; meetings are unordered pairs.
 */
public final class Scorer {
  private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Map<String, String> TITLES = new HashMap<>();
  private static final Map<String, String> PARTIES =
      Map.of(
          "indian national congress",
          "inc",
          "congress",
          "inc",
          "inc",
          "inc",
          "bharatiya janata party",
          "bjp",
          "bjp",
          "bjp");

  static {
    String[][] t = {
      {"cm", "chief minister"},
      {"mukhyamantri", "chief minister"},
      {"party president", "president"},
      {"national president", "president"},
      {"congress president", "president"},
      {"state president", "president"},
      {"adhyaksh", "president"},
      {"incharge", "in-charge"},
      {"in charge", "in-charge"},
      {"state in-charge", "in-charge"},
      {"prabhari", "in-charge"},
      {"gen secretary", "general secretary"},
      {"mahasachiv", "general secretary"},
      {"member of legislative assembly", "mla"},
      {"legislator", "mla"},
      {"mp", "member of parliament"},
      {"leader of the opposition", "leader of opposition"},
      {"deputy cm", "deputy chief minister"},
      {"pm", "prime minister"},
      {"district collector", "collector"},
      {"dm", "district magistrate"},
    };
    for (String[] p : t) {
      TITLES.put(p[0], p[1]);
    }
  }

  private final Lexicon lexicon;

  public Scorer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Counts and the items behind them for one fact type. */
  public static final class Tally {
    public int tp;
    public int fp;
    public int fn;
    public final List<String> extra = new ArrayList<>();
    public final List<String> missing = new ArrayList<>();

    public void add(Tally o) {
      tp += o.tp;
      fp += o.fp;
      fn += o.fn;
      extra.addAll(o.extra);
      missing.addAll(o.missing);
    }

    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** True when there was nothing to find and nothing was found: no score at all. */
    public boolean empty() {
      return tp + fp + fn == 0;
    }

    /** F1; 0 when there was nothing to score (as {@code shared/tools/score.py} says). */
    public double f1() {
      if (empty()) {
        return 0;
      }
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * What one rule's facts scored: facts it gave (each fact once, counted for the rule that gave it
   * first), those that are in the gold (true positives), those that are not and are not optional
   * (false positives); the rest repeat a gold fact matched already or are optional in the gold.
   */
  public static final class RuleTally {
    public int facts;
    public int tp;
    public int fp;

    public void add(RuleTally o) {
      facts += o.facts;
      tp += o.tp;
      fp += o.fp;
    }

    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }
  }

  /** The four tallies of one article, and its HOLDS and MET by rule. */
  public record Result(
      Tally persons, Tally holds, Tally former, Tally met, Map<String, RuleTally> byRule) {
    public Result(Tally persons, Tally holds, Tally former, Tally met) {
      this(persons, holds, former, met, new java.util.TreeMap<>());
    }

    /** Adds another result's counts to this one's. */
    public void add(Result r) {
      persons.add(r.persons());
      holds.add(r.holds());
      former.add(r.former());
      met.add(r.met());
      r.byRule().forEach((k, v) -> byRule.computeIfAbsent(k, x -> new RuleTally()).add(v));
    }
  }

  public Result score(ArticleFacts facts, Gold gold) {
    Map<String, Set<String>> goldNames = new HashMap<>();
    for (Gold.Person p : gold.persons()) {
      Set<String> ks = new HashSet<>();
      ks.add(key(p.name()));
      for (String a : p.aliases()) {
        ks.add(key(a));
      }
      goldNames.put(p.name(), ks);
    }
    Set<String> optionalKeys = new HashSet<>();
    for (Gold.Person p : gold.personsOptional()) {
      optionalKeys.add(key(p.name()));
      for (String a : p.aliases()) {
        optionalKeys.add(key(a));
      }
    }
    Tally persons = new Tally();
    Map<String, String> toGold = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (PersonEntity p : facts.persons()) {
      Set<String> ks = new HashSet<>();
      ks.add(key(p.name()));
      for (String a : p.aliases()) {
        ks.add(key(a));
      }
      String match = null;
      for (Map.Entry<String, Set<String>> g : goldNames.entrySet()) {
        if (!java.util.Collections.disjoint(ks, g.getValue())) {
          match = g.getKey();
          break;
        }
      }
      if (match != null) {
        toGold.put(p.key(), match);
      }
      if (match != null && seen.add(match)) {
        persons.tp++;
      } else if (match == null && !java.util.Collections.disjoint(ks, optionalKeys)) {
        continue; // arguable either way: neither credited nor counted against
      } else {
        persons.fp++;
        persons.extra.add(p.name() + (match != null ? " (again " + match + ")" : ""));
      }
    }
    for (String g : goldNames.keySet()) {
      if (!seen.contains(g)) {
        persons.fn++;
        persons.missing.add(g);
      }
    }
    Map<List<String>, String> outCurrent = new java.util.LinkedHashMap<>();
    Map<List<String>, String> outFormer = new java.util.LinkedHashMap<>();
    Map<String, RuleTally> byRule = new java.util.TreeMap<>();
    Map<String, String> names = new HashMap<>();
    facts.persons().forEach(p -> names.put(p.key(), p.name()));
    for (Holds h : facts.holds()) {
      String person = toGold.getOrDefault(h.personKey(), "?" + names.get(h.personKey()));
      String state = h.office().stateId() == null ? null : lexicon.stateName(h.office().stateId());
      String party = h.office().partyId() == null ? null : lexicon.partyName(h.office().partyId());
      String country =
          h.office().countryId() == null ? null : lexicon.countryName(h.office().countryId());
      List<String> k = officeKey(person, h.office().title(), state, party, country, null);
      (h.status() == Status.FORMER ? outFormer : outCurrent).putIfAbsent(k, h.rule());
    }
    Tally holds = offices(outCurrent, gold.holds(), gold.holdsOptional(), byRule);
    Tally former = offices(outFormer, gold.holdsFormer(), gold.holdsFormerOptional(), byRule);
    Map<Set<String>, String> outMet = new java.util.LinkedHashMap<>();
    for (Met m : facts.met()) {
      String a = toGold.getOrDefault(m.a(), "?" + names.get(m.a()));
      String b = toGold.getOrDefault(m.b(), "?" + names.get(m.b()));
      if (!a.equals(b)) {
        outMet.putIfAbsent(Set.of(a, b), m.rule());
      }
    }
    Set<Set<String>> goldMet = new LinkedHashSet<>();
    gold.met().forEach(p -> goldMet.add(Set.copyOf(p)));
    Set<Set<String>> optMet = new HashSet<>();
    gold.metOptional().forEach(p -> optMet.add(Set.copyOf(p)));
    Tally met = new Tally();
    for (Map.Entry<Set<String>, String> e : outMet.entrySet()) {
      Set<String> m = e.getKey();
      RuleTally rt = byRule.computeIfAbsent(e.getValue(), x -> new RuleTally());
      rt.facts++;
      if (goldMet.contains(m)) {
        met.tp++;
        rt.tp++;
      } else if (!optMet.contains(m)) {
        met.fp++;
        rt.fp++;
        met.extra.add(String.join(" -- ", new java.util.TreeSet<>(m)));
      }
    }
    for (Set<String> m : goldMet) {
      if (!outMet.containsKey(m)) {
        met.fn++;
        met.missing.add(String.join(" -- ", new java.util.TreeSet<>(m)));
      }
    }
    return new Result(persons, holds, former, met, byRule);
  }

  private static Tally offices(
      Map<List<String>, String> out,
      List<Gold.Office> gold,
      List<Gold.Office> optional,
      Map<String, RuleTally> byRule) {
    List<List<String>> g = new ArrayList<>();
    for (Gold.Office o : gold) {
      g.add(officeKey(o.person(), o.title(), o.state(), o.party(), o.country(), o.organization()));
    }
    List<List<String>> opt = new ArrayList<>();
    for (Gold.Office o : optional) {
      opt.add(
          officeKey(o.person(), o.title(), o.state(), o.party(), o.country(), o.organization()));
    }
    Tally t = new Tally();
    Set<List<String>> matchedGold = new HashSet<>();
    for (Map.Entry<List<String>, String> e : out.entrySet()) {
      List<String> o = e.getKey();
      RuleTally rt = byRule.computeIfAbsent(e.getValue(), x -> new RuleTally());
      rt.facts++;
      List<String> hit = find(g, o);
      if (hit != null) {
        if (matchedGold.add(hit)) {
          t.tp++;
          rt.tp++;
        }
      } else if (find(opt, o) == null) {
        t.fp++;
        rt.fp++;
        t.extra.add(String.valueOf(o));
      }
    }
    for (List<String> x : g) {
      if (!matchedGold.contains(x)) {
        t.fn++;
        t.missing.add(String.valueOf(x));
      }
    }
    return t;
  }

  /**
   * A gold key matching {@code o}: same person, title and state; a gold party of null matches any.
   */
  private static List<String> find(List<List<String>> gold, List<String> o) {
    for (List<String> g : gold) {
      if (g.get(0).equals(o.get(0))
          && g.get(1).equals(o.get(1))
          && java.util.Objects.equals(g.get(2), o.get(2))
          && (g.get(3) == null || g.get(3).equals(o.get(3)))
          && java.util.Objects.equals(g.get(4), o.get(4))
          && java.util.Objects.equals(g.get(5), o.get(5))) {
        return g;
      }
    }
    return null;
  }

  private static List<String> officeKey(
      String person, String title, String state, String party, String country, String org) {
    List<String> k = new ArrayList<>(6);
    k.add(person);
    k.add(normTitle(title));
    k.add(state == null || state.isBlank() ? null : key(state));
    k.add(
        party == null || party.isBlank()
            ? null
            : PARTIES.getOrDefault(
                party.strip().toLowerCase(Locale.ROOT), party.strip().toLowerCase(Locale.ROOT)));
    k.add(
        country == null || country.isBlank() || key(country).equals("india") ? null : key(country));
    k.add(org == null || org.isBlank() ? null : key(org));
    return k;
  }

  private static final Pattern MINISTER_OF = Pattern.compile("^minister of (.+)$");

  static String normTitle(String title) {
    String t =
        (title == null ? "" : title).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    t = t.replaceAll("^(union|cabinet) (?=.*minister$)", "");
    t = t.replaceAll("^(national|state|chief) (?=spokesperson|general secretary|president)", "");
    Matcher m = MINISTER_OF.matcher(t);
    if (m.matches()) {
      t = m.group(1) + " minister";
    }
    return TITLES.getOrDefault(t, t);
  }

  /** The folding of score.py's {@code key()}. */
  static String key(String s) {
    String d = NFKD.normalize(s == null ? "" : s);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      boolean combining =
          type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.ENCLOSING_MARK;
      if (!combining || c >= 0x900) {
        b.append(c);
      }
    }
    String n = NFC.normalize(b.toString()).toLowerCase(Locale.ROOT);
    n = n.replaceAll("[.\\-_'’]", " ");
    return n.replaceAll("\\s+", "");
  }
}
