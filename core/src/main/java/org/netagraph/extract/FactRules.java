package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.extract.rules.Captures;
import org.netagraph.extract.rules.Doc;
import org.netagraph.extract.rules.RuleSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Evidence;
import org.netagraph.model.Holds;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Met;
import org.netagraph.model.Sentence;
import org.netagraph.model.Status;
import org.netagraph.model.Token;

/**
 * Reads HOLDS and MET from the sentences of an article whose mentions are known, by the rules of
 * {@code models/rules/} (see the README there): first every sentence's HOLDS ({@link HoldsReader}),
 * then, sentence by sentence, its MET ({@link MeetingReader}) with what the sentences before left
 * in the {@link Discourse}. Each fact carries the id of its rule. Immutable and thread-safe.
 */
public final class FactRules {
  /** Everything the rules need about one sentence. */
  public record SentenceView(Sentence sentence, List<Mention> lexicon, List<Mention> persons) {}

  /** HOLDS and MET read from the sentences of one article. */
  public record Facts(List<Holds> holds, List<Met> met) {}

  private final Lexicon lexicon;
  private final RuleRunner rules;
  private final HoldsReader holdsReader;
  private final MeetingReader meetings;
  private final TitleLists lists;
  private final WordClasses.WordClass plural;

  public FactRules(Lexicon lexicon, RuleSet ruleSet) {
    this(lexicon, ruleSet, new TitleLists(lexicon), null);
  }

  private FactRules(
      Lexicon lexicon,
      RuleSet ruleSet,
      TitleLists lists,
      java.util.function.Consumer<String> fired) {
    this.lexicon = lexicon;
    this.lists = lists;
    this.rules = new RuleRunner(ruleSet, lexicon, lists, new Coordination(lexicon), fired);
    this.holdsReader = new HoldsReader(new OfficeReader(lexicon), lists, rules);
    this.meetings = new MeetingReader(lexicon, rules);
    this.plural = lexicon.wordClasses().get("plural_word");
  }

  /** The same reading, telling {@code fired} the id of every rule that matches (for tests). */
  FactRules tracing(java.util.function.Consumer<String> fired) {
    return new FactRules(lexicon, rules.rules(), lists, fired);
  }

  /** The rules of {@code models/rules/}, checked against the families this class reads. */
  public static RuleSet loadRules(ModelSource src, Lexicon lexicon) {
    return RuleSet.load(
        src, lexicon.wordClasses(), Families.ALL, Families.LABELS, Families.PREDICATES);
  }

  public RuleSet ruleSet() {
    return rules.rules();
  }

  public Facts apply(List<SentenceView> views, String articleId, String date, String storyState) {
    return apply(views, articleId, date, Collections.nCopies(views.size(), storyState));
  }

  /** As {@link #apply(List, String, String, String)}, with each sentence's story state. */
  public Facts apply(
      List<SentenceView> views, String articleId, String date, List<String> storyStates) {
    Map<String, Holds> holds = new LinkedHashMap<>();
    List<HoldsReader.Sentence> read = new ArrayList<>();
    String contextParty = null;
    HoldsReader.Sentence previous = null;
    for (int si = 0; si < views.size(); si++) {
      SentenceView v = views.get(si);
      Evidence ev = new Evidence(articleId, v.sentence().text(), date);
      HoldsReader.Sentence s = holdsReader.sentence(v);
      OfficeReader.Context cx = new OfficeReader.Context(storyStates.get(si), contextParty);
      List<Holds> found = new ArrayList<>(holdsReader.offices(s, ev, cx));
      found.addAll(holdsReader.sentenceRules(s, previous, ev, cx));
      for (Holds h : found) {
        holds.putIfAbsent(h.personKey() + "|" + h.office().id() + "|" + h.status(), h);
      }
      read.add(s);
      previous = s;
      for (Mention m : v.lexicon()) {
        if (m.type() == MentionType.PARTY) {
          contextParty = m.value();
        }
      }
    }
    List<Met> met = meetings(read, holds.values(), articleId, date, storyStates);
    return new Facts(new ArrayList<>(holds.values()), met);
  }

  private List<Met> meetings(
      List<HoldsReader.Sentence> read,
      Iterable<Holds> holds,
      String articleId,
      String date,
      List<String> storyStates) {
    Map<String, Set<String>> holders = new HashMap<>();
    Map<String, Set<String>> titlesOf = new HashMap<>();
    for (Holds h : holds) {
      if (h.status() == Status.CURRENT) {
        holders.computeIfAbsent(h.office().id(), k -> new LinkedHashSet<>()).add(h.personKey());
        titlesOf.computeIfAbsent(h.personKey(), k -> new LinkedHashSet<>()).add(h.office().title());
      }
    }
    Map<String, Met> met = new LinkedHashMap<>();
    Discourse d = Discourse.START;
    for (int si = 0; si < read.size(); si++) {
      SentenceView v = withOfficeReferences(read.get(si), holders, storyStates.get(si));
      if (d.subjectJustBefore(si)) {
        v = withPronounSubject(v, d.subject());
      }
      Evidence ev = new Evidence(articleId, v.sentence().text(), date);
      MeetingReader.Reading r = meetings.read(v);
      List<Met> found = new ArrayList<>(meetings.meetings(r, ev));
      found.addAll(meetings.direct(r, ev));
      String host = r.hosted() ? r.host() : null;
      if (host != null) {
        if (!found.isEmpty()) {
          RuleSet.Match m =
              rules.first(Families.ARRIVED_MET, r.doc(), value("host", host, si), null);
          for (Mention p : m == null ? List.<Mention>of() : d.arrived()) {
            if (!p.value().equals(host)) {
              found.add(Met.of(host, p.value(), ev, m.rule().id()));
            }
          }
        }
        Set<String> party = new LinkedHashSet<>(List.of(host));
        for (Met m : found) {
          party.add(m.a());
          party.add(m.b());
        }
        d = d.meeting(host, si, party, groupTitles(r.doc(), v));
      } else if (found.isEmpty() && d.host() != null) {
        RuleSet.Match m = within(Families.FOLLOW_UP, r.doc(), si, d);
        for (Mention p : m == null ? List.<Mention>of() : v.persons()) {
          for (String q : d.party()) {
            if (!p.value().equals(q)) {
              found.add(Met.of(q, p.value(), ev, m.rule().id()));
            }
          }
        }
      }
      if (found.isEmpty() && host == null && !d.groupTitles().isEmpty()) {
        RuleSet.Match m = within(Families.GROUP_REPORT, r.doc(), si, d);
        String speaker = m == null ? null : subject(r.doc());
        if (speaker != null && !speaker.equals(d.host())) {
          for (String t : titlesOf.getOrDefault(speaker, Set.of())) {
            if (d.groupTitles().contains(t)) {
              found.add(Met.of(d.host(), speaker, ev, m.rule().id()));
              break;
            }
          }
        }
      }
      for (Met m : found) {
        met.putIfAbsent(m.a() + "|" + m.b(), m);
      }
      d =
          d.arrivals(
              rules.any(Families.ARRIVAL, r.doc(), Captures.empty()) ? v.persons() : List.of());
      String s = subject(r.doc());
      if (s != null) {
        d = d.about(s, si);
      }
    }
    return new ArrayList<>(met.values());
  }

