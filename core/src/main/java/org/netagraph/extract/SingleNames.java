package org.netagraph.extract;

import java.util.List;
import java.util.Map;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;

/**
 * Step 3 of {@link PersonResolver}: a one-word name whose key is the surname key of exactly one
 * longer name in the article is that person (वर्मा after रमेश वर्मा), else one whose first or a
 * middle word it is (शाहनवाज after सैयद शाहनवाज हुसैन); if no longer name fits, a conventional
 * short name of the lexicon is tried; else it is a person of its own only after a title, as the
 * agent of its clause or before an age in brackets (टिंकू (23)), and when it is no common word.
 */
final class SingleNames {
  private final Lexicon lexicon;
  private final WordClasses.WordClass continuation;

  SingleNames(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.continuation = lexicon.wordClasses().get("name_continuation");
  }

  /** Gives each one-word name its person, or drops it, and adds it to its sentence's mentions. */
  void attach(
      List<Sentence> sentences,
      List<List<Mention>> found,
      Map<String, NameCluster> clusters,
      List<Mention> lone,
      List<List<Mention>> chosen) {
    // one-word names: surname of a longer name, a short name, or a one-word name of its own
    for (Mention m : lone) {
      NameCluster target = clusters.get(m.value());
      String norm = PersonResolver.normOf(sentences.get(m.sentence()), m);
      if (target == null) {
        List<NameCluster> byLast = NameCluster.byWord(clusters, norm, true, m.value());
        if (byLast.size() > 1 || NameCluster.sharedSurname(clusters, m.value())) {
          continue; // यादव after अखिलेश यादव and शिवपाल यादव: which one is not said
        }
        target = byLast.size() == 1 ? byLast.get(0) : null;
      }
      if (target == null) {
        List<NameCluster> byFirst = NameCluster.byWord(clusters, norm, false, null);
        if (byFirst.size() > 1) {
          continue;
        }
        target = byFirst.size() == 1 ? byFirst.get(0) : null;
      }
      if (target == null && !continuation.has(norm)) {
        // शाहनवाज after सैयद शाहनवाज हुसैन: the name a person is called by, inside the full one
        List<NameCluster> byMiddle = NameCluster.byMiddleWord(clusters, norm);
        if (byMiddle.size() > 1) {
          continue;
        }
        target = byMiddle.size() == 1 ? byMiddle.get(0) : null;
      }
      if (target == null) {
        Lexicon.Person lp =
            lexicon.shortName(sentences.get(m.sentence()).tokens().get(m.start()).norm());
        if (lp == null) {
          lp = lexicon.shortName(PersonResolver.normOf(sentences.get(m.sentence()), m));
        }
        if (lp != null) {
          target = clusters.computeIfAbsent(lp.key(), NameCluster::new);
          if (target.lexicon == null) {
            target.lexicon = lp;
            target.lexiconWords(lp);
          }
          target.maxWords = Math.max(target.maxWords, 2);
        }
      }
      if (target == null
          && !titled(found.get(m.sentence()), m)
          && !(notCommon(sentences.get(m.sentence()), m)
              && (CuePersonFinder.IDENTIFYING_KINDS.contains(m.kind())
                  || agent(sentences.get(m.sentence()), m, found.get(m.sentence()))))) {
        continue; // one word, no one in the article it could stand for, no title: no evidence
        // that it names a person (राम, विजय, प्रभु: a god, a victory, a lord)
      }
      if (target == null) {
        target = clusters.computeIfAbsent(m.value(), NameCluster::new);
        target.maxWords = Math.max(target.maxWords, 1);
        target.surname = m.value();
      }
      target.surfaces.add(
          String.join(" ", PersonResolver.nameWords(lexicon, sentences.get(m.sentence()), m)));
      chosen.get(m.sentence()).add(PersonResolver.withValue(m, target.key));
    }
  }

  /**
   * A title or a prefix honorific stands right before the mention ({@code मुख्यमंत्री X}, {@code
   * श्री X}), or a cue read it after a title.
   */
  private static boolean titled(List<Mention> found, Mention m) {
    if (m.kind().equals("title")) {
      return true;
    }
    for (Mention c : found) {
      if (c.end() == m.start()
          && (c.type() == MentionType.OFFICE
              || (c.type() == MentionType.HONORIFIC && c.kind().equals("prefix")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mention is the agent of its clause ({@code X ने}), or joined to another name that is
   * ({@code X और Y ने}).
   */
  private boolean agent(Sentence s, Mention m, List<Mention> found) {
    WordClasses.WordClass agentMarker = lexicon.wordClasses().get("agent_marker");
    WordClasses.WordClass joiner = lexicon.wordClasses().get("list_joiner");
    int i = m.end();
    if (i < s.size() && agentMarker.has(s.tokens().get(i).norm())) {
      return true;
    }
    if (i + 1 < s.size() && joiner.has(s.tokens().get(i).norm())) {
      for (Mention p : found) {
        if (p.type() == MentionType.PERSON
            && p.start() == i + 1
            && p.end() < s.size()
            && agentMarker.has(s.tokens().get(p.end()).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean notCommon(Sentence s, Mention m) {
    return !lexicon.isCommonWord(PersonResolver.normOf(s, m));
  }
}
