package org.netagraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.model.Evidence;
import org.netagraph.model.Holds;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Met;
import org.netagraph.model.OfficeRef;
import org.netagraph.model.Sentence;
import org.netagraph.model.Status;
import org.netagraph.model.Token;

/**
 * The rules that read HOLDS and MET from a sentence whose mentions are known.
 *
 * <p><b>HOLDS.</b> For each office mention: its qualifiers are read leftwards over connectors (के,
 * की, का, of, the, 's, सरकार, में): a state or city, a party, a portfolio, and the cues
 * पूर्व/former, केंद्रीय/Union, प्रदेश/state, राष्ट्रीय/national; rightwards {@code of}/{@code for}
 * a state, party or portfolio. The holder is the person right after the office (honorifics
 * skipped): {@code बिहार के सीएम X}, {@code Kerala CM X}. Failing that, the person right before the
 * qualifiers when a copula or a comma follows the office (apposition and predicate): {@code X
 * राजस्थान कांग्रेस के प्रभारी भी थे}, with वह/he standing for the nearest person before it. The
 * title by office kind:
 *
 * <ul>
 *   <li>state offices need a state: the qualifier's, else the article's state;
 *   <li>party posts need a party, else they are no party post (अध्यक्ष of a commission); a state
 *       when one is named, or the article's state for a state unit (प्रदेश अध्यक्ष);
 *   <li>ministers take a portfolio ({@code स्वास्थ्य मंत्री} = Health Minister); केंद्रीय/Union
 *       makes them national, else the named state, else the article's state;
 *   <li>officials take the named state or the article's; national offices take none.
 * </ul>
 *
 * <p><b>MET.</b> A sentence with meeting language and no letter, phone or future cue. The host is
 * the person before से / के साथ / के आवास in Hindi, or after met / with / residence of in English;
 * the host met every other person of the sentence. Without a host, two or three persons all met
 * each other; more is a list, not a meeting.
 */
public final class FactRules {
  private static final Set<String> CONNECTORS =
      Set.of(
          "के",
          "की",
          "का",
          "of",
          "the",
          "'s",
          "’s",
          "s",
          "'",
          "सरकार",
          "में",
          "government",
          "govt",
          "कमेटी",
          "committee",
          "unit",
          "इकाई",
          "-",
          "cabinet",
          "कैबिनेट");
  private static final Set<String> COPULA =
      Set.of(
          "हैं", "है", "थे", "थी", "थीं", "था", "रहे", "रही", "रह", "भी", "ही", "तो", "बने", "बनी",
          "बनाए", "बनाया", "नियुक्त", "हुए", "हैं।", ",", ".", "।", ")", "and", "और", "—", "-", ":",
          ";");
  private static final Set<String> LINKS =
      Set.of("is", "was", "as", "became", "remains", ",", "—", "who", "also", "currently", "now");
  private static final Set<String> PRONOUNS = Set.of("वह", "वे", "वो", "he", "she", "who", "जो");
  private static final Set<String> HOST_AFTER = Set.of("से");
  private static final Set<String> HOST_AFTER_KE =
      Set.of("साथ", "पास", "आवास", "घर", "निवास", "बंगले", "दफ्तर", "कार्यालय");
  private static final Set<String> HOST_BEFORE_SKIP =
      Set.of(
          "with",
          "on",
          "the",
          "of",
          "at",
          "residence",
          "his",
          "her",
          "their",
          "home",
          "office",
          ":");

  /** Everything the rules need about one sentence. */
  public record SentenceView(Sentence sentence, List<Mention> lexicon, List<Mention> persons) {}

  /** HOLDS and MET read from the sentences of one article. */
  public record Facts(List<Holds> holds, List<Met> met) {}

  public Facts apply(List<SentenceView> views, String articleId, String date, String storyState) {
    Map<String, Holds> holds = new LinkedHashMap<>();
    Map<String, Met> met = new LinkedHashMap<>();
    String contextParty = null;
    SentenceView previous = null;
    for (SentenceView v : views) {
      Evidence ev = new Evidence(articleId, v.sentence().text(), date);
      List<Holds> found = new ArrayList<>(holds(v, ev, new Context(storyState, contextParty)));
      if (previous != null) {
        found.addAll(listedAfter(previous, v, ev, new Context(storyState, contextParty)));
      }
      for (Holds h : found) {
        holds.putIfAbsent(h.personKey() + "|" + h.office().id() + "|" + h.status(), h);
      }
      previous = v;
      for (Mention m : v.lexicon()) {
        if (m.type() == MentionType.PARTY) {
          contextParty = m.value();
        }
      }
    }
    Map<String, Set<String>> holders = new java.util.HashMap<>();
    for (Holds h : holds.values()) {
      if (h.status() == Status.CURRENT) {
        holders.computeIfAbsent(h.office().id(), k -> new LinkedHashSet<>()).add(h.personKey());
      }
    }
    String lastHost = null;
    int lastHostAt = -10;
    Set<String> lastParty = Set.of(); // everyone of the last meeting: host and those it met
    List<Mention> arrived = List.of(); // people who arrived somewhere in the sentence before
    Set<String> groupTitles =
        Set.of(); // plural titles the last meeting was held with (कलेक्टरों के साथ)
    Map<String, Set<String>> titlesOf = new java.util.HashMap<>();
    for (Holds h : holds.values()) {
      if (h.status() == Status.CURRENT) {
        titlesOf.computeIfAbsent(h.personKey(), k -> new LinkedHashSet<>()).add(h.office().title());
      }
    }
    String subject = null; // who the last sentence was about, for उन्होंने / he in the next one
    int subjectAt = -10;
    for (int si = 0; si < views.size(); si++) {
      SentenceView v = withOfficeReferences(views.get(si), holders, storyState);
      if (si - subjectAt <= 1) {
        v = withPronounSubject(v, subject);
      }
      Evidence ev = new Evidence(articleId, v.sentence().text(), date);
      List<Met> found = new ArrayList<>(meetings(v, ev));
      String host = hasMeeting(v) && !attends(v) ? host(v) : null;
      if (host != null) {
        Mention met0 = personBeforeMeetingSe(v);
        if (met0 != null && met0.value().equals(host) && !found.isEmpty()) {
          // X, Y के साथ राजनिवास पहुँचे। उपराज्यपाल से मुलाकात के दौरान ...: who arrived met the
          // one met
          for (Mention p : arrived) {
            if (!p.value().equals(host)) {
              found.add(Met.of(host, p.value(), ev));
            }
          }
        }
        lastHost = host;
        lastHostAt = si;
        groupTitles = pluralTitles(v);
        lastParty = new LinkedHashSet<>();
        lastParty.add(host);
        for (Met m : found) {
          lastParty.add(m.a());
          lastParty.add(m.b());
        }
      } else if (found.isEmpty() && lastHost != null && si - lastHostAt <= 1 && accompanies(v)) {
        // X called on the Governor. He was accompanied by A and B: they met the Governor (and X)
        for (Mention p : v.persons()) {
          for (String q : lastParty) {
            if (!p.value().equals(q)) {
              found.add(Met.of(q, p.value(), ev));
            }
          }
        }
      } else if (found.isEmpty()
          && lastHost != null
          && si - lastHostAt <= 4
          && attends(v)
          && !ownMeeting(v)) {
        // बैठक में X, Y शामिल हुए / X also attended the meeting: the meeting of a sentence or few
        // before, with its host and everyone it met (प्रतिनिधिमंडल में A, B शामिल थे: they met the
        // one visited)
        for (Mention p : v.persons()) {
          for (String q : lastParty) {
            if (!p.value().equals(q)) {
              found.add(Met.of(q, p.value(), ev));
            }
          }
        }
      }
      if (found.isEmpty()
          && host == null
          && lastHost != null
          && si - lastHostAt <= 3
          && !groupTitles.isEmpty()
          && !calledOff(v, false)) {
        // ... कलेक्टरों के साथ समीक्षा की। रायपुर के कलेक्टर X ने बताया ...: one of the group
        // reported at it
        String speaker = subject(v);
        if (speaker != null && !speaker.equals(lastHost)) {
          for (String t : titlesOf.getOrDefault(speaker, Set.of())) {
            if (groupTitles.contains(t)) {
              found.add(Met.of(lastHost, speaker, ev));
              break;
            }
          }
        }
      }
      for (Met m : found) {
        met.putIfAbsent(m.a() + "|" + m.b(), m);
      }
      arrived = !hasCue(v, "meet") && arrival(v) ? v.persons() : List.of();
      String s = subject(v);
      if (s != null) {
        subject = s;
        subjectAt = si;
      }
    }
    return new Facts(new ArrayList<>(holds.values()), new ArrayList<>(met.values()));
  }

  private static final Set<String> PLURAL =
      Set.of("सभी", "सब", "तमाम", "कई", "विभिन्न", "all", "several", "many", "other", "अन्य");

