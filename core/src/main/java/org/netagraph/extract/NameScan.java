package org.netagraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * Step 4 of {@link PersonResolver}: every run of up to four name words anywhere in the article
 * whose key is a person's becomes a mention of that person; a lone surname is taken when one person
 * has it, a lone Devanagari surname without a case marker after it ({@code name_case_marker}) only
 * if it is no {@code common_name_word} (सिंह is also "lion", कुमार "prince").
 */
final class NameScan {
  private final Lexicon lexicon;
  private final NameWords words;
  private final WordClasses.WordClass commonNameWords;
  private final WordClasses.WordClass caseMarkers;
  private final WordClasses.WordClass givenCommon;

  NameScan(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
    WordClasses wc = lexicon.wordClasses();
    commonNameWords = wc.get("common_name_word");
    caseMarkers = wc.get("name_case_marker");
    givenCommon = wc.get("given_name_common");
  }

  /** Step 4 of the class comment: name runs anywhere whose key is a known person's. */
  void scan(
      List<Sentence> sentences,
      Map<String, NameCluster> clusters,
      Map<String, NameCluster> mergedKeys,
      List<List<Mention>> chosen) {
    Map<String, NameCluster> bySurnameKey = new HashMap<>();
    Set<String> ambiguous = new TreeSet<>();
    for (NameCluster c : clusters.values()) {
      for (String sk : c.surnameKeys()) {
        if (c.maxWords >= 2 && sk.length() >= TranslitKey.MIN_SURNAME_LENGTH) {
          NameCluster old = bySurnameKey.putIfAbsent(sk, c);
          if (old != null && old != c) {
            ambiguous.add(sk);
          }
        }
      }
    }
    ambiguous.forEach(bySurnameKey::remove);
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Mention> have = chosen.get(si);
      for (int i = 0; i < s.size(); i++) {
        if (inside(have, i)) {
          continue;
        }
        for (int n = 4; n >= 1; n--) {
          if (i + n > s.size() || overlapsAny(have, i, i + n)) {
            continue;
          }
          List<String> name = new ArrayList<>();
          boolean ok = true;
          Boolean deva = null;
          boolean initials = true;
          for (int k = i; k < i + n && ok; k++) {
            Token t = s.tokens().get(k);
            boolean initial = initials && k < i + n - 1 && words.initialAt(s, k);
            initials &= initial;
            ok =
                (deva == null || deva == t.isDevanagari()) && (initial || words.nameLike(t, false));
            deva = t.isDevanagari();
            name.add(t.text());
          }
          if (!ok) {
            continue;
          }
          String key = TranslitKey.of(name);
          NameCluster c = null;
          if (key.length() >= TranslitKey.MIN_SCAN_LENGTH && clusters.containsKey(key)) {
            c = clusters.get(key);
          } else if (n >= 2
              && key.length() >= TranslitKey.MIN_SCAN_LENGTH
              && mergedKeys.containsKey(key)) {
            c = mergedKeys.get(key);
          } else if (n == 1
              && key.length() >= 2
              && clusters.containsKey(key)
              && beforeCase(s, i + 1)) {
            c = clusters.get(key);
          } else if (n == 1 && bySurnameKey.containsKey(key)) {
            Token t = s.tokens().get(i);
            if ((t.isDevanagari() || t.isCapitalised())
                && Spelling.spelledAlike(t.norm(), bySurnameKey.get(key))) {
              c = bySurnameKey.get(key);
            }
          } else if (n == 1) {
            Token t = s.tokens().get(i);
            boolean plainSurname =
                t.isDevanagari()
                    && t.text().length() >= 3
                    && !commonNameWords.has(t.norm())
                    && words.nameLike(t, false);
            if (t.isCapitalised()
                || (t.isDevanagari() && (beforeCase(s, i + 1) || beforeTitle(s, i + 1)))
                || (plainSurname
                    && NameCluster.byWord(clusters, t.norm(), true, null).size() == 1
                    && NameCluster.byWord(clusters, t.norm(), false, null).isEmpty())) {
              List<NameCluster> hits = NameCluster.byWord(clusters, t.norm(), true, null);
              if (hits.isEmpty() && !givenCommon.has(t.norm())) {
                // not पूजा in विशेष पूजा की after पूजा कुजूर: an ordinary word first
                hits = NameCluster.byWord(clusters, t.norm(), false, null);
              }
              if (hits.size() == 1) {
                c = hits.get(0);
              }
            }
          }
          if (c != null) {
            String surface = s.span(i, i + n);
            c.surfaces.add(surface);
            have.add(
                new Mention(si, i, i + n, MentionType.PERSON, c.key, "", surface, "person:key"));
            i += n - 1;
            break;
          }
        }
      }
    }
  }

  /** The token at {@code i} is a case marker or a speech verb, as after a name. */
  private boolean beforeCase(Sentence s, int i) {
    return i < s.size() && caseMarkers.has(s.tokens().get(i).norm());
  }

  /**
   * The token at {@code i} is an office word, as after a subject named before another's title (रमेश
   * मुख्यमंत्री X के आवास पहुंचे: a given name alone, of someone named in full earlier).
   */
  private boolean beforeTitle(Sentence s, int i) {
    return i < s.size()
        && s.tokens().get(i).isDevanagari()
        && lexicon.officeWords().contains(s.tokens().get(i).norm());
  }

  private static boolean inside(List<Mention> have, int i) {
    for (Mention m : have) {
      if (m.start() <= i && i < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(List<Mention> have, int start, int end) {
    for (Mention m : have) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }
}
