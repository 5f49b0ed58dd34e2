package org.netagraph.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netagraph.text.TextNormalizer;

/**
 * The cross-script identity key of a name: रमेश, Ramesh and ramesh all give {@code rms}.
 *
 * <p>The matching rule. Both scripts are reduced to a consonant skeleton over one small alphabet:
 *
 * <ol>
 *   <li>Vowels are dropped everywhere (Latin spellings disagree on them: Chouhan/चौहान,
 *       Deepak/Dipak, Swamy/स्वामी), except that a word that starts with a vowel keeps one marker
 *       {@code a} (Amit, अमित, उमर all start {@code a}).
 *   <li>Consonants fold to one letter per sound family: aspiration is dropped (ध = द = d, Latin
 *       "dh" = "d"), retroflex = dental (ट = त = t), श = ष = स = s, व = w = v, फ = ph = f, ज़ = z =
 *       j, क़ = q = k, ड़ = ढ़ = r, anusvara and chandrabindu = n (m before b or p = n). An {@code
 *       h} right after a consonant is dropped in both scripts (Latin digraphs and Hindi clusters
 *       alike), doubled consonants are kept once, a {@code v} after a consonant is dropped (स्वामी
 *       = samy), a Latin {@code y} after a consonant and before a consonant or the end is a vowel
 *       (Reddy, Swamy), as is a final {@code iy} (Zelenskiy = Zelenskyy = जेलेंस्की), while {@code
 *       ia/io/iu} carry a {@code y} (Sonia = सोनिया); a Latin word ending in a consonant and {@code
 *       ey} and a Devanagari one ending in {@code ेय} end in the vowel (Pandey = पांडेय = पांडे,
 *       Uikey = उइके).
 *   <li>A single Latin letter, or a Devanagari spelling of an English letter name (वी, बी, के)
 *       before the last word, is an initial and keys as that letter (V Swamy = वी स्वामी); two or
 *       three capitals run together before the last word are that many initials (CP Radhakrishnan =
 *       C. P. Radhakrishnan).
 * </ol>
 *
 * <p>Thresholds: two names are the same person only when their whole keys are equal, and the
 * finders only look for a key of at least {@value #MIN_SCAN_LENGTH} letters in running text (short
 * keys such as {@code md} for a two-consonant surname match too many words); a surname-only
 * reference needs a surname key of at least {@value #MIN_SURNAME_LENGTH} letters and exactly one
 * person in the article with that surname key. Different people whose skeletons coincide
 * (Sunil/Sonal with one surname) are merged: a known limit of the rule, rare among politicians in
 * one article.
 */
public final class TranslitKey {
  public static final int MIN_SCAN_LENGTH = 4;
  public static final int MIN_SURNAME_LENGTH = 3;

  private static final Map<String, String> LETTER_NAMES =
      Map.ofEntries(
          Map.entry("ए", "a"),
          Map.entry("बी", "b"),
          Map.entry("सी", "c"),
          Map.entry("डी", "d"),
          Map.entry("ई", "e"),
          Map.entry("एफ", "f"),
          Map.entry("जी", "g"),
          Map.entry("एच", "h"),
          Map.entry("आई", "i"),
          Map.entry("जे", "j"),
          Map.entry("के", "k"),
          Map.entry("एल", "l"),
          Map.entry("एम", "m"),
          Map.entry("एन", "n"),
          Map.entry("ओ", "o"),
          Map.entry("पी", "p"),
          Map.entry("क्यू", "q"),
          Map.entry("आर", "r"),
          Map.entry("एस", "s"),
          Map.entry("टी", "t"),
          Map.entry("यू", "u"),
          Map.entry("वी", "v"),
          Map.entry("डब्ल्यू", "w"),
          Map.entry("एक्स", "x"),
          Map.entry("वाई", "y"),
          Map.entry("जेड", "z"));

  private TranslitKey() {}

