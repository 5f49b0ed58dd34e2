package org.netagraph.extract;

import java.util.List;
import java.util.Map;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.Sentence;

/**
 * Step 2c of {@link PersonResolver}: {@code X उर्फ Y} names one person by two names. Y joins X's
 * person, and so does Y written alone anywhere else in the article ({@code दनसरी अनसूया उर्फ
 * सीतक्का ... सीतक्का ने कहा}). Two listed people are never joined.
 */
final class Aliases {
  private final Lexicon lexicon;
  private final WordClasses.WordClass aliasWord;

  Aliases(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.aliasWord = lexicon.wordClasses().get("alias_word");
  }

  /** Joins the aliases; a cluster taken in is recorded in {@code mergedKeys}. */
  void join(
      List<Sentence> sentences,
      Map<String, NameCluster> clusters,
      Map<String, NameCluster> mergedKeys,
      List<Mention> lone,
      List<List<Mention>> chosen) {
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      for (int i = 1; i + 1 < s.size(); i++) {
        if (!aliasWord.has(s.tokens().get(i).norm())) {
          continue;
        }
        NameCluster named = clusterEndingAt(clusters, chosen.get(si), i);
        if (named == null) {
          // राकेश उर्फ पप्पू: two one-word names, one person
          Mention first = loneAt(lone, si, i, false);
          if (first == null || loneAt(lone, si, i + 1, true) == null) {
            continue;
          }
          named = clusters.computeIfAbsent(first.value(), NameCluster::new);
          named.maxWords = Math.max(named.maxWords, 1);
          named.surname = first.value();
          take(sentences, named, first.value(), lone, chosen);
        }
        NameCluster other = clusterStartingAt(clusters, chosen.get(si), i + 1);
        if (other != null && other != named) {
          if (other.lexicon == null || named.lexicon == null) {
            mergedKeys.put(other.key, named);
            named.absorb(other, clusters, chosen);
          }
          continue;
        }
        Mention nickname = loneAt(lone, si, i + 1, true);
        if (nickname != null) {
          take(sentences, named, nickname.value(), lone, chosen);
        }
      }
    }
  }

  /** Every one-word mention keyed {@code nickname} now names {@code named}. */
  private void take(
      List<Sentence> sentences,
      NameCluster named,
      String nickname,
      List<Mention> lone,
      List<List<Mention>> chosen) {
    for (Mention m : List.copyOf(lone)) {
      if (m.value().equals(nickname)) {
        lone.remove(m);
        Sentence s = sentences.get(m.sentence());
        named.surfaces.add(String.join(" ", PersonResolver.nameWords(lexicon, s, m)));
        chosen.get(m.sentence()).add(PersonResolver.withValue(m, named.key));
      }
    }
  }

  /** The one-word mention of sentence {@code si} that starts (or ends) at {@code i}. */
  private static Mention loneAt(List<Mention> lone, int si, int i, boolean starts) {
    for (Mention m : lone) {
      if (m.sentence() == si && (starts ? m.start() : m.end()) == i) {
        return m;
      }
    }
    return null;
  }

  private static NameCluster clusterEndingAt(
      Map<String, NameCluster> clusters, List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.end() == end && clusters.containsKey(m.value())) {
        return clusters.get(m.value());
      }
    }
    return null;
  }

  private static NameCluster clusterStartingAt(
      Map<String, NameCluster> clusters, List<Mention> mentions, int start) {
    for (Mention m : mentions) {
      if (m.start() == start && clusters.containsKey(m.value())) {
        return clusters.get(m.value());
      }
    }
    return null;
  }
}
