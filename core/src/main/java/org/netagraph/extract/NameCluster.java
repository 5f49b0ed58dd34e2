package org.netagraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.model.Mention;
import org.netagraph.text.TextNormalizer;

/**
 * The mentions of one person in an article, as {@link PersonResolver} gathers them: the key, the
 * lexicon person if any, the names written, their first and last words.
 */
final class NameCluster {
  final String key;
  Lexicon.Person lexicon;
  final Set<String> surfaces = new LinkedHashSet<>();
  int maxWords;

  NameCluster(String key) {
    this.key = key;
  }

  final Set<String> firstWords = new java.util.HashSet<>();
  final Set<String> lastWords = new java.util.HashSet<>();

  /** Words between the first and the last (शाहनवाज of सैयद शाहनवाज हुसैन). */
  final Set<String> middleWords = new java.util.HashSet<>();

  void words(List<String> name) {
    if (name.size() >= 2) {
      firstWords.add(TextNormalizer.matchForm(name.get(0)));
      lastWords.add(TextNormalizer.matchForm(name.get(name.size() - 1)));
    }
    for (int i = 1; i < name.size() - 1; i++) {
      middleWords.add(TextNormalizer.matchForm(name.get(i)));
    }
  }

  void lexiconWords(Lexicon.Person p) {
    words(List.of(p.name().split("[\\s.]+")));
    for (String a : p.aliases()) {
      words(List.of(a.strip().split("[\\s.]+")));
    }
  }

  Set<String> surnameKeys() {
    Set<String> out = new java.util.HashSet<>();
    if (lexicon != null) {
      out.addAll(lexicon.surnameKeys());
    }
    if (surname != null) {
      out.add(surname);
    }
    return out;
  }

  String surname;

  /**
   * The word keys of a cluster's longest surface, initials left out (and put in {@code initials}).
   */
  static List<String> nameWordKeys(NameCluster c, List<String> initials) {
    String[] ws = new String[0];
    for (String s : c.surfaces) {
      String[] w = s.strip().split("[\\s.]+");
      if (w.length > ws.length) {
        ws = w;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ws.length; i++) {
      String w = ws[i];
      boolean isInitials =
          (TranslitKey.isInitial(w) && i < ws.length - 1)
              || (w.length() <= 3
                  && w.length() >= 2
                  && w.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z'));
      if (isInitials) {
        String one = TranslitKey.initialOf(w);
        if (one != null) {
          initials.add(one);
        } else {
          w.chars().forEach(ch -> initials.add(String.valueOf((char) Character.toLowerCase(ch))));
        }
      } else if (!w.isEmpty()) {
        out.add(TranslitKey.word(w));
      }
    }
    return out;
  }

  /**
   * Longer names whose last (or first) word is this word as written, or whose surname key is {@code
   * key} when that key is long enough to trust.
   */
  static List<NameCluster> byWord(
      Map<String, NameCluster> clusters, String norm, boolean last, String key) {
    List<NameCluster> out = new ArrayList<>();
    for (NameCluster c : clusters.values()) {
      if (c.maxWords < 2) {
        continue;
      }
      boolean hit =
          (last ? c.lastWords : c.firstWords).contains(norm)
              || (key != null
                  && key.length() >= TranslitKey.MIN_SURNAME_LENGTH
                  && c.surnameKeys().contains(key)
                  && Spelling.spelledAlike(norm, c));
      if (hit) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Takes in another cluster of the article, which names the same person: its names and words, its
   * lexicon person if this has none, and its mentions (their value becomes this key).
   */
  void absorb(NameCluster a, Map<String, NameCluster> clusters, List<List<Mention>> chosen) {
    clusters.remove(a.key);
    surfaces.addAll(a.surfaces);
    firstWords.addAll(a.firstWords);
    lastWords.addAll(a.lastWords);
    middleWords.addAll(a.middleWords);
    maxWords = Math.max(maxWords, a.maxWords);
    if (lexicon == null && a.lexicon != null) {
      lexicon = a.lexicon;
    }
    for (List<Mention> l : chosen) {
      for (int i = 0; i < l.size(); i++) {
        if (l.get(i).value().equals(a.key)) {
          l.set(i, PersonResolver.withValue(l.get(i), key));
        }
      }
    }
  }

  /** Longer names with this word, as written, between their first and last words. */
  static List<NameCluster> byMiddleWord(Map<String, NameCluster> clusters, String norm) {
    List<NameCluster> out = new ArrayList<>();
    for (NameCluster c : clusters.values()) {
      if (c.middleWords.contains(norm)) {
        out.add(c);
      }
    }
    return out;
  }

  static boolean sharedSurname(Map<String, NameCluster> clusters, String key) {
    int n = 0;
    for (NameCluster c : clusters.values()) {
      if (c.maxWords >= 2 && c.surnameKeys().contains(key)) {
        n++;
      }
    }
    return n >= 2;
  }
}