  /** The key of a name given as its words; initials are recognised before the last word. */
  public static String of(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String initial = i < words.size() - 1 ? initialOf(w) : null;
      if (initial == null
          && i < words.size() - 1
          && w.length() >= 2
          && w.length() <= 3
          && w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        initial =
            w.toLowerCase(
                Locale.ROOT); // CP Radhakrishnan = C. P. Radhakrishnan: run-together capitals are
        // initials
      }
      b.append(initial != null ? initial : word(w));
    }
    return b.toString();
  }

  /** The key of a name written with spaces. */
  public static String of(String name) {
    return of(List.of(name.strip().split("[\\s.]+")));
  }

  /** The letter an initial stands for, or null: {@code V}, {@code वी}. */
  public static String initialOf(String word) {
    String w = TextNormalizer.matchForm(word);
    if (w.length() == 1 && w.charAt(0) >= 'a' && w.charAt(0) <= 'z') {
      return w;
    }
    return LETTER_NAMES.get(w);
  }

  /** True if the word is a Devanagari or Latin initial (see {@link #initialOf}). */
  public static boolean isInitial(String word) {
    return initialOf(word) != null;
  }

  /** The key of one word. */
  public static String word(String word) {
    String raw = word.strip();
    if (raw.isEmpty()) {
      return "";
    }
    StringBuilder sk = new StringBuilder();
    int first = raw.codePointAt(0);
    if (first >= 0x0900 && first <= 0x097F) {
      devanagari(raw, sk);
    } else {
      latin(TextNormalizer.matchForm(raw).toLowerCase(Locale.ROOT), sk);
    }
    return fold(sk);
  }

  private static void devanagari(String s, StringBuilder out) {
    if (s.length() > 3 && s.endsWith("\u0947\u092F")) {
      s = s.substring(0, s.length() - 1); // पांडेय = पांडे = Pandey
    }
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean nukta = i + 1 < n && s.charAt(i + 1) == '\u093C';
      String cons =
          c >= 0x0958 && c <= 0x095F
              ? String.valueOf("kkgjrrfy".charAt(c - 0x0958))
              : consonant(c, nukta);
      if (cons != null) {
        out.append(cons);
        int j = nukta ? i + 2 : i + 1;
        if (j < n && s.charAt(j) == '\u094D') {
          i = j; // virama: a cluster, no vowel between
        } else {
          if (j < n && !isDependentVowel(s.charAt(j))) {
            out.append('.'); // inherent vowel
          }
          i = j - 1; // past the nukta, if any
        }
      } else if (c >= '\u0904' && c <= '\u0914') { // independent vowels
        if (c == '\u090B') {
          out.append('r');
        } else if (out.length() == 0) {
          out.append('a');
        }
        out.append('.');
      } else if (c == '\u0902' || c == '\u0901') {
        out.append('n');
      } else if (c == '\u0943') {
        out.append('r').append('.');
      } else if (isDependentVowel(c)) {
        out.append('.');
      }
    }
  }

  private static boolean isDependentVowel(char c) {
    return (c >= '\u093E' && c <= '\u094C') || c == '\u0962' || c == '\u0963';
  }

  private static String consonant(char c, boolean nukta) {
    switch (c) {
      case 'क':
      case 'ख':
        return "k";
      case 'ग':
      case 'घ':
        return "g";
      case 'ङ':
      case 'ञ':
      case 'ण':
      case 'न':
      case 'ऩ':
        return "n";
      case 'च':
      case 'छ':
        return "c";
      case 'ज':
      case 'झ':
        return "j";
      case 'ट':
      case 'ठ':
      case 'त':
      case 'थ':
        return "t";
      case 'ड':
      case 'ढ':
        return nukta ? "r" : "d";
      case 'द':
      case 'ध':
        return "d";
      case 'प':
        return "p";
      case 'फ':
        return "f";
      case 'ब':
      case 'भ':
        return "b";
      case 'म':
        return "m";
      case 'य':
        return "y";
      case 'र':
      case 'ऱ':
        return "r";
      case 'ल':
      case 'ळ':
        return "l";
      case 'व':
        return "v";
      case 'श':
      case 'ष':
      case 'स':
        return "s";
      case 'ह':
        return "h";
      default:
        return null;
    }
  }

  private static void latin(String s, StringBuilder out) {
    if (s.length() > 3 && s.endsWith("ey") && !isVowel(s.charAt(s.length() - 3))) {
      s =
          s.substring(
              0, s.length() - 1); // Pandey, Dubey, Uikey = पांडे, दुबे, उइके (and पांडेय, below)
    }
    if (s.endsWith("ngh")) {
      s = s.substring(0, s.length() - 3) + "nh";
    }
    if (s.length() > 2 && s.endsWith("ao")) {
      s = s + "v"; // Rao = राव
    }
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      if (isVowel(c)) {
        if (i == 0) {
          out.append('a');
        }
        out.append('.');
        if (c == 'i' && (next == 'a' || next == 'o' || next == 'u') && i > 0) {
          out.append('y').append('.');
        }
        continue;
      }
      switch (c) {
        case 'c':
          if (next == 'h') {
            out.append('c');
            i++;
            if (i + 1 < n && s.charAt(i + 1) == 'h') {
              i++;
            }
          } else {
            out.append('k');
          }
          break;
        case 'p':
          if (next == 'h') {
            out.append('f');
            i++;
          } else {
            out.append('p');
          }
          break;
        case 's':
          out.append('s');
          if (next == 'h') {
            i++;
          }
          break;
        case 'w':
          out.append('v');
          break;
        case 'z':
          out.append('j');
          break;
        case 'q':
          out.append('k');
          break;
        case 'x':
          out.append("ks");
          break;
        case 'y':
          boolean afterConsonant = i > 0 && !isVowel(s.charAt(i - 1));
          boolean beforeConsonantOrEnd = next == 0 || !isVowel(next);
          boolean finalIy = next == 0 && i > 1 && s.charAt(i - 1) == 'i';
          if (i == 0 || !((afterConsonant && beforeConsonantOrEnd) || finalIy)) {
            out.append('y');
          }
          break;
        default:
          if (c >= 'a' && c <= 'z') {
            out.append(c);
          }
      }
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * Applies the folds that need to know whether two consonants touch ({@code .} marks a vowel
   * between them): h or v right after a consonant, a doubled consonant, m before b or p.
   */
  private static String fold(StringBuilder sk) {
    StringBuilder out = new StringBuilder(sk.length());
    boolean vowelSince = true;
    boolean marker = sk.length() > 0 && sk.charAt(0) == 'a';
    for (int i = 0; i < sk.length(); i++) {
      char c = sk.charAt(i);
      if (c == '.') {
        vowelSince = true;
        continue;
      }
      boolean touching = out.length() > 0 && !vowelSince && !(marker && out.length() == 1);
      char prev = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
      if (touching && (c == 'h' || c == 'v' || c == prev)) {
        continue;
      }
      if (c == 'm' && i + 1 < sk.length() && (sk.charAt(i + 1) == 'b' || sk.charAt(i + 1) == 'p')) {
        c = 'n';
      }
      out.append(c);
      vowelSince = false;
    }
    return out.toString();
  }
}
