package org.netagraph.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Normalises article text and builds the matching form of words.
 *
 * <p>{@link #normalize} keeps the text readable and faithful (it is what evidence shows): NFC;
 * zero-width joiners, non-joiners, spaces and soft hyphens removed; every kind of space folded to a
 * plain space (NBSP, narrow NBSP, ideographic); a Devanagari vowel sign, nukta, anusvara or virama
 * written twice in a row kept once; line ends unified; runs of spaces collapsed.
 *
 * <p>{@link #matchForm} is for comparing words: on top of that it drops the nukta (ज़ = ज), folds
 * chandrabindu into anusvara (गाँधी = गांधी), folds the Latin letters to lower-case ASCII.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

  private TextNormalizer() {}

  public static String normalize(String raw) {
    // removing a joiner or a doubled sign can make a new composable pair: repeat to a fixed point
    String cur = raw;
    for (int round = 0; round < 4; round++) {
      String next = normalizeOnce(cur);
      if (next.equals(cur)) {
        return next;
      }
      cur = next;
    }
    return cur;
  }

  private static String normalizeOnce(String raw) {
    String s = NFC.normalize(raw);
    StringBuilder b = new StringBuilder(s.length());
    int prev = -1;
    boolean lastSpace = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (isInvisible(c)) {
        continue;
      }
      if (c == '\r') {
        if (i < s.length() && s.charAt(i) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c != '\n' && (c == '\t' || UCharacter.isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F)) {
        if (lastSpace) {
          continue;
        }
        b.append(' ');
        lastSpace = true;
        prev = ' ';
        continue;
      }
      if (c == prev && isDevanagariSign(c)) {
        continue;
      }
      if (c == '\n' && lastSpace && b.length() > 0) {
        b.setLength(b.length() - 1);
      }
      b.appendCodePoint(c);
      lastSpace = false;
      prev = c;
    }
    return b.toString();
  }

  /** The form used to compare words and phrases; see the class comment. */
  public static String matchForm(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0x093C || isInvisible(c)) {
        continue;
      }
      if (c == 0x0901) {
        c = 0x0902;
      }
      if (c < 0x0900 || c > 0x097F) {
        if (c >= 'A' && c <= 'Z') {
          c = c + ('a' - 'A');
        } else if (c > 0x7F && Character.isLetter(c)) {
          String folded = NFKD.normalize(new String(Character.toChars(c)));
          for (int j = 0; j < folded.length(); j++) {
            char f = folded.charAt(j);
            if (Character.getType(f) != Character.NON_SPACING_MARK) {
              b.append(Character.toLowerCase(f));
            }
          }
          continue;
        } else if (c == 0x2019 || c == 0x2018) {
          c = '\'';
        }
      }
      b.appendCodePoint(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isInvisible(int c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
  }

  /** Dependent vowel signs, nukta, anusvara, chandrabindu, visarga and virama. */
  static boolean isDevanagariSign(int c) {
    return (c >= 0x0900 && c <= 0x0903)
        || c == 0x093C
        || (c >= 0x093E && c <= 0x094D)
        || (c >= 0x0962 && c <= 0x0963);
  }
}