  /**
   * A bare title that the article has given one holder stands for that person: in {@code X ने
   * मुख्यमंत्री से मुलाकात की}, after the article named the Chief Minister, the Chief Minister is a
   * participant of the meeting. Titles with a plural word before them (सभी राज्यों के मुख्यमंत्री)
   * stand for no one.
   */
  SentenceView withOfficeReferences(
      SentenceView v, Map<String, Set<String>> holders, String storyState) {
    List<Mention> extra = new ArrayList<>();
    List<Token> toks = v.sentence().tokens();
    for (Mention o : v.lexicon()) {
      if (o.type() != MentionType.OFFICE) {
        continue;
      }
      Attachment a = attach(v, o, new Context(storyState, null));
      if (a.holder() != null || a.office() == null || a.status() == Status.FORMER) {
        continue;
      }
      boolean plural = plural(v, o); // विधायकों की बैठक, all Chief Ministers: no one person
      for (int i = Math.max(0, o.start() - 4); i < o.start(); i++) {
        plural |= PLURAL.contains(toks.get(i).norm());
      }
      Set<String> who = holders.get(a.office().id());
      if (!plural && who != null && who.size() == 1) {
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
    persons.sort(java.util.Comparator.comparingInt(Mention::start));
    return new SentenceView(v.sentence(), v.lexicon(), persons);
  }

  private static final class Quals {
    String country;
    String state;
    String cityState;
    String party;
    String portfolio;
    final List<String> morePortfolios = new ArrayList<>();
    boolean former;
    boolean union;
    boolean stateUnit;
    boolean nationalUnit;
    int left;
  }

  /** An office mention read in its sentence: the office, its status and its holder (or null). */
  record Attachment(OfficeRef office, Status status, Mention holder, List<OfficeRef> also) {}

  /**
   * What the article says around a sentence: its state, and the party it named last before the
   * sentence (the party that {@code पार्टी के महासचिव} and {@code the party's spokesperson} mean).
   */
  record Context(String storyState, String party) {}

  List<Holds> holds(SentenceView v, Evidence ev, Context cx) {
    List<Holds> out = new ArrayList<>();
    for (Mention o : v.lexicon()) {
      if (o.type() != MentionType.OFFICE) {
        continue;
      }
      Attachment a = attach(v, o, cx);
      List<Holds> listed = a.office() == null ? List.of() : list(v, o, a, ev);
      boolean holderListed =
          a.holder() != null
              && listed.stream().anyMatch(h -> h.personKey().equals(a.holder().value()));
      if (a.holder() != null && a.office() != null && !holderListed) {
        for (Mention h : predicateList(v, a.holder(), o)) {
          out.add(new Holds(h.value(), a.office(), a.status(), ev));
          for (OfficeRef more : a.also()) {
            out.add(new Holds(h.value(), more, a.status(), ev));
          }
        }
      }
      out.addAll(listed);
      if (a.office() != null && a.holder() == null && listed.isEmpty()) {
        int from = oathListStart(v, o);
        for (Mention p : v.persons()) {
          if (from >= 0 && p.start() >= from) {
            out.add(
                new Holds(
                    p.value(),
                    a.office(),
                    Status.CURRENT,
                    ev)); // मंत्री पद की शपथ लेने वालों में A, B और C
          }
        }
      }
    }
    return out;
  }

  private static final List<List<String>> OATH_LIST_HI =
      List.of(
          List.of("पद", "की", "शपथ", "लेने", "वालों", "में"),
          List.of("पद", "की", "शपथ", "लेने", "वाले"),
          List.of("के", "रूप", "में", "शपथ", "लेने", "वालों", "में"));

  /**
   * Where the list of those who took an office's oath begins, or -1: {@code मंत्री पद की शपथ लेने
   * वालों में A, B और C शामिल हैं}, {@code among those sworn in as ministers were A, B and C}.
   */
  private static int oathListStart(SentenceView v, Mention o) {
    List<Token> toks = v.sentence().tokens();
    for (List<String> p : OATH_LIST_HI) {
      if (o.end() + p.size() <= toks.size()) {
        boolean all = true;
        for (int k = 0; k < p.size() && all; k++) {
          all = toks.get(o.end() + k).norm().equals(p.get(k));
        }
        if (all) {
          return o.end() + p.size();
        }
      }
    }
    if (o.start() >= 4
        && toks.get(o.start() - 1).norm().equals("as")
        && toks.get(o.start() - 2).norm().equals("in")
        && toks.get(o.start() - 3).norm().equals("sworn")
        && toks.get(o.start() - 4).norm().equals("those")
        && o.end() < toks.size()
        && Set.of("were", "are", "include", "included", "was").contains(toks.get(o.end()).norm())) {
      return o.end() + 1;
    }
    return -1;
  }

  private static final Set<String> LIST_FOLLOWS = Set.of("इनमें", "इनमे", "these", "they", "among");

  /**
   * A plural title without names, then a sentence that opens with इनमें / These include / Among
   * them and names people: {@code X के साथ 11 मंत्रियों ने भी शपथ ली। इनमें A, B और C शामिल हैं।}
   * Each person named gets the title.
   */
  private List<Holds> listedAfter(SentenceView prev, SentenceView v, Evidence ev, Context cx) {
    List<Token> toks = v.sentence().tokens();
    if (toks.isEmpty() || !LIST_FOLLOWS.contains(toks.get(0).norm()) || v.persons().isEmpty()) {
      return List.of();
    }
    if (toks.get(0).norm().equals("among")
        && !(toks.size() > 1 && toks.get(1).norm().equals("them"))) {
      return List.of();
    }
    List<Holds> out = new ArrayList<>();
    // the office they were sworn into (आठ विधायकों ने मंत्री पद की शपथ ली: ministers), else the
    // plural title
    List<Mention> offices = new ArrayList<>();
    List<Token> pt = prev.sentence().tokens();
    for (Mention o : prev.lexicon()) {
      if (o.type() == MentionType.OFFICE
          && o.end() + 1 < pt.size()
          && pt.get(o.end()).norm().equals("पद")) {
        offices.add(o);
      }
    }
    for (Mention o : prev.lexicon()) {
      if (o.type() == MentionType.OFFICE && plural(prev, o)) {
        offices.add(o);
      }
    }
    for (Mention o : offices) {
      Attachment a = attach(prev, o, cx);
      if (a.office() == null || a.holder() != null) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (Mention p : v.persons()) {
        if (seen.add(p.value())) {
          out.add(new Holds(p.value(), a.office(), a.status(), ev));
        }
      }
      break;
    }
    return out;
  }

  private static final Set<String> LIST_SEPARATORS = Set.of(",", "और", "and", "&", "तथा", "एवं");
  private static final Set<String> LIST_OPENERS = Set.of("–", "—", "-", ":", ",");

  private static final List<String> COUNTS =
      List.of("दो", "तीन", "चार", "पांच", "छह", "सात", "आठ", "नौ", "दस");

  private static final List<String> COUNTS_EN =
      List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /**
   * A counted plural title before a dash or colon, followed by exactly that many people in the rest
   * of the sentence, whatever each one's own description: {@code चार पूर्व मुख्यमंत्री शामिल हुए —
   * P के अध्यक्ष A, उनके बेटे B, C और D}. Empty when the count does not match.
   */
  private List<Holds> counted(SentenceView v, Mention o, Attachment a, Evidence ev, int from) {
    List<Token> toks = v.sentence().tokens();
    int n = 0;
    for (int i = Math.max(0, o.start() - 3); i < o.start(); i++) {
      String w = toks.get(i).norm();
      int k = Math.max(COUNTS.indexOf(w.replace("पाँच", "पांच")), COUNTS_EN.indexOf(w));
      if (k >= 0) {
        n = k + 2;
      }
    }
    boolean opened = false;
    for (int i = o.end(); i < from; i++) {
      String t = toks.get(i).text();
      opened |= t.equals("—") || t.equals("–") || t.equals(":");
    }
    boolean needsState = !o.kind().equals("national") && !o.kind().equals("party");
    if (n == 0 || !opened || (needsState && a.office().stateId() == null)) {
      return List.of();
    }
    Set<String> people = new LinkedHashSet<>();
    for (Mention p : v.persons()) {
      if (p.start() >= from) {
        people.add(p.value());
      }
    }
    if (people.size() != n) {
      return List.of();
    }
    List<Holds> out = new ArrayList<>();
    for (String p : people) {
      out.add(new Holds(p, a.office(), a.status(), ev));
    }
    return out;
  }

  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "दो", "तीन", "चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "two", "three", "four",
          "five", "six", "seven", "eight", "nine", "ten");
  private static final Set<String> LATE_OPENERS =
      Set.of("—", "–", ":", "were", "are", "include", "included", "including", "namely");

  /**
   * A plural title: Ministers, मंत्रियों, or a number or सभी/all before it (चार पूर्व मुख्यमंत्री).
   */
  static boolean plural(SentenceView v, Mention o) {
    if (o.surface().endsWith("s") || o.surface().endsWith("ों")) {
      return true;
    }
    List<Token> toks = v.sentence().tokens();
    for (int i = Math.max(0, o.start() - 3); i < o.start(); i++) {
      String w = toks.get(i).norm();
      if (NUMBER_WORDS.contains(w) || PLURAL.contains(w) || w.matches("\\d+")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title followed by a list of people: {@code Chief Ministers – A of West Bengal, B of Andhra
   * Pradesh and C of Kerala}, or {@code मध्यप्रदेश के मुख्यमंत्री A, बिहार के B, ओडिशा के C}. Each
   * person gets the title with the state written next to them (of STATE, (STATE), STATE के).
   * Without a state next to each name only a plural title is spread over the list, and only for
   * offices that need no state.
   */
  private List<Holds> list(SentenceView v, Mention o, Attachment a, Evidence ev) {
    List<Token> toks = v.sentence().tokens();
    boolean plural = plural(v, o);
    int i = o.end();
    while (i < toks.size() && LIST_OPENERS.contains(toks.get(i).text()) && plural) {
      i++;
    }
    if (plural && personAfter(v, i) == null) {
      // चार पूर्व मुख्यमंत्री शामिल हुए — A, B ...; the Chief Ministers who spoke were A of X, ...
      for (int k = i; k < Math.min(toks.size(), i + 5); k++) {
        if (personAt(v, k) != null) {
          break;
        }
        if (LATE_OPENERS.contains(toks.get(k).norm())) {
          i = k + 1;
          break;
        }
      }
    }
    List<Holds> counted = counted(v, o, a, ev, i);
    if (!counted.isEmpty()) {
      return counted;
    }
    List<Holds> out = new ArrayList<>();
    boolean first = true;
    while (i < toks.size()) {
      String before = null;
      Mention st = lexiconAt(v, i);
      if (st != null
          && st.type() == MentionType.STATE
          && st.end() < toks.size()
          && toks.get(st.end()).norm().equals("के")) {
        before = st.value();
        i = st.end() + 1;
      }
      Mention p = personAfter(v, i);
      if (p == null) {
        break;
      }
      int end = p.end();
      String after = null;
      if (end + 1 < toks.size() && toks.get(end).norm().equals("of")) {
        Mention s2 = lexiconAt(v, end + 1);
        if (s2 != null && s2.type() == MentionType.STATE) {
          after = s2.value();
          end = s2.end();
        }
      } else if (end + 2 < toks.size() && toks.get(end).text().equals("(")) {
        Mention s2 = lexiconAt(v, end + 1);
        if (s2 != null
            && s2.type() == MentionType.STATE
            && s2.end() < toks.size()
            && toks.get(s2.end()).text().equals(")")) {
          after = s2.value();
          end = s2.end() + 1;
        }
      }
      String state = after != null ? after : before;
      boolean needsState = !o.kind().equals("national") && !o.kind().equals("party");
      if (state != null && needsState) {
        OfficeRef office = new OfficeRef(a.office().title(), state, a.office().partyId());
        out.add(new Holds(p.value(), office, a.status(), ev));
      } else if (plural && (!needsState || a.office().stateId() != null)) {
        out.add(new Holds(p.value(), a.office(), a.status(), ev));
      } else if (!first) {
        break;
      }
      first = false;
      i = end;
      if (i < toks.size() && LIST_SEPARATORS.contains(toks.get(i).norm())) {
        i++;
        if (i < toks.size()
            && (toks.get(i).norm().equals("and") || toks.get(i).norm().equals("और"))) {
          i++;
        }
      } else {
        break;
      }
    }
    return out;
  }

  Attachment attach(SentenceView v, Mention o0, Context cx) {
    String storyState = cx.storyState();
    List<Token> toks = v.sentence().tokens();
    Mention o = o0;
    if (o.kind().equals("counterpart")) {
      // his Meghalaya counterpart X: the title of the office named before it
      Mention prev = null;
      for (Mention m : v.lexicon()) {
        if (m.type() == MentionType.OFFICE
            && m.end() <= o.start()
            && !m.kind().equals("counterpart")) {
          prev = m;
        }
      }
      if (prev == null) {
        return new Attachment(null, Status.CURRENT, null, List.of());
      }
      o =
          new Mention(
              o.sentence(),
              o.start(),
              o.end(),
              o.type(),
              prev.value(),
              prev.kind(),
              o.surface(),
              o.source());
    }
    boolean legislator = o.value().equals("MLA") || o.value().equals("Member of Parliament");
    Quals q = left(v, o.start(), legislator);
    if (q.state == null && q.cityState == null && q.left >= 2) {
      // Madhya Pradesh Congress president and former Chief Minister X: the second title
      // is of the state the first one's party unit names (not so after a Governor: governors
      // serve in other states, महाराष्ट्र के राज्यपाल और पूर्व मुख्यमंत्री X)
      String w = toks.get(q.left - 1).norm();
      Mention prev = lexiconEndingAt(v, q.left - 1);
      // (an In-charge is by rule from another state: पंजाब प्रभारी और पूर्व मुख्यमंत्री X is no
      // Punjab CM)
      if ((w.equals("and") || w.equals("और"))
          && prev != null
          && prev.type() == MentionType.OFFICE
          && prev.kind().equals("party")
          && !prev.value().equals("In-charge")) {
        Quals pq = left(v, prev.start());
        q.state = pq.state;
        q.cityState = pq.cityState;
      }
    }
    if ("delhi".equals(q.state)
        && o.kind().equals("party")
        && q.left < o.start()
        && delhiAsPlace(toks, q.left, o.start())) {
      q.state = null; // दिल्ली में कांग्रेस अध्यक्ष: where, not which unit
    }
    int right = o.end();
    if (right < toks.size()
        && (toks.get(right).norm().equals("रहे") || toks.get(right).norm().equals("रहीं"))) {
      q.former = true; // विधानसभा के अध्यक्ष रहे X: who had been
      right++;
    }
    if (right + 1 < toks.size()
        && (toks.get(right).norm().equals("of") || toks.get(right).norm().equals("for"))) {
      int at = right + 1;
      if (at + 1 < toks.size() && toks.get(at).norm().equals("the")) {
        at++;
      }
      Mention r = lexiconAt(v, at);
      if (r != null
          && (r.type() == MentionType.STATE
              || r.type() == MentionType.COUNTRY
              || r.type() == MentionType.PARTY
              || r.type() == MentionType.PORTFOLIO
              || r.type() == MentionType.CITY)) {
        apply(q, r);
        right = r.end();
      }
    }
    Mention holder = personAfter(v, right);
    if (holder == null && right + 1 < toks.size() && HAS_BEEN.contains(toks.get(right).norm())) {
      holder = personAfter(v, right + 1);
    } else if (holder == null
        && right + 2 < toks.size()
        && toks.get(right).norm().equals("रह")
        && toks.get(right + 1).norm().startsWith("चुक")) {
      holder = personAfter(v, right + 2); // मुख्यमंत्री रह चुके X
    }
    if (holder != null
        && (HAS_BEEN.contains(toks.get(right).norm()) || toks.get(right).norm().equals("रह"))) {
      q.former = true; // नेता प्रतिपक्ष रहे X: X, who has been Leader of the Opposition
    }
    if (holder == null) {
      holder = holderOfNextTitle(v, right);
    }
    if (holder == null) {
      holder = personBefore(v, q.left, right);
      if (holder != null && pastCopula(toks, right) && pastTime(v)) {
        q.former = true; // पिछली सरकार में X राज्य मंत्री थे: a predicate in the past tense
      }
    }
    if (holder == null) {
      holder = subjectOfRole(v, q.left, right);
    }
    if (holder == null) {
      holder = appositionHead(v, q.left, right);
    }
    if (holder != null && ended(v, holder)) {
      q.former = true;
    }
    if (o.kind().equals("party")
        && (o.surface().startsWith("प्रदेश")
            || o.surface().toLowerCase(java.util.Locale.ROOT).startsWith("state"))) {
      q.stateUnit = true; // प्रदेश अध्यक्ष, प्रदेशाध्यक्ष: the office phrase carries the unit
    }
    if (q.party == null && o.kind().equals("party")) {
      q.party = nearestPartyBefore(v, o.start(), 12);
    }
    if (q.party == null && o.kind().equals("party") && partyFromContext(v, o, q)) {
      String earlier = null;
      for (Mention m : v.lexicon()) {
        if (m.type() == MentionType.PARTY && m.end() <= o.start()) {
          earlier = m.value();
        }
      }
      q.party = earlier != null ? earlier : cx.party();
    }
    List<OfficeRef> also = new ArrayList<>();
    for (String extra : q.morePortfolios) {
      Quals q2 = new Quals();
      q2.portfolio = extra;
      q2.state = q.state;
      q2.cityState = q.cityState;
      q2.union = q.union;
      OfficeRef r = office(o, q2, storyState);
      if (r != null) {
        also.add(r);
      }
    }
    return new Attachment(
        office(o, q, storyState), q.former ? Status.FORMER : Status.CURRENT, holder, also);
  }

  private static final Set<String> PARTY_WORDS =
      Set.of("पार्टी", "दल", "संगठन", "party", "party's", "organisation", "organization");
  private static final Set<String> PARTY_ONLY_TITLES =
      Set.of("General Secretary", "Working President", "Spokesperson", "Convenor");

  /**
   * A party post with no party in its sentence takes the party the article named last when the post
   * can only be a party's (General Secretary, Working President, Spokesperson), when the sentence
   * says "the party" just before it (पार्टी के अध्यक्ष, the party's president), or for a state
   * unit's post (प्रदेश अध्यक्ष, प्रदेश प्रभारी). Otherwise it stays no party post: the प्रभारी of
   * a hospital ward, the अध्यक्ष of a commission.
   */
  private static boolean partyFromContext(SentenceView v, Mention o, Quals q) {
    if (PARTY_ONLY_TITLES.contains(o.value()) || q.stateUnit || q.nationalUnit) {
      return true;
    }
    List<Token> toks = v.sentence().tokens();
    for (int i = Math.max(0, Math.min(q.left, o.start()) - 3); i < o.start(); i++) {
      if (PARTY_WORDS.contains(toks.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  private OfficeRef office(Mention o, Quals q, String storyState) {
    if (q.country != null && !q.country.equals(OfficeRef.INDIA) && !o.kind().equals("party")) {
      // ब्रिटेन के स्वास्थ्य मंत्री, the US President: that country's office, never a state's
      String title =
          q.portfolio != null && o.value().equals("Minister")
              ? q.portfolio + " Minister"
              : o.value();
      return OfficeRef.abroad(title, q.country);
    }
    String state = q.state != null ? q.state : q.cityState;
    switch (o.kind()) {
      case "state":
        state = state != null ? state : storyState;
        return state == null ? null : new OfficeRef(o.value(), state, null);
      case "national":
        return new OfficeRef(o.value(), null, null);
      case "party":
        if (q.party == null) {
          return null;
        }
        String unit =
            q.state != null ? q.state : (q.stateUnit && !q.nationalUnit ? storyState : null);
        return new OfficeRef(o.value(), unit, q.party);
      case "minister":
        String title =
            q.portfolio != null && o.value().equals("Minister")
                ? q.portfolio + " Minister"
                : o.value();
        boolean union = q.union || (q.portfolio != null && UNION_ONLY.contains(q.portfolio));
        String scope = union ? null : (state != null ? state : storyState);
        return new OfficeRef(title, scope, null);
      case "official":
        return new OfficeRef(o.value(), state != null ? state : storyState, null);
      default:
        return null;
    }
  }

  /** Delhi written as a place (दिल्ली में, in Delhi) among the qualifiers {@code [from, to)}. */
  private static boolean delhiAsPlace(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = toks.get(i).norm();
      if ((w.equals("दिल्ली") && i + 1 < to && toks.get(i + 1).norm().equals("में"))
          || (w.equals("in") && i + 1 < to && toks.get(i + 1).norm().equals("delhi"))) {
        return true;
      }
    }
    return false;
  }

  /** Portfolios that exist only in the Union government: their ministers are national. */
  private static final Set<String> UNION_ONLY =
      Set.of(
          "Defence",
          "External Affairs",
          "Railways",
          "Civil Aviation",
          "Petroleum",
          "Road Transport and Highways",
          "Information and Broadcasting",
          "Jal Shakti",
          "Minority Affairs",
          "Commerce and Industry");

  private static final Set<String> PORTFOLIO_JOINERS =
      Set.of("व", "और", "एवं", "तथा", "and", "&", ",");

  private Quals left(SentenceView v, int officeStart) {
    return left(v, officeStart, false);
  }

  /**
   * The qualifiers left of an office; {@code constituency} lets one unknown word stand before the
   * title (the Kaliabor MP, बुधनी विधायक).
   */
  private Quals left(SentenceView v, int officeStart, boolean constituency) {
    Quals q = new Quals();
    List<Token> toks = v.sentence().tokens();
    int i = officeStart - 1;
    q.left = officeStart;
    int steps = 0;
    boolean unknownUsed = !constituency;
    while (i >= 0 && steps < 8) {
      steps++;
      if (q.portfolio != null && PORTFOLIO_JOINERS.contains(toks.get(i).norm()) && i > 0) {
        Mention prev = lexiconEndingAt(v, i);
        if (prev != null && prev.type() == MentionType.PORTFOLIO) {
          i--;
          continue;
        }
      }
      if (personEndingAt(v, i + 1) != null) {
        break;
      }
      Mention m = lexiconEndingAt(v, i + 1);
      if (m != null && m.type() != MentionType.OFFICE && m.type() != MentionType.PERSON) {
        if (!apply(q, m)) {
          break;
        }
        i = m.start() - 1;
        q.left = m.start();
        continue;
      }
      String w = toks.get(i).norm();
      if (CONNECTORS.contains(w)) {
        i--;
        continue;
      }
      if (!unknownUsed && toks.get(i).isWord() && personEndingAt(v, i + 1) == null) {
        unknownUsed = true;
        q.left = i;
        i--;
        continue;
      }
      break;
    }
    return q;
  }

  /** Records a qualifier; false if the mention is not one (then the scan stops). */
  private static boolean apply(Quals q, Mention m) {
    switch (m.type()) {
      case STATE:
        if (q.state == null) {
          q.state = m.value();
        }
        return true;
      case CITY:
        if (q.cityState == null) {
          q.cityState = m.value();
        }
        return true;
      case COUNTRY:
        if (q.country == null) {
          q.country = m.value();
        }
        return true;
      case PARTY:
        if (q.party == null) {
          q.party = m.value();
        }
        return true;
      case PORTFOLIO:
        if (q.portfolio == null) {
          q.portfolio = m.value();
        } else if (!q.portfolio.equals(m.value())) {
          q.morePortfolios.add(0, q.portfolio); // read leftwards: पर्यावरण व पर्यटन मंत्री
          q.portfolio = m.value();
        }
        return true;
      case HONORIFIC:
        return true;
      case CUE:
        switch (m.value()) {
          case "former":
            q.former = true;
            return true;
          case "union":
            q.union = true;
            return true;
          case "state_unit":
            q.stateUnit = true;
            return true;
          case "national_unit":
            q.nationalUnit = true;
            return true;
          case "deputy":
            return true;
          default:
            return false;
        }
      default:
        return false;
    }
  }

  private static Mention personAfter(SentenceView v, int i) {
    List<Token> toks = v.sentence().tokens();
    int guard = 0;
    while (i < toks.size() && guard++ < 5) {
      Mention p = personAt(v, i);
      if (p != null) {
        return p;
      }
      Mention h = lexiconAt(v, i);
      if (h != null && h.type() == MentionType.HONORIFIC) {
        i = h.end();
        continue;
      }
      String w = toks.get(i).text();
      if (w.equals(".") || w.equals("–") || w.equals("—") || w.equals(":")) {
        i++;
        continue;
      }
      int g = afterGloss(toks, i);
      if (g > i) {
        i = g; // general secretary (organisation) X
        continue;
      }
      return null;
    }
    return null;
  }

  /**
   * Two titles joined before one name: {@code Leader of the Opposition and former Chief Minister
   * X}, {@code केंद्रीय गृह मंत्री और भाजपा अध्यक्ष X}.
   */
  private static Mention holderOfNextTitle(SentenceView v, int right) {
    List<Token> toks = v.sentence().tokens();
    if (right >= toks.size()
        || !(toks.get(right).norm().equals("and") || toks.get(right).norm().equals("और"))) {
      return null;
    }
    int i = right + 1;
    boolean unknownUsed = false;
    for (int guard = 0; guard < 4 && i < toks.size(); guard++) {
      Mention m = lexiconAt(v, i);
      if (m == null && !unknownUsed && toks.get(i).isWord() && personAt(v, i) == null) {
        // पूर्व मुख्यमंत्री और गढ़वाल से सांसद X, former CM and Garhwal MP X: a constituency before
        // the second title
        unknownUsed = true;
        i++;
        if (i < toks.size()
            && (toks.get(i).norm().equals("से") || toks.get(i).norm().equals("from"))) {
          i++;
        }
        continue;
      }
      if (m == null) {
        return null;
      }
      if (m.type() == MentionType.OFFICE) {
        return personAfter(v, m.end());
      }
      i = m.end(); // a party, state, portfolio or cue word before the second title
    }
    return null;
  }

  private static final Set<String> ROLE_VERBS =
      Set.of(
          "sworn",
          "oath",
          "appointed",
          "elected",
          "named",
          "chosen",
          "installed",
          "became",
          "become",
          "inducted",
          "picked",
          "nominated",
          "re-elected");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "is", "were", "are", "been", "be");
  private static final Set<String> ROLE_SKIP =
      Set.of(
          "the",
          "a",
          "an",
          "new",
          "its",
          "state's",
          "first",
          "next",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "st",
          "nd",
          "rd",
          "th",
          "youngest",
          "oldest",
          "acting",
          "interim");

  /**
   * The person a role is given to: {@code X was sworn in as the 15th Chief Minister of Himachal
   * Pradesh}, {@code X ने मुख्यमंत्री के रूप में शपथ ली}, {@code X ने मुख्यमंत्री पद की शपथ ली}:
   * the nearest person before the title, when the title follows "as" after a verb of taking office
   * (sworn in, appointed, elected ...) or is followed by के रूप में / पद की शपथ / पद पर. Not {@code
   * X replaced Y as Chief Minister}: "replaced" gives no office.
   */
  private static Mention subjectOfRole(SentenceView v, int left, int right) {
    List<Token> toks = v.sentence().tokens();
    boolean role = false;
    int i = left - 1;
    while (i >= 0
        && (ROLE_SKIP.contains(toks.get(i).norm())
            || toks.get(i).norm().matches("\\d+(st|nd|rd|th)?"))) {
      i--;
    }
    int passive = -1; // X, a four-time MLA from Y, was sworn in as ...: X is the subject, not Y
    if (i >= 1 && toks.get(i).norm().equals("as")) {
      for (int k = Math.max(0, i - 5); k < i; k++) {
        if (ROLE_VERBS.contains(toks.get(k).norm())) {
          role = true;
          if (k > 0 && PASSIVE_AUX.contains(toks.get(k - 1).norm())) {
            passive = k - 1;
          }
        }
      }
    }
    if (!role && right + 2 < toks.size()) {
      String a = toks.get(right).norm();
      String b = toks.get(right + 1).norm();
      String c = toks.get(right + 2).norm();
      role =
          (a.equals("के") && b.equals("रूप") && c.equals("में"))
              || (a.equals("पद")
                  && (b.equals("की") || b.equals("पर"))
                  && (c.equals("शपथ") || b.equals("पर")));
    }
    if (!role) {
      return null;
    }
    // Hindi marks the roles: X को ... शपथ दिलाई (X is sworn in), X ने ... शपथ ली (X took the oath);
    // a ने after no person (आठ विधायकों ने) means the subject is no one named
    Mention nearest = null;
    Mention object = null;
    int agentAt = -1;
    for (int k = 0; k < left; k++) {
      if (toks.get(k).norm().equals("ने")) {
        agentAt = k;
      }
    }
    for (Mention p : v.persons()) {
      if (p.end() <= left) {
        nearest = p;
        if (p.end() < toks.size() && toks.get(p.end()).norm().equals("को")) {
          object = p;
        }
      }
    }
    if (object != null) {
      return object;
    }
    if (passive > 0) {
      for (Mention p : v.persons()) {
        if (p.end() <= passive) {
          return p; // the first person named: the subject, before any apposition about it
        }
      }
    }
    if (agentAt >= 0) {
      int k = agentAt;
      for (Mention p : v.persons()) {
        // X ने, X ( gloss ) ने, or the gloss itself: ( X ) ने
        if (afterGloss(toks, p.end()) == k
            || (p.end() + 1 == k && toks.get(p.end()).text().equals(")"))) {
          return p;
        }
      }
      return null;
    }
    return nearest;
  }

  private static final Set<String> PAST = Set.of("थे", "था", "थी", "थीं");

  private static final Set<String> PAST_MARKERS =
      Set.of("पिछली", "पिछले", "पहले", "तब", "कभी", "previous", "earlier");

  /**
   * The sentence sets its time in the past: पिछली सरकार में, पहले, तब, or a government named after
   * a person (X सरकार में, in X's government). Without it a past copula is narrative tense (X
   * प्रभारी तो थे ही: was then, and is) and the office stays current.
   */
  private static boolean pastTime(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).norm();
      if (PAST_MARKERS.contains(w)) {
        return true;
      }
      if (w.equals("सरकार") && i > 0 && personEndingAt(v, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** The office is followed by a past copula (मंत्री थे, मंत्री भी थे), ending the clause. */
  private static boolean pastCopula(List<Token> toks, int right) {
    int i = right;
    if (i < toks.size() && (toks.get(i).norm().equals("भी") || toks.get(i).norm().equals("ही"))) {
      i++;
    }
    if (i >= toks.size() || !PAST.contains(toks.get(i).norm())) {
      return false;
    }
    // "थे और अब ... हैं" keeps it current elsewhere; a clause end must follow
    return i + 1 >= toks.size()
        || Set.of("।", ".", ",", "|", "और", "लेकिन", "जब").contains(toks.get(i + 1).norm());
  }

  private static final Set<String> SUCCESSION =
      Set.of(
          "replaced",
          "replacing",
          "replace",
          "replaces",
          "succeeded",
          "succeeding",
          "succeed",
          "succeeds");

  private static final Set<String> HAS_BEEN = Set.of("रहे", "रहीं", "रही");
  private static final java.util.regex.Pattern ENDED =
      java.util.regex.Pattern.compile("निधन|died|passed away");

  /**
   * The sentence reports the holder's death after naming them, in their own clause: {@code
   * मुख्यमंत्री X का निधन हो गया}. A resignation does not end the office here: the sample gold
   * keeps an office-holder who "has resigned from his post" as its holder.
   */
  private static boolean ended(SentenceView v, Mention holder) {
    List<Token> toks = v.sentence().tokens();
    StringBuilder rest = new StringBuilder();
    int from = afterGloss(toks, holder.end());
    for (int i = from; i < Math.min(toks.size(), from + 12); i++) {
      if (personAt(v, i) != null) {
        break; // someone else's clause
      }
      rest.append(toks.get(i).norm()).append(' ');
    }
    return ENDED.matcher(rest).find();
  }

  /**
   * The holder and, for a Hindi predicate ({@code A, B और C राज्य मंत्री थे}), the people listed
   * before it: the title is each one's.
   */
  private static List<Mention> predicateList(SentenceView v, Mention holder, Mention office) {
    List<Token> toks = v.sentence().tokens();
    List<Mention> out = new ArrayList<>();
    out.add(holder);
    int right = office.end();
    if (holder.end() > office.start()
        || toks.get(holder.start()).isLatin()
        || right >= toks.size()
        || !(PAST.contains(toks.get(right).norm())
            || Set.of("हैं", "है").contains(toks.get(right).norm()))) {
      return out;
    }
    Mention cur = holder;
    while (cur.start() > 1 && LIST_SEPARATORS.contains(toks.get(cur.start() - 1).norm())) {
      Mention prev = personEndingAt(v, cur.start() - 1);
      if (prev == null || toks.get(prev.start()).isLatin()) {
        break;
      }
      out.add(prev);
      cur = prev;
    }
    return out;
  }

  private static final Set<String> APPOSITION_STOPS =
      Set.of(".", ";", "said", "says", "told", "—", "(", ")", "who", "which", "that");

  /**
   * An English apposition closed by a comma after the office: {@code X, a five-time MLA from Y and
   * the former Leader of the Opposition, said ...}: the office is X's. Only Latin text, at most
   * fifteen words back, with no other person, clause end or verb of speech between.
   */
  private static Mention appositionHead(SentenceView v, int left, int right) {
    List<Token> toks = v.sentence().tokens();
    if (right >= toks.size()
        || !toks.get(right).text().equals(",")
        || left <= 0
        || !toks.get(left - 1).isLatin()) {
      return null;
    }
    for (int i = left - 1; i >= Math.max(1, left - 15); i--) {
      String w = toks.get(i).norm();
      if (APPOSITION_STOPS.contains(w) || (personEndingAt(v, i + 1) != null && !w.equals(","))) {
        return null;
      }
      if (w.equals(",")) {
        Mention p = personEndingAt(v, i);
        if (p != null) {
          return p;
        }
        if (i < left - 1) {
          return null; // an earlier comma closes another phrase: a list, not one apposition
        }
      }
    }
    return null;
  }

  private static Mention personBefore(SentenceView v, int left, int right) {
    List<Token> toks = v.sentence().tokens();
    boolean copula = right >= toks.size() || COPULA.contains(toks.get(right).norm());
    if (!copula) {
      return null;
    }
    int i = left - 1;
    int links = 0;
    boolean as = false;
    while (i >= 0 && links < 4) {
      Mention p = personEndingAt(v, i + 1);
      if (p != null) {
        if (as && p.start() > 0 && SUCCESSION.contains(toks.get(p.start() - 1).norm())) {
          return null; // X replaced Y as Chief Minister: Y held it before, X holds it now
        }
        return p;
      }
      as |= toks.get(i).norm().equals("as");
      String w = toks.get(i).norm();
      if (PRONOUNS.contains(w)) {
        Mention nearest = null;
        for (Mention m : v.persons()) {
          if (m.end() <= i) {
            nearest = m;
          }
        }
        return nearest;
      }
      if (!LINKS.contains(w) && !w.equals("the") && !w.equals("a")) {
        return null;
      }
      links++;
      i--;
    }
    return null;
  }

  /**
   * The index after a bracketed gloss that starts at {@code i} ({@code ( Ramesh Verma )}), else
   * {@code i}.
   */
  static int afterGloss(List<Token> toks, int i) {
    if (i < toks.size() && toks.get(i).text().equals("(")) {
      for (int j = i + 1; j < toks.size() && j <= i + 8; j++) {
        if (toks.get(j).text().equals(")")) {
          return j + 1;
        }
      }
    }
    return i;
  }

  /** The sentence has meeting language and no letter, call or plan. */
  private static boolean hasMeeting(SentenceView v) {
    return !calledOff(v, true) && hasCue(v, "meet");
  }

  /** A cue of this kind is in the sentence. */
  private static boolean hasCue(SentenceView v, String kind) {
    for (Mention m : v.lexicon()) {
      if (m.type() == MentionType.CUE && m.value().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A letter, a call or a plan is in the sentence, so no meeting took place; with {@code
   * handedOverCounts} a letter handed over (मुलाकात की और समर्थन का पत्र सौंपा) does not count.
   */
  private static boolean calledOff(SentenceView v, boolean handedOverCounts) {
    for (Mention m : v.lexicon()) {
      if (m.type() != MentionType.CUE) {
        continue;
      }
      if (m.value().equals("future")
          || (m.value().equals("not_meet") && !(handedOverCounts && handedOver(v, m)))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern HANDED =
      java.util.regex.Pattern.compile(
          "सौंप.*|handed|submitted|presented|handing|submitting|दिया|दी|सौपा");

  /**
   * A letter cue followed within three words by handing it over: delivered at a meeting, not sent.
   */
  private static boolean handedOver(SentenceView v, Mention m) {
    List<Token> toks = v.sentence().tokens();
    for (int i = m.end(); i < Math.min(toks.size(), m.end() + 3); i++) {
      if (HANDED.matcher(toks.get(i).norm()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence says who went along (accompanied by, उनके साथ थे), with no letter, call or plan.
   */
  private static boolean accompanies(SentenceView v) {
    return !calledOff(v, false) && hasCue(v, "accompany");
  }

  /**
   * The sentence speaks of a meeting and of people attending it (or says who took part: {@code
   * among those who spoke were}), with no letter, call or plan.
   */
  private static boolean attends(SentenceView v) {
    return !calledOff(v, false)
        && ((hasCue(v, "meet") && hasCue(v, "attend")) || hasCue(v, "took_part"));
  }

  List<Met> meetings(SentenceView v, Evidence ev) {
    if (calledOff(v, true) || futureVerbAfterCue(v)) {
      return List.of();
    }
    boolean meet = hasCue(v, "meet");
    Set<String> people = new LinkedHashSet<>();
    for (Mention p : v.persons()) {
      if (participant(v, p)) {
        people.add(p.value());
      }
    }
    if (!meet || people.size() < 2) {
      return List.of();
    }
    String host = host(v);
    if (host != null && !people.contains(host)) {
      host = null; // the host found is a speaker or a camp, not someone at the meeting
    }
    List<Met> out = new ArrayList<>();
    if (host == null && attends(v)) {
      return out; // attendees of a meeting named elsewhere: paired with its host by apply()
    }
    Set<String> visitors = host == null ? Set.of() : visitors(v, host);
    if (!visitors.isEmpty()) {
      // X डिफेंस कॉलोनी में A और ... B के आवास भी गए: X went to see A and B, who did not meet each
      // other
      for (String p : people) {
        if (!visitors.contains(p)) {
          for (String q : visitors) {
            out.add(Met.of(q, p, ev));
          }
        }
      }
    } else if (host != null) {
      Set<String> hostSide = listedWith(v, host);
      for (String p : people) {
        if (!p.equals(host) && !hostSide.contains(p)) {
          out.add(Met.of(host, p, ev));
        }
      }
    } else if (people.size() <= 3 && coordinated(v) && !reported(v)) {
      List<String> l = new ArrayList<>(people);
      for (int a = 0; a < l.size(); a++) {
        for (int b = a + 1; b < l.size(); b++) {
          out.add(Met.of(l.get(a), l.get(b), ev));
        }
      }
    }
    return out;
  }

  /**
   * The people who went to see others in a Hindi sentence without an agent: the subject it opens
   * with (no postposition after it) and those listed with it ({@code X, Y और Z}), when the host is
   * someone else. Empty when the sentence has an agent (ने) or no such subject.
   */
  private static Set<String> visitors(SentenceView v, String host) {
    List<Token> toks = v.sentence().tokens();
    List<Mention> ps = new ArrayList<>(v.persons());
    ps.sort(java.util.Comparator.comparingInt(Mention::start));
    if (ps.isEmpty()
        || ps.get(0).value().equals(host)
        || toks.get(ps.get(0).start()).isLatin()
        || !nominative(toks, ps.get(0))
        || listedWith(v, host).contains(ps.get(0).value())) {
      return Set.of(); // A और B से मुलाकात: A is met with B, no visitor
    }
    for (Mention p : ps) {
      int e = afterGloss(toks, p.end());
      if (e < toks.size() && toks.get(e).norm().equals("ने")) {
        return Set.of();
      }
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(ps.get(0).value());
    for (int k = 1; k < ps.size(); k++) {
      int i = afterGloss(toks, ps.get(k - 1).end());
      int end = ps.get(k).start();
      boolean joined = i < end;
      for (; i < end && joined; i++) {
        joined = LIST_SEPARATORS.contains(toks.get(i).norm());
      }
      if (!joined || ps.get(k).value().equals(host)) {
        break;
      }
      out.add(ps.get(k).value());
    }
    int hostAt =
        ps.stream()
            .filter(p -> p.value().equals(host))
            .mapToInt(Mention::start)
            .min()
            .orElse(toks.size());
    for (Mention p : ps) {
      int e = afterGloss(toks, p.end());
      if (p.start() < hostAt
          && e + 1 < toks.size()
          && toks.get(e).norm().equals("के")
          && toks.get(e + 1).norm().equals("साथ")) {
        out.add(p.value()); // X, Y के साथ राजभवन पहुंचे और राज्यपाल से मिले: Y went along
      }
    }
    return out;
  }

  private static final Set<String> OWN_MEETING = Set.of("की", "हुई", "हुए", "आयोजित", "बुलाई");

  /**
   * The attendance sentence names a meeting of its own ({@code मुख्यालय में हुई विधायक दल की बैठक
   * में X मौजूद थे}), not the one of the sentences before ({@code इस बैठक में}, {@code बैठक में}).
   */
  private static boolean ownMeeting(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    for (Mention m : v.lexicon()) {
      for (int k = Math.max(0, m.start() - 2);
          m.type() == MentionType.CUE && m.value().equals("meet") && k < m.start();
          k++) {
        if (OWN_MEETING.contains(toks.get(k).norm())) {
          return true; // मंत्रिमंडल की (पहली) बैठक
        }
      }
    }
    return false;
  }

  private static final Set<String> CAMP =
      Set.of("खेमे", "खेमा", "गुट", "समर्थक", "समर्थकों", "camp", "loyalists", "supporters");
  private static final Set<String> EN_CLAUSE_CUT =
      Set.of(
          "on",
          "at",
          "in",
          "to",
          "about",
          "over",
          "regarding",
          "urged",
          "urging",
          "said",
          "seeking",
          "sought",
          "who",
          "which",
          "where",
          "when",
          "after",
          "before",
          "during",
          ";",
          "—",
          "–");

  /**
   * A person named in a meeting sentence who takes part in it: not one whose camp is meant (पायलट
   * खेमे के विधायक), not a speaker reporting it (X ने कहा कि ... मुलाकात ...), and in English not
   * one named after the meeting's object, past a preposition or a second verb ({@code met the PM on
   * the sidelines ... and urged him to end the standoff with Y}).
   */
  private static boolean participant(SentenceView v, Mention p) {
    List<Token> toks = v.sentence().tokens();
    int e = afterGloss(toks, p.end());
    if (e < toks.size() && CAMP.contains(toks.get(e).norm())) {
      return false;
    }
    if (e < toks.size() && toks.get(e).norm().equals("ने")) {
      for (Mention c : v.lexicon()) {
        if (c.type() == MentionType.CUE && c.value().equals("meet") && c.start() > e) {
          boolean spoke = false;
          for (int i = e + 1; i < c.start(); i++) {
            String w = toks.get(i).norm();
            spoke |= SPEECH.matcher(w).matches();
            if (w.equals("कि") && spoke) {
              return false; // X ने (हालांकि) कहा कि ... Y से मुलाकात ...: the speaker reports a
              // meeting of others
            }
          }
        }
      }
    }
    for (Mention c : v.lexicon()) {
      if (c.type() != MentionType.CUE
          || !c.value().equals("meet")
          || !c.kind().equals("en")
          || p.start() < c.end()) {
        continue;
      }
      boolean before = v.persons().stream().anyMatch(q -> q.end() <= c.start());
      if (!before) {
        continue;
      }
      boolean seen = false; // the first person after the verb is its object, whatever precedes it
      for (int i = c.end(); i < p.start(); i++) {
        if (personAt(v, i) != null || lexiconAt(v, i) != null) {
          seen = true;
          Mention q = personAt(v, i) != null ? personAt(v, i) : lexiconAt(v, i);
          i = q.end() - 1;
          continue;
        }
        if (seen && EN_CLAUSE_CUT.contains(toks.get(i).norm())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The person who chairs the sentence's meeting: after {@code chaired by}, {@code presided over
   * by}, {@code hosted by} (titles skipped), or before {@code की अध्यक्षता में}.
   */
  private static Mention chair(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    for (int i = 0; i + 1 < toks.size(); i++) {
      String w = toks.get(i).norm();
      String n = toks.get(i + 1).norm();
      if ((w.equals("chaired") || w.equals("hosted") || w.equals("presided"))
          && !n.equals("by")
          && i > 0) {
        Mention p = personEndingAt(v, i);
        if (p != null) {
          return p; // X chaired the meeting
        }
      }
      if ((w.equals("chaired") || w.equals("hosted") || w.equals("presided"))
          && (n.equals("by") || n.equals("over"))) {
        int j =
            n.equals("over") && i + 2 < toks.size() && toks.get(i + 2).norm().equals("by")
                ? i + 3
                : i + 2;
        for (int guard = 0; j < toks.size() && guard < 4; guard++) {
          Mention p = personAt(v, j);
          if (p != null) {
            return p;
          }
          Mention l = lexiconAt(v, j);
          j = l != null && l.type() != MentionType.CUE ? l.end() : j + 1;
        }
      }
      if (w.equals("की")
          && n.equals("अध्यक्षता")
          && i + 2 < toks.size()
          && toks.get(i + 2).norm().equals("में")) {
        Mention p = personEndingAt(v, i);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The person whose meeting it is: {@code प्रधानमंत्री की समीक्षा बैठक में A, B शामिल हुए} (a
   * person or a title standing for one, की, then a meeting word at most two words on). Not when the
   * person is one of a coordinated pair ({@code X और Y की मुलाकात}: they met each other).
   */
  private static Mention owner(SentenceView v) {
    return beforeMeetingWord(v, "की", 3, true);
  }

  /**
   * People listed right before the one met after से ({@code A और B से मुलाकात की}): they were met
   * with it, not by it.
   */
  private static Set<String> listedWith(SentenceView v, String host) {
    Mention se = personBeforeMeetingSe(v);
    if (se == null || !se.value().equals(host)) {
      return Set.of();
    }
    List<Token> toks = v.sentence().tokens();
    Set<String> out = new LinkedHashSet<>();
    Mention cur = se;
    while (cur.start() > 1 && LIST_SEPARATORS.contains(toks.get(cur.start() - 1).norm())) {
      Mention prev = personEndingAt(v, cur.start() - 1);
      if (prev == null) {
        break;
      }
      out.add(prev.value());
      cur = prev;
    }
    return out;
  }

  /**
   * The titles of the plural office words a meeting was held with: {@code कलेक्टरों ... के साथ},
   * {@code with the collectors}.
   */
  private static Set<String> pluralTitles(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    Set<String> out = new LinkedHashSet<>();
    for (Mention o : v.lexicon()) {
      if (o.type() != MentionType.OFFICE || !plural(v, o)) {
        continue;
      }
      boolean with = false;
      for (int i = o.end(); i + 1 < Math.min(toks.size(), o.end() + 6); i++) {
        with |= toks.get(i).norm().equals("के") && toks.get(i + 1).norm().equals("साथ");
      }
      for (int i = Math.max(0, o.start() - 3); i < o.start(); i++) {
        with |= toks.get(i).norm().equals("with");
      }
      if (with) {
        out.add(o.value());
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern FUTURE_VERB =
      java.util.regex.Pattern.compile(".*(ेंगे|ेंगी|ेगा|ेगी|ूंगा|ूंगी|एंगे|एंगी|एगा|एगी)");
  private static final Set<String> ABOUT_TO = Set.of("हैं", "है", "थे", "थी", "थीं");
  private static final Set<String> CLAUSE_END =
      Set.of("कहा", "बताया", "और", ",", "।", "कि", "लेकिन", "जबकि", "|", ".", "बाद");

  /**
   * A future verb in the meeting's own clause: {@code राज्यपाल से मिलकर दावा पेश करेंगे} is a plan.
   * The clause ends at a comma, danda, और, कहा or कि, so {@code मुलाकात की और कहा कि ... करेंगे}
   * stays a meeting.
   */
  private static boolean futureVerbAfterCue(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    for (Mention m : v.lexicon()) {
      if (m.type() != MentionType.CUE || !m.value().equals("meet")) {
        continue;
      }
      for (int i = m.start(); i < Math.min(toks.size(), m.end() + 8); i++) {
        String w = toks.get(i).norm();
        if (i >= m.end() && CLAUSE_END.contains(w)) {
          break;
        }
        if (toks.get(i).isDevanagari() && FUTURE_VERB.matcher(w).matches()) {
          return true;
        }
        if ((w.equals("वाले") || w.equals("वाली"))
            && i + 1 < toks.size()
            && ABOUT_TO.contains(toks.get(i + 1).norm())) {
          return true; // मिलकर इस्तीफा सौंपने वाले हैं: about to meet
        }
      }
    }
    return false;
  }

  /**
   * The sentence's people stand in one list (X और Y, X, Y and Z): only then does a meeting sentence
   * without a host say that they met each other. {@code बैठक से पहले X ने कहा कि A और B हमारे नेता
   * हैं} names three people, not a meeting of them.
   */
  private static boolean coordinated(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    List<Mention> ps = new ArrayList<>(v.persons());
    ps.sort(java.util.Comparator.comparingInt(Mention::start));
    for (int k = 0; k + 1 < ps.size(); k++) {
      int i = afterGloss(toks, ps.get(k).end());
      int end = ps.get(k + 1).start();
      if (i > end) {
        continue;
      }
      boolean joined = i < end;
      boolean separated = false;
      while (i < end) {
        String w = toks.get(i).norm();
        Mention l = lexiconAt(v, i);
        if (LIST_SEPARATORS.contains(w) || w.equals("-") || w.equals("–")) {
          separated = true;
          i++;
        } else if ((separated && l != null && l.type() != MentionType.CUE)
            || (l != null
                && l.type() == MentionType.CUE
                && !l.value().equals("meet")
                && separated)) {
          i = l.end(); // X और मुख्यमंत्री Y, X and BJP president Y: the next one's title
          if (l.type() == MentionType.HONORIFIC && i < end && toks.get(i).text().equals(".")) {
            i++; // X and Mr. Y held talks
          }
        } else if (separated
            && (w.equals("के")
                || w.equals("की")
                || w.equals("का")
                || w.equals("of")
                || w.equals("the"))) {
          i++;
        } else {
          joined = false;
          break;
        }
      }
      if (!joined || !separated) {
        return false;
      }
    }
    return true;
  }

  /**
   * The people stand in reported speech after the meeting word: {@code बैठक से पहले X ने कहा कि A
   * और B हमारे नेता हैं}, {@code after the meeting he said that A and B ...}.
   */
  private static boolean reported(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    int cue = -1;
    for (Mention m : v.lexicon()) {
      if (m.type() == MentionType.CUE && m.value().equals("meet")) {
        cue = cue < 0 ? m.end() : Math.min(cue, m.end());
      }
    }
    int last = v.persons().stream().mapToInt(Mention::start).max().orElse(-1);
    for (int i = Math.max(cue, 0); i < last; i++) {
      String w = toks.get(i).norm();
      if (w.equals("कि") || w.equals("that")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern SPEECH =
      java.util.regex.Pattern.compile(
          "कहा|बताया|ट्वीट|आरोप|दावा|पूछा|जवाब|स्पष्ट|चेतावनी|आश्वासन|लिखा|घोषणा");

  /** A speech cue (ने कहा, ने बताया) starts at token {@code i}. */
  private static boolean speechAt(SentenceView v, int i) {
    for (Mention m : v.lexicon()) {
      if (m.type() == MentionType.CUE
          && m.value().equals("after_name")
          && m.start() == i
          && SPEECH.matcher(m.surface()).find()) {
        return true; // not ने की / ने दी: those verbs may be the meeting's own (अध्यक्षता ... ने
        // की)
      }
    }
    return false;
  }

  private static String host(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    // Hindi: a single agent (X ने ...) is the host; several agents met the one after से
    List<Mention> agents = new ArrayList<>();
    for (Mention p : v.persons()) {
      int e = afterGloss(toks, p.end());
      if (!participant(v, p)) {
        continue;
      }
      if (p.source().equals(PRONOUN_SOURCE) && toks.get(p.start()).norm().equals("उन्होंने")) {
        agents.add(p); // उन्होंने is an agent by itself
      } else if (e < toks.size() && toks.get(e).norm().equals("ने") && !speechAt(v, e)) {
        agents.add(p); // X ने कहा कि ... is a speaker, not someone meeting
      }
    }
    Mention chair = chair(v);
    if (chair == null) {
      chair = owner(v);
    }
    if (chair != null) {
      return chair.value(); // a meeting chaired by X (X की अध्यक्षता में): X is its host
    }
    Mention metPerson = personBeforeMeetingSe(v);
    if (agents.size() == 1
        && metPerson != null
        && !metPerson.value().equals(agents.get(0).value())
        && companionsBetween(toks, agents.get(0).end(), metPerson.start())) {
      return metPerson
          .value(); // X ने A, B के साथ राजभवन जाकर राज्यपाल से मुलाकात की: all of them met the
      // Governor
    }
    if (agents.size() == 1) {
      Mention agent = agents.get(0);
      long before =
          v.persons().stream()
              .filter(p -> p.end() <= agent.start() && !p.value().equals(agent.value()))
              .count();
      if (before == 0) {
        return agent.value();
      }
    }
    // English: one person on one side of the meeting verb is the host
    for (Mention c : v.lexicon()) {
      if (c.type() != MentionType.CUE || !c.value().equals("meet") || !c.kind().equals("en")) {
        continue;
      }
      Set<String> before = new LinkedHashSet<>();
      Set<String> after = new LinkedHashSet<>();
      for (Mention p : v.persons()) {
        (p.end() <= c.start() ? before : after).add(p.value());
      }
      if (before.size() == 1 && !after.isEmpty()) {
        return before.iterator().next();
      }
      if (!before.isEmpty() && !after.isEmpty()) {
        return after.iterator().next(); // several met one: the nearest after the verb
      }
    }
    if (metPerson != null) {
      return metPerson.value(); // A के साथ ... Y से मुलाकात: the one met, not the companion
    }
    for (Mention p : v.persons()) {
      int e = afterGloss(toks, p.end());
      if (e < toks.size() && HOST_AFTER.contains(toks.get(e).norm())) {
        return p.value();
      }
      if (e + 1 < toks.size()
          && toks.get(e).norm().equals("के")
          && HOST_AFTER_KE.contains(toks.get(e + 1).norm())) {
        return p.value();
      }
    }
    for (Mention c : v.lexicon()) {
      if (c.type() != MentionType.CUE || !c.value().equals("meet") || !c.kind().equals("en")) {
        continue;
      }
      int i = c.end();
      int guard = 0;
      while (i < toks.size() && guard++ < 8) {
        Mention p = personAt(v, i);
        if (p != null) {
          return p.value();
        }
        Mention l = lexiconAt(v, i);
        if (l != null && l.type() != MentionType.CUE) {
          i = l.end();
          continue;
        }
        if (!HOST_BEFORE_SKIP.contains(toks.get(i).norm())) {
          break;
        }
        i++;
      }
    }
    if (v.persons().stream().map(Mention::value).distinct().count() == 1
        && !futureVerbAfterCue(v)) {
      return v.persons()
          .get(0)
          .value(); // X chaired the first meeting of his Cabinet: the one named holds it
    }
    return null;
  }

  /**
   * The party named last before {@code start} in the sentence, at most {@code window} tokens back.
   * A person between them does not stop it: in {@code भाजपा नेता X और प्रवक्ता Y} the party still
   * governs the list; only the sentence's end does.
   */
  private static String nearestPartyBefore(SentenceView v, int start, int window) {
    String party = null;
    int at = -1;
    for (Mention m : v.lexicon()) {
      if (m.type() == MentionType.PARTY
          && m.end() <= start
          && start - m.end() <= window
          && m.start() > at) {
        party = m.value();
        at = m.start();
      }
    }
    return party;
  }

  private static final String PRONOUN_SOURCE = "pronoun";
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("उन्होंने", "वह", "वे", "he", "she");
  private static final java.util.regex.Pattern ARRIVED =
      java.util.regex.Pattern.compile("पहुंचे|पहुंची|पहुंचीं|पहुंचकर|reached|arrived");

  /**
   * A pronoun before the meeting word and before every name ({@code उन्होंने दिल्ली में X से
   * मुलाकात की}, {@code He also met X}) stands for the one the sentence before was about; not in
   * reported speech (after कि / that).
   */
  SentenceView withPronounSubject(SentenceView v, String subject) {
    if (subject == null || !hasCue(v, "meet")) {
      return v;
    }
    List<Token> toks = v.sentence().tokens();
    int cue = Integer.MAX_VALUE;
    for (Mention m : v.lexicon()) {
      if (m.type() == MentionType.CUE && m.value().equals("meet")) {
        cue = Math.min(cue, m.start());
      }
    }
    int first = v.persons().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    for (int i = 0; i < Math.min(cue, Math.min(first, toks.size())); i++) {
      String w = toks.get(i).norm();
      if (w.equals("कि") || w.equals("that") || w.equals("\"") || w.equals("“")) {
        return v;
      }
      if (SUBJECT_PRONOUNS.contains(w)) {
        for (Mention p : v.persons()) {
          if (p.value().equals(subject)) {
            return v; // named again: no need
          }
        }
        List<Mention> persons = new ArrayList<>(v.persons());
        persons.add(
            new Mention(
                v.sentence().index(),
                i,
                i + 1,
                MentionType.PERSON,
                subject,
                PRONOUN_SOURCE,
                toks.get(i).text(),
                "pronoun"));
        persons.sort(java.util.Comparator.comparingInt(Mention::start));
        return new SentenceView(v.sentence(), v.lexicon(), persons);
      }
    }
    return v;
  }

  /**
   * Who the sentence is about: the single agent of ने, else the person it opens with (within its
   * first three words), else, in English, its first person.
   */
  private static String subject(SentenceView v) {
    List<Token> toks = v.sentence().tokens();
    String agent = null;
    for (Mention p : v.persons()) {
      int e = afterGloss(toks, p.end());
      if (e < toks.size() && toks.get(e).norm().equals("ने")) {
        if (agent != null && !agent.equals(p.value())) {
          return null;
        }
        agent = p.value();
      }
    }
    if (agent != null) {
      return agent;
    }
    Mention first =
        v.persons().stream().min(java.util.Comparator.comparingInt(Mention::start)).orElse(null);
    if (first == null) {
      return null;
    }
    return toks.get(first.start()).isLatin() || nominative(toks, first) ? first.value() : null;
  }

  private static final Set<String> POSTPOSITIONS =
      Set.of("के", "की", "का", "को", "से", "में", "पर", "ने", "द्वारा", "तक");

  /**
   * No postposition follows the name: it is the subject of its clause ({@code इसके बाद X रविवार
   * ...}).
   */
  private static boolean nominative(List<Token> toks, Mention p) {
    int e = afterGloss(toks, p.end());
    return e < toks.size() && !toks.get(e).isLatin() && !POSTPOSITIONS.contains(toks.get(e).norm());
  }

  /** The sentence says people arrived somewhere (पहुंचे, reached), with no letter, call or plan. */
  private static boolean arrival(SentenceView v) {
    if (calledOff(v, false)) {
      return false;
    }
    for (Token t : v.sentence().tokens()) {
      if (ARRIVED.matcher(t.norm()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person (or title standing for one) before से with a meeting word at most four words on: the
   * one met.
   */
  private static Mention personBeforeMeetingSe(SentenceView v) {
    return beforeMeetingWord(v, "से", 4, false);
  }

  /**
   * The first person (or title standing for one) followed by {@code postposition} and then, at most
   * {@code window} words on, a meeting word; with {@code notListed} not one that closes a list.
   */
  private static Mention beforeMeetingWord(
      SentenceView v, String postposition, int window, boolean notListed) {
    List<Token> toks = v.sentence().tokens();
    for (Mention p : v.persons()) {
      int e = afterGloss(toks, p.end());
      if (e >= toks.size() || !toks.get(e).norm().equals(postposition)) {
        continue;
      }
      if (notListed && p.start() > 0 && LIST_SEPARATORS.contains(toks.get(p.start() - 1).norm())) {
        continue;
      }
      for (Mention c : v.lexicon()) {
        if (c.type() == MentionType.CUE
            && c.value().equals("meet")
            && c.start() > e
            && c.start() <= e + window) {
          return p;
        }
      }
    }
    return null;
  }

  /** {@code के साथ} stands between the agent and the one met: the agent brought companions. */
  private static boolean companionsBetween(List<Token> toks, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (toks.get(i).norm().equals("के") && toks.get(i + 1).norm().equals("साथ")) {
        return true;
      }
    }
    return false;
  }

  private static Mention personAt(SentenceView v, int i) {
    for (Mention m : v.persons()) {
      if (m.start() == i) {
        return m;
      }
    }
    return null;
  }

  private static Mention personEndingAt(SentenceView v, int end) {
    for (Mention m : v.persons()) {
      if (m.end() == end) {
        return m;
      }
    }
    return null;
  }

  private static Mention lexiconAt(SentenceView v, int i) {
    for (Mention m : v.lexicon()) {
      if (m.start() == i && m.type() != MentionType.PERSON) {
        return m;
      }
    }
    return null;
  }

  private static Mention lexiconEndingAt(SentenceView v, int end) {
    for (Mention m : v.lexicon()) {
      if (m.end() == end && m.type() != MentionType.PERSON) {
        return m;
      }
    }
    return null;
  }
}
