package org.netagraph.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Devanagari name in Latin letters the way Indian English papers do: inherent vowels
 * dropped at the end of a word and, scanning from the right, between a vowel and a consonant-vowel
 * pair (रामनाथ = Ramnath, not Ramanatha); long ई and ऊ as {@code ee} and {@code oo} inside a word
 * and {@code i}, {@code u} at its end (दीपक = Deepak, गांधी = Gandhi). Used only for the display
 * name of people no Latin text or lexicon names.
 */
public final class Romanizer {
  private Romanizer() {}

  public static String romanize(String devanagari) {
    StringBuilder out = new StringBuilder();
    for (String word : devanagari.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      String initial = TranslitKey.initialOf(word);
      String w = initial != null && word.codePointAt(0) >= 0x0900 ? initial : word(word);
      if (!w.isEmpty()) {
        out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return out.toString();
  }

  /** One syllable unit: consonant (or independent vowel) and its vowel. */
  private static final class Unit {
    String consonant = "";
    String vowel = "";
    boolean inherent;
  }

  static String word(String w) {
    List<Unit> units = new ArrayList<>();
    int n = w.length();
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      boolean nukta = i + 1 < n && w.charAt(i + 1) == '\u093C';
      String cons = consonant(c, nukta);
      if (cons != null) {
        Unit u = new Unit();
        u.consonant = cons;
        u.vowel = "a";
        u.inherent = true;
        units.add(u);
        if (nukta) {
          i++;
        }
        continue;
      }
      Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
      if (c == '\u094D' && last != null) {
        last.vowel = "";
        last.inherent = false;
      } else if (isSign(c) && last != null && last.inherent) {
        last.vowel = sign(c, i == n - 1);
        last.inherent = false;
      } else if ((c == '\u0902' || c == '\u0901') && i + 1 == n - 1 && w.charAt(n - 1) == 'ह') {
        if (last != null) { // सिंह = Singh
          last.inherent = false;
          last.vowel = last.vowel + "ng";
        }
      } else if (c == '\u0902' || c == '\u0901') {
        if (last != null) {
          last.inherent = false;
          last.vowel = last.vowel + "n";
        }
      } else if (c == '\u0903') {
        if (last != null) {
          last.vowel = last.vowel + "h";
          last.inherent = false;
        }
      } else if (c >= '\u0904' && c <= '\u0914') {
        Unit u = new Unit();
        u.vowel = independent(c);
        units.add(u);
      }
    }
    // schwa deletion, right to left
    for (int k = units.size() - 1; k >= 1; k--) {
      Unit u = units.get(k);
      if (!u.inherent) {
        continue;
      }
      if (k == units.size() - 1) {
        Unit before = units.get(k - 1);
        boolean cluster = before.vowel.isEmpty() && !before.consonant.isEmpty();
        boolean foreignEnd = u.consonant.equals("s") || u.consonant.equals("k");
        if (!cluster || foreignEnd) {
          u.vowel = ""; // a final conjunct keeps its vowel: चंद्र = Chandra, स्वतंत्र = Swatantra;
          // not before a final s or k, which Sanskrit words do not end in: जोन्स = Jons, मार्क
        }
        continue;
      }
      Unit next = units.get(k + 1);
      Unit prev = units.get(k - 1);
      boolean nextCluster =
          next.vowel.isEmpty() && k + 2 < units.size() && !units.get(k + 2).vowel.isEmpty();
      boolean nextHasVowel = (!next.vowel.isEmpty() && !next.consonant.isEmpty()) || nextCluster;
      boolean prevHasVowel = !prev.vowel.isEmpty();
      if (nextHasVowel && prevHasVowel && k >= 1) {
        u.vowel = "";
        k--; // never two deletions in a row
      }
    }
    StringBuilder b = new StringBuilder();
    Unit prevUnit = null;
    for (Unit u : units) {
      boolean afterCluster =
          prevUnit != null && prevUnit.vowel.isEmpty() && !prevUnit.consonant.isEmpty();
      b.append(afterCluster && u.consonant.equals("v") ? "w" : u.consonant).append(u.vowel);
      prevUnit = u;
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isSign(char c) {
    return (c >= '\u093E' && c <= '\u094C') || c == '\u0962' || c == '\u0963';
  }

  private static String sign(char c, boolean last) {
    switch (c) {
      case 'ा':
        return "a";
      case 'ि':
        return "i";
      case 'ी':
        return last ? "i" : "ee";
      case 'ु':
        return "u";
      case 'ू':
        return last ? "u" : "oo";
      case 'ृ':
        return "ri";
      case 'े':
        return "e";
      case 'ै':
        return "ai";
      case 'ॉ':
        return "o";
      case 'ो':
        return "o";
      case 'ौ':
        return "au";
      default:
        return "";
    }
  }

  private static String independent(char c) {
    switch (c) {
      case 'अ':
        return "a";
      case 'आ':
        return "a";
      case 'इ':
        return "i";
      case 'ई':
        return "i";
      case 'उ':
        return "u";
      case 'ऊ':
        return "u";
      case 'ऋ':
        return "ri";
      case 'ए':
        return "e";
      case 'ऐ':
        return "ai";
      case 'ऑ':
        return "o";
      case 'ओ':
        return "o";
      case 'औ':
        return "au";
      default:
        return "";
    }
  }

  private static String consonant(char c, boolean nukta) {
    switch (c) {
      case 'क':
        return nukta ? "q" : "k";
      case 'ख':
        return "kh";
      case 'ग':
        return "g";
      case 'घ':
        return "gh";
      case 'ङ':
        return "n";
      case 'च':
        return "ch";
      case 'छ':
        return "chh";
      case 'ज':
        return nukta ? "z" : "j";
      case 'झ':
        return "jh";
      case 'ञ':
        return "n";
      case 'ट':
        return "t";
      case 'ठ':
        return "th";
      case 'ड':
        return nukta ? "r" : "d";
      case 'ढ':
        return nukta ? "rh" : "dh";
      case 'ण':
        return "n";
      case 'त':
        return "t";
      case 'थ':
        return "th";
      case 'द':
        return "d";
      case 'ध':
        return "dh";
      case 'न':
        return "n";
      case 'प':
        return "p";
      case 'फ':
        return nukta ? "f" : "ph";
      case 'ब':
        return "b";
      case 'भ':
        return "bh";
      case 'म':
        return "m";
      case 'य':
        return "y";
      case 'र':
        return "r";
      case 'ल':
        return "l";
      case 'व':
        return "v";
      case 'श':
        return "sh";
      case 'ष':
        return "sh";
      case 'स':
        return "s";
      case 'ह':
        return "h";
      default:
        if (c >= 0x0958 && c <= 0x095F) {
          return new String[] {"q", "kh", "g", "z", "r", "rh", "f", "y"}[c - 0x0958];
        }
        return null;
    }
  }
}
