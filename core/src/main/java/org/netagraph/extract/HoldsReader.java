package org.netagraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.extract.rules.Captures;
import org.netagraph.extract.rules.Doc;
import org.netagraph.extract.rules.RuleSet;
import org.netagraph.model.Evidence;
import org.netagraph.model.Holds;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.OfficeRef;
import org.netagraph.model.Status;

/**
 * HOLDS read from one sentence. For each office mention: its phrase ({@link OfficeReader}); its
 * holder by the first {@code holder} rule that matches; {@code status} rules that make it former;
 * more holders listed with it ({@code coholder}); a list of people after the title ({@code
 * title_list}); with no holder and no list, the people an {@code unheld} rule names. Then the
 * sentence's own {@code holds} rules.
 */
final class HoldsReader {
  private final OfficeReader offices;
  private final TitleLists lists;
  private final RuleRunner rules;

  HoldsReader(OfficeReader offices, TitleLists lists, RuleRunner rules) {
    this.offices = offices;
    this.lists = lists;
    this.rules = rules;
  }

  /**
   * An office mention read in its sentence: the office, its status, its holder (or null), the
   * offices of its other portfolios, and the rule that found the holder (or null).
   */
  record Attachment(
      OfficeRef office, Status status, Mention holder, List<OfficeRef> also, String rule) {}

  private static final Attachment NONE =
      new Attachment(null, Status.CURRENT, null, List.of(), null);

  /** A sentence ready for the HOLDS rules: its office phrases, and the TITLE layer they make. */
  final class Sentence {
    final FactRules.SentenceView view;
    final Map<Mention, OfficeReader.Phrase> phrases = new LinkedHashMap<>();
    final Doc doc;

    Sentence(FactRules.SentenceView view) {
      this.view = view;
      List<Mention> titles = new ArrayList<>();
      for (Mention o : view.lexicon()) {
        if (o.type() == MentionType.OFFICE) {
          OfficeReader.Phrase p = offices.read(view, o);
          if (p != null) {
            phrases.put(o, p);
            titles.add(p.title());
          }
        }
      }
      this.doc = RuleRunner.doc(view, Map.of("TITLE", titles));
    }
  }

  Sentence sentence(FactRules.SentenceView v) {
    return new Sentence(v);
  }

  /** The office mention read in its sentence. */
  Attachment attach(Sentence s, Mention o, OfficeReader.Context cx) {
    OfficeReader.Phrase p = s.phrases.get(o);
    if (p == null) {
      return NONE;
    }
    Captures bound = RuleRunner.bind("office", p.title(), "title", p.office());
    RuleSet.Match m = rules.first(Families.HOLDER, s.doc, bound, "office");
    Mention holder = m == null ? null : m.mention("holder");
    boolean former =
        p.former()
            || (m != null && (m.rule().action().says("FORMER") || RuleSet.former(m, s.doc, rules)));
    if (holder != null && !former) {
      Captures held = RuleRunner.bind("office", p.title(), "title", p.office(), "holder", holder);
      former = rules.any(Families.STATUS, s.doc, held);
    }
    List<OfficeRef> all = offices.offices(s.view, p, cx);
    return new Attachment(
        all.get(0),
        former ? Status.FORMER : Status.CURRENT,
        holder,
        all.subList(1, all.size()),
        m == null ? null : m.rule().id());
  }

  /** HOLDS of the sentence's office mentions, in their order. */
  List<Holds> offices(Sentence s, Evidence ev, OfficeReader.Context cx) {
    List<Holds> out = new ArrayList<>();
    for (Mention o : s.view.lexicon()) {
      if (o.type() != MentionType.OFFICE) {
        continue;
      }
      Attachment a = attach(s, o, cx);
      List<Holds> listed = a.office() == null ? List.of() : listed(s, o, a, ev);
      boolean holderListed =
          a.holder() != null
              && listed.stream().anyMatch(h -> h.personKey().equals(a.holder().value()));
      if (a.holder() != null && a.office() != null && !holderListed) {
        List<Mention> people = new ArrayList<>(List.of(a.holder()));
        List<String> why = new ArrayList<>(List.of(a.rule()));
        OfficeReader.Phrase p = s.phrases.get(o);
        Captures held =
            RuleRunner.bind("office", p.title(), "title", p.office(), "holder", a.holder());
        RuleSet.Match more = rules.first(Families.COHOLDER, s.doc, held, "office");
        if (more != null) {
          List<Mention> others = more.mentions(more.rule().action().arg(0));
          for (int k = others.size() - 1; k >= 0; k--) { // from the holder backwards
            people.add(others.get(k));
            why.add(more.rule().id());
          }
        }
        for (int k = 0; k < people.size(); k++) {
          out.add(new Holds(people.get(k).value(), a.office(), a.status(), ev, why.get(k)));
          for (OfficeRef also : a.also()) {
            out.add(new Holds(people.get(k).value(), also, a.status(), ev, why.get(k)));
          }
        }
      }
      out.addAll(listed);
      if (a.office() != null && a.holder() == null && listed.isEmpty()) {
        OfficeReader.Phrase p = s.phrases.get(o);
        Captures bound = RuleRunner.bind("office", p.title(), "title", p.office());
        RuleSet.Match m = rules.first(Families.UNHELD, s.doc, bound, "office");
        if (m != null) {
          Status st = m.rule().action().says("CURRENT") ? Status.CURRENT : a.status();
          for (Mention h : m.mentions(m.rule().action().arg(0))) {
            out.add(new Holds(h.value(), a.office(), st, ev, m.rule().id()));
          }
        }
      }
    }
    return out;
  }