  /** The first rule of the family that reaches back to the last meeting and matches. */
  private RuleSet.Match within(String family, Doc doc, int si, Discourse d) {
    for (org.netagraph.extract.rules.Rule r : rules.rules().family(family)) {
      if (d.meetingWithin(si, r.within())) {
        RuleSet.Match m = rules.first(r, doc, Captures.empty(), null);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /** Who the sentence is about: the person of the first {@code subject} rule that matches. */
  private String subject(Doc doc) {
    RuleSet.Match m = rules.first(Families.SUBJECT, doc, Captures.empty(), null);
    Mention s = m == null ? null : m.mention(m.rule().action().arg(0));
    return s == null ? null : s.value();
  }

  /** The titles of the plural office words a meeting was held with ({@code group_title}). */
  private Set<String> groupTitles(Doc doc, SentenceView v) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention o : v.lexicon()) {
      if (o.type() == MentionType.OFFICE
          && rules.any(Families.GROUP_TITLE, doc, RuleRunner.bind("title", o))) {
        out.add(o.value());
      }
    }
    return out;
  }

  /** A name bound to a value of the discourse, for filters such as {@code value=$host}. */
  private static Captures value(String name, String value, int sentence) {
    return RuleRunner.bind(
        name, new Mention(sentence, 0, 1, MentionType.PERSON, value, "", value, "discourse"));
  }

  /**
   * A bare title that the article has given one holder stands for that person: in {@code X ने
   * मुख्यमंत्री से मुलाकात की}, after the article named the Chief Minister, the Chief Minister is a
   * participant of the meeting. Titles with a plural word before them (सभी राज्यों के मुख्यमंत्री)
   * stand for no one.
   */
  SentenceView withOfficeReferences(
      HoldsReader.Sentence s, Map<String, Set<String>> holders, String storyState) {
    SentenceView v = s.view;
    List<Mention> extra = new ArrayList<>();
    List<Token> toks = v.sentence().tokens();
    for (Mention o : v.lexicon()) {
      if (o.type() != MentionType.OFFICE) {
        continue;
      }
      HoldsReader.Attachment a =
          holdsReader.attach(s, o, new OfficeReader.Context(storyState, null));
      if (a.holder() != null || a.office() == null || a.status() == Status.FORMER) {
        continue;
      }
      boolean many = lists.plural(toks, o); // विधायकों की बैठक, all Chief Ministers: no one person
      for (int i = Math.max(0, o.start() - 4); i < o.start(); i++) {
        many |= plural.has(toks.get(i).norm());
      }
      Set<String> who = holders.get(a.office().id());
      if (!many && who != null && who.size() == 1) {
        String key = who.iterator().next();
        extra.add(
            new Mention(
                o.sentence(),
                o.start(),
                o.end(),
                MentionType.PERSON,
                key,
                "office",
                o.surface(),
                "office-ref"));
      }
    }
    if (extra.isEmpty()) {
      return v;
    }
    List<Mention> persons = new ArrayList<>(v.persons());
    persons.addAll(extra);
    persons.sort(Comparator.comparingInt(Mention::start));
    return new SentenceView(v.sentence(), v.lexicon(), persons);
  }

  /**
   * The pronoun a {@code pronoun} rule finds (उन्होंने, he before the meeting word and every name)
   * stands for the one the sentence before was about.
   */
  SentenceView withPronounSubject(SentenceView v, String subject) {
    Doc doc = RuleRunner.doc(v, Map.of());
    RuleSet.Match m =
        rules.first(Families.PRONOUN, doc, value("subject", subject, v.sentence().index()), null);
    if (m == null) {
      return v;
    }
    int i = m.captures().get(m.rule().action().arg(0)).start();
    List<Mention> persons = new ArrayList<>(v.persons());
    persons.add(
        new Mention(
            v.sentence().index(),
            i,
            i + 1,
            MentionType.PERSON,
            subject,
            "pronoun",
            v.sentence().tokens().get(i).text(),
            "pronoun"));
    persons.sort(Comparator.comparingInt(Mention::start));
    return new SentenceView(v.sentence(), v.lexicon(), persons);
  }
}
