package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.extract.rules.Captures;
import org.netagraph.extract.rules.Doc;
import org.netagraph.extract.rules.RuleSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Evidence;
import org.netagraph.model.Mention;
import org.netagraph.model.Met;
import org.netagraph.model.Token;

/**
 * MET read from one sentence (the families of {@code met.rules}): who takes part, who acts, who is
 * met, the host, and from them the pairs. The pairing itself is the named action of every host
 * rule: the host met every other participant, except people listed with the one met ({@code A और B
 * से मुलाकात}: met with them, not by them); when a Hindi sentence opens with who went to see others
 * ({@code X, Y और Z ... के आवास गए}), those visitors met the rest instead.
 */
final class MeetingReader {
  /** At most this many people in one list met each other; more is a list, not a meeting. */
  static final int MAX_PAIRED = 3;

  private final RuleRunner rules;
  private final WordClasses.WordClass joiners;
  private final WordClasses.WordClass postpositions;
  private final WordClasses.WordClass companion;
  private final WordClasses.WordClass agentWords;

  MeetingReader(Lexicon lexicon, RuleRunner rules) {
    this.rules = rules;
    WordClasses wc = lexicon.wordClasses();
    joiners = wc.get("list_joiner");
    postpositions = wc.get("postposition");
    companion = wc.get("companion");
    agentWords = wc.get("agent_marker");
  }

  /** What the families say about a sentence. */
  record Reading(
      FactRules.SentenceView view,
      Doc doc,
      List<String> people,
      String host,
      String hostRule,
      Mention metPerson,
      boolean meeting,
      boolean noMeeting,
      boolean planned,
      boolean attends) {
    /** The sentence names a meeting (no letter, call or plan) that is not one attended. */
    boolean hosted() {
      return meeting && !noMeeting && !attends;
    }
  }

  Reading read(FactRules.SentenceView v) {
    Doc d = RuleRunner.doc(v, Map.of());
    List<Mention> participants = new ArrayList<>();
    for (Mention p : v.persons()) {
      if (!rules.any(Families.BYSTANDER, d, RuleRunner.bind("person", p))) {
        participants.add(p);
      }
    }
    d = d.withLabel("PARTICIPANT", participants);
    Set<Mention> agents = new LinkedHashSet<>();
    for (RuleSet.Match m : rules.all(Families.AGENT, d, Captures.empty())) {
      agents.addAll(m.mentions(m.rule().action().arg(0)));
    }
    d = d.withLabel("AGENT", new ArrayList<>(agents));
    RuleSet.Match mp = rules.first(Families.MET_PERSON, d, Captures.empty(), null);
    Mention metPerson = mp == null ? null : mp.mention(mp.rule().action().arg(0));
    d = d.withLabel("MET_PERSON", metPerson == null ? List.of() : List.of(metPerson));
    RuleSet.Match h = rules.first(Families.HOST, d, Captures.empty(), null);
    Mention host = h == null ? null : h.mention(h.rule().action().arg(0));
    Set<String> people = new LinkedHashSet<>();
    participants.forEach(p -> people.add(p.value()));
    return new Reading(
        v,
        d,
        new ArrayList<>(people),
        host == null ? null : host.value(),
        h == null ? null : h.rule().id(),
        metPerson,
        rules.any(Families.MEETING, d, Captures.empty()),
        rules.any(Families.NO_MEETING, d, Captures.empty()),
        rules.any(Families.PLANNED, d, Captures.empty()),
        rules.any(Families.ATTENDANCE, d, Captures.empty()));
  }

  /** The sentence's meetings: by its host, else between the people of one short list. */
  List<Met> meetings(Reading r, Evidence ev) {
    List<Met> out = new ArrayList<>();
    if (r.noMeeting() || r.planned() || !r.meeting() || r.people().size() < 2) {
      return out;
    }
    String host = r.people().contains(r.host()) ? r.host() : null;
    if (host == null && r.attends()) {
      return out; // attendees of a meeting named elsewhere: paired with its host by FactRules
    }
    Set<String> visitors = host == null ? Set.of() : visitors(r, host);
    if (!visitors.isEmpty()) {
      for (String p : r.people()) {
        if (!visitors.contains(p)) {
          for (String q : visitors) {
            out.add(Met.of(q, p, ev, r.hostRule()));
          }
        }
      }
    } else if (host != null) {
      Set<String> hostSide = listedWith(r, host);
      for (String p : r.people()) {
        if (!p.equals(host) && !hostSide.contains(p)) {
          out.add(Met.of(host, p, ev, r.hostRule()));
        }
      }
    } else if (r.people().size() <= MAX_PAIRED) {
      RuleSet.Match pairs = rules.first(Families.PAIRS, r.doc(), Captures.empty(), null);
      if (pairs != null) {
        List<String> l = r.people();
        for (int a = 0; a < l.size(); a++) {
          for (int b = a + 1; b < l.size(); b++) {
            out.add(Met.of(l.get(a), l.get(b), ev, pairs.rule().id()));
          }
        }
      }
    }
    return out;
  }

