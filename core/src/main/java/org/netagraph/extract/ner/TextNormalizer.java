package org.netagraph.extract.ner;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * The matching form of a token, used for features and gazetteer look-up: NFC; nukta dropped (ज़ =
 * ज); chandrabindu folded into anusvara (गाँधी = गांधी); a nasal half-consonant before a consonant
 * folded into anusvara (हिन्दी = हिंदी); ZWJ/ZWNJ removed; Devanagari digits as ASCII; Latin
 * lower-cased; leading and trailing punctuation stripped unless the token is nothing else.
 */
final class TextNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final char NUKTA = '\u093C';
  private static final char CHANDRABINDU = '\u0901';
  private static final char ANUSVARA = '\u0902';
  private static final char VIRAMA = '\u094D';

  /** Script classes, also used as feature values. */
  static final int SCRIPT_DEVANAGARI = 1;

  static final int SCRIPT_LATIN = 2;
  static final int SCRIPT_DIGIT = 3;
  static final int SCRIPT_PUNCT = 4;
  static final int SCRIPT_MIXED = 5;
  static final int SCRIPT_OTHER = 6;

  private TextNormalizer() {}

  static String nfc(String s) {
    return NFC.isNormalized(s) ? s : NFC.normalize(s);
  }

  static String matchForm(String token) {
    String s = nfc(token);
    int start = 0;
    int end = s.length();
    while (start < end && isEdgePunct(s.charAt(start))) {
      start++;
    }
    while (end > start && isEdgePunct(s.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      start = 0;
      end = s.length();
    }
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case NUKTA, '\u200C', '\u200D' -> {}
        case CHANDRABINDU -> b.append(ANUSVARA);
        default -> {
          if (c >= '\u0966' && c <= '\u096F') {
            b.append((char) ('0' + (c - '\u0966')));
          } else if (isNasal(c)
              && i + 2 < end
              && s.charAt(i + 1) == VIRAMA
              && isConsonant(s.charAt(i + 2))
              && b.length() > 0) {
            b.append(ANUSVARA);
            i++;
          } else if (c < 0x80) {
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
          } else if (Character.isUpperCase(c)) {
            b.append(Character.toLowerCase(c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return s.contentEquals(b) ? s : b.toString();
  }

  /**
   * A looser key for gazetteer look-up, from a {@link #matchForm matching form}: long and short i
   * and u (vowel letters and signs) are folded together, and so are the English-loan o (ऑ, ॉ) and
   * o, since names are spelt both ways (शाहरुख = शाहरूख, थरूर = थरुर).
   */
  static String looseForm(String matchForm) {
    StringBuilder b = null;
    for (int i = 0; i < matchForm.length(); i++) {
      char c = matchForm.charAt(i);
      char f =
          switch (c) {
            case 'ी' -> 'ि'; // ी -> ि
            case 'ू' -> 'ु'; // ू -> ु
            case 'ई' -> 'इ'; // ई -> इ
            case 'ऊ' -> 'उ'; // ऊ -> उ
            case 'ॉ' -> 'ो'; // ॉ -> ो
            case 'ऑ' -> 'ओ'; // ऑ -> ओ
            default -> c;
          };
      if (f != c && b == null) {
        b = new StringBuilder(matchForm.length());
        b.append(matchForm, 0, i);
      }
      if (b != null) {
        b.append(f);
      }
    }
    return b == null ? matchForm : b.toString();
  }

  private static boolean isNasal(char c) {
    return c == 'ङ' || c == 'ञ' || c == 'ण' || c == 'न' || c == 'म';
  }

  private static boolean isConsonant(char c) {
    return (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F');
  }

  /** Punctuation stripped from token edges (not hyphens inside, not the abbreviation sign ॰). */
  static boolean isEdgePunct(char c) {
    if (c == '\u0970') {
      return false;
    }
    int type = Character.getType(c);
    return switch (type) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  /** Script class of a whole token (its matching form). */
  static int script(String s) {
    boolean deva = false;
    boolean latin = false;
    boolean digit = false;
    boolean punct = false;
    boolean other = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= '0' && cp <= '9') {
        digit = true;
      } else if (UCharacter.isUAlphabetic(cp)
          || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        int sc = UScript.getScript(cp);
        if (sc == UScript.DEVANAGARI) {
          deva = true;
        } else if (sc == UScript.LATIN) {
          latin = true;
        } else if (sc != UScript.INHERITED && sc != UScript.COMMON) {
          other = true;
        }
      } else if (isEdgePunct((char) cp) || cp == '\u0964' || cp == '\u0965') {
        punct = true;
      } else {
        other = true;
      }
    }
    int kinds = (deva ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    if (kinds > 1) {
      return SCRIPT_MIXED;
    }
    if (deva) {
      return SCRIPT_DEVANAGARI;
    }
    if (latin) {
      return SCRIPT_LATIN;
    }
    if (digit) {
      return SCRIPT_DIGIT;
    }
    if (punct) {
      return SCRIPT_PUNCT;
    }
    return SCRIPT_OTHER;
  }

  /**
   * Compressed word shape of the original token: {@code X} upper Latin, {@code x} lower Latin,
   * {@code d} digit, {@code h} Devanagari letter or sign, other characters as themselves; runs of
   * one class collapse to one letter. Its hash is returned, nothing allocated.
   */
  static long shapeHash(String s) {
    long h = Hashing.EMPTY_PHRASE;
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k;
      if (c >= 'A' && c <= 'Z') {
        k = 'X';
      } else if (c >= 'a' && c <= 'z') {
        k = 'x';
      } else if ((c >= '0' && c <= '9') || (c >= '\u0966' && c <= '\u096F')) {
        k = 'd';
      } else if (c >= '\u0900' && c <= '\u097F') {
        k = 'h';
        if (c == '\u0964' || c == '\u0965' || c == '\u0970') {
          k = c;
        }
      } else if (Character.isLetter(c)) {
        k = 'a';
      } else {
        k = c;
      }
      if (k != last) {
        h = Hashing.extendPhrase(h, k);
        last = k;
      }
    }
    return h;
  }
}
