package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.text.TextNormalizer;

/** Whether two spellings of a name word are one: same script within one edit, else romanised. */
final class Spelling {
  private Spelling() {}

  /**
   * A surname found by key is the listed person's only if it is also spelled like one of the
   * person's surnames: within one edit of a form in the same script (साहू is not शाह, though both
   * key {@code sh}), within two of a form in the other script (romanised).
   */
  static boolean spelledLikeLexicon(String lastWord, Lexicon.Person p) {
    boolean deva = isDevanagari(lastWord);
    String a = roman(TextNormalizer.matchForm(lastWord));
    boolean sameScript = false;
    List<String> forms = new ArrayList<>(p.aliases());
    forms.add(p.name());
    for (String f : forms) {
      String[] w = f.strip().split("[\\s.]+");
      String last = w[w.length - 1];
      if (w.length < 2 || last.isEmpty()) {
        continue;
      }
      boolean same = isDevanagari(last) == deva;
      sameScript |= same;
      if (same && editDistance(a, roman(TextNormalizer.matchForm(last))) <= 1) {
        return true;
      }
    }
    if (sameScript) {
      return false;
    }
    for (String f : forms) {
      String[] w = f.strip().split("[\\s.]+");
      if (w.length >= 2 && editDistance(a, roman(TextNormalizer.matchForm(w[w.length - 1]))) <= 2) {
        return true;
      }
    }
    return false;
  }

  static boolean isDevanagari(String word) {
    return word.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
  }

  /**
   * The key drops vowels and aspiration, so one word can share a surname's key and still be another
   * word (a district गोंडा and the surname गांधी both key {@code gnd}). A lone word joins a person
   * by key only when it is also spelled like one of that person's last words: romanised, at most
   * two edits apart (पांडे/पांडेय/Pandey, गांधी/Gandhi, not गोंडा/Gandhi).
   */
  static boolean spelledAlike(String norm, NameCluster c) {
    String a = roman(norm);
    for (String w : c.lastWords) {
      if (editDistance(a, roman(w)) <= 2) {
        return true;
      }
    }
    return c.lastWords.isEmpty();
  }

  static String roman(String word) {
    return (isDevanagari(word) ? org.netagraph.lexicon.Romanizer.romanize(word) : word)
        .toLowerCase(java.util.Locale.ROOT);
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