  /** MET rules of their own: {@code MET a b} for the people a match captures. */
  List<Met> direct(Reading r, Evidence ev) {
    List<Met> out = new ArrayList<>();
    if (r.noMeeting() || r.planned()) {
      return out;
    }
    for (RuleSet.Match m : rules.all(Families.MET, r.doc(), Captures.empty())) {
      for (Mention a : m.mentions(m.rule().action().arg(0))) {
        for (Mention b : m.mentions(m.rule().action().arg(1))) {
          if (!a.value().equals(b.value())) {
            out.add(Met.of(a.value(), b.value(), ev, m.rule().id()));
          }
        }
      }
    }
    return out;
  }

  /**
   * The people who went to see others in a Hindi sentence without an agent: the subject it opens
   * with (no postposition after it) and those listed with it ({@code X, Y और Z}), when the host is
   * someone else; and those who went along with them ({@code X, Y के साथ राजभवन पहुंचे}). Empty
   * when the sentence has an agent (ने) or no such subject.
   */
  private Set<String> visitors(Reading r, String host) {
    FactRules.SentenceView v = r.view();
    List<Token> toks = v.sentence().tokens();
    List<Mention> ps = new ArrayList<>(v.persons());
    ps.sort(Comparator.comparingInt(Mention::start));
    if (ps.isEmpty()
        || ps.get(0).value().equals(host)
        || toks.get(ps.get(0).start()).isLatin()
        || !nominative(toks, ps.get(0))
        || listedWith(r, host).contains(ps.get(0).value())) {
      return Set.of(); // A और B से मुलाकात: A is met with B, no visitor
    }
    for (Mention p : ps) {
      if (agentMarker(toks, p)) {
        return Set.of();
      }
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(ps.get(0).value());
    for (int k = 1; k < ps.size(); k++) {
      int i = Mentions.afterGloss(toks, ps.get(k - 1).end());
      int end = ps.get(k).start();
      boolean joined = i < end;
      for (; i < end && joined; i++) {
        joined = joiners.has(toks.get(i).norm());
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
      int e = Mentions.afterGloss(toks, p.end());
      if (p.start() < hostAt && companion.phraseAt(toks, e) > e) {
        out.add(p.value()); // X, Y के साथ राजभवन पहुंचे और राज्यपाल से मिले: Y went along
      }
    }
    return out;
  }

  private boolean agentMarker(List<Token> toks, Mention p) {
    int e = Mentions.afterGloss(toks, p.end());
    return e < toks.size() && agentWords.has(toks.get(e).norm());
  }

  /**
   * People listed right before the one met ({@code A और B से मुलाकात की}): they were met with it,
   * not by it.
   */
  private Set<String> listedWith(Reading r, String host) {
    return listedWith(r.view(), host, r.metPerson());
  }

  private Set<String> listedWith(FactRules.SentenceView v, String host, Mention se) {
    if (se == null || !se.value().equals(host)) {
      return Set.of();
    }
    List<Token> toks = v.sentence().tokens();
    Set<String> out = new LinkedHashSet<>();
    Mention cur = se;
    while (cur.start() > 1 && joiners.has(toks.get(cur.start() - 1).norm())) {
      Mention prev = Mentions.personEndingAt(v, cur.start() - 1);
      if (prev == null) {
        break;
      }
      out.add(prev.value());
      cur = prev;
    }
    return out;
  }

  /** No postposition follows the name: it is the subject of its clause. */
  private boolean nominative(List<Token> toks, Mention p) {
    int e = Mentions.afterGloss(toks, p.end());
    return e < toks.size() && !toks.get(e).isLatin() && !postpositions.has(toks.get(e).norm());
  }
}