  /** The people a {@code title_list} rule lists after the title: the first rule that gives any. */
  private List<Holds> listed(Sentence s, Mention o, Attachment a, Evidence ev) {
    OfficeReader.Phrase p = s.phrases.get(o);
    Captures bound = RuleRunner.bind("office", p.title(), "title", p.office());
    for (org.netagraph.extract.rules.Rule r : rules.rules().family(Families.TITLE_LIST)) {
      if (rules.first(r, s.doc, bound, "office") == null) {
        continue;
      }
      List<Holds> got =
          r.action().verb().equals("COUNTED")
              ? lists.counted(s.view, o, a, ev, r.id())
              : lists.list(s.view, o, a, ev, r.id());
      if (!got.isEmpty()) {
        return got;
      }
    }
    return List.of();
  }

  /**
   * The sentence's own {@code holds} rules: {@code HOLDS h office} for the people and the title a
   * match captures, or for every person ({@code ALL}) and the title the sentence before left open
   * ({@code OPEN_TITLE}: a plural title with no names, then इनमें A, B और C).
   */
  List<Holds> sentenceRules(Sentence s, Sentence prev, Evidence ev, OfficeReader.Context cx) {
    List<Holds> out = new ArrayList<>();
    for (RuleSet.Match m : rules.all(Families.HOLDS, s.doc, Captures.empty())) {
      org.netagraph.extract.rules.Rule.Action act = m.rule().action();
      Attachment a;
      List<String> people = new ArrayList<>();
      if (act.arg(1).equals("OPEN_TITLE")) {
        a = prev == null ? null : openTitle(prev, cx);
      } else {
        Mention t = m.mention(act.arg(1));
        OfficeReader.Phrase p = phraseOf(s, t);
        a = p == null ? null : attachTo(s, p, cx, m);
      }
      if (a == null || a.office() == null) {
        continue;
      }
      if (act.arg(0).equals("ALL")) {
        Set<String> seen = new LinkedHashSet<>();
        s.view.persons().forEach(x -> seen.add(x.value()));
        people.addAll(seen);
      } else {
        m.mentions(act.arg(0)).forEach(x -> people.add(x.value()));
      }
      Status st =
          act.says("CURRENT") ? Status.CURRENT : act.says("FORMER") ? Status.FORMER : a.status();
      for (String h : people) {
        out.add(new Holds(h, a.office(), st, ev, m.rule().id()));
      }
    }
    return out;
  }

  private OfficeReader.Phrase phraseOf(Sentence s, Mention title) {
    for (OfficeReader.Phrase p : s.phrases.values()) {
      if (p.title().equals(title)) {
        return p;
      }
    }
    return null;
  }

  /** The office of a title a sentence rule captured, its status from the phrase and the rule. */
  private Attachment attachTo(
      Sentence s, OfficeReader.Phrase p, OfficeReader.Context cx, RuleSet.Match m) {
    boolean former = p.former() || RuleSet.former(m, s.doc, rules);
    List<OfficeRef> all = offices.offices(s.view, p, cx);
    return new Attachment(
        all.get(0),
        former ? Status.FORMER : Status.CURRENT,
        null,
        all.subList(1, all.size()),
        m.rule().id());
  }

  /**
   * The title the sentence left open for the next one: the first office an {@code open_title} rule
   * picks (rule by rule, office by office) that has an office and no holder.
   */
  private Attachment openTitle(Sentence prev, OfficeReader.Context cx) {
    for (org.netagraph.extract.rules.Rule r : rules.rules().family(Families.OPEN_TITLE)) {
      for (Mention o : prev.view.lexicon()) {
        OfficeReader.Phrase p = o.type() == MentionType.OFFICE ? prev.phrases.get(o) : null;
        if (p == null) {
          continue;
        }
        Captures bound = RuleRunner.bind("office", p.title(), "title", p.office());
        if (rules.first(r, prev.doc, bound, "office") == null) {
          continue;
        }
        Attachment a = attach(prev, o, cx);
        if (a.office() != null && a.holder() == null) {
          return a;
        }
      }
    }
    return null;
  }
}
