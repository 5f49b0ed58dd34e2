package org.netagraph.extract.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits running Devanagari/Latin text into tokens the way HiNER is tokenised, so raw sentences can
 * be tagged with the same model:
 *
 * <ul>
 *   <li>whitespace separates tokens and is dropped;
 *   <li>a word is a run of letters, combining marks, digits, ZWJ/ZWNJ and the abbreviation sign ॰;
 *       a hyphen or slash between two word characters stays inside (जम्मू-कश्मीर, 2008-09); a comma
 *       or full stop between two digits stays inside (1,200 and 3.5);
 *   <li>Latin initials and abbreviations keep their full stops (N.Z.A., U.S., V.);
 *   <li>every other character (danda ।, comma, quotes, brackets, ?, :, %) is a token of its own,
 *       except that a run of the same punctuation character (..., --) is one token.
 * </ul>
 *
 * <p>Offsets are UTF-16 indices into the given string; the text is not normalised (callers that
 * want NFC normalise first). Instances are immutable and thread-safe.
 */
public final class HindiTokenizer {
  private static final HindiTokenizer INSTANCE = new HindiTokenizer();

  private HindiTokenizer() {}

  public static HindiTokenizer instance() {
    return INSTANCE;
  }

  public List<Token> tokenize(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text is null");
    }
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      if (isWordChar(cp)) {
        i = scanWord(text, i);
      } else {
        int len = Character.charCount(cp);
        i += len;
        while (i < n && text.codePointAt(i) == cp) {
          i += len;
        }
      }
      out.add(new Token(start, i, text.substring(start, i)));
    }
    return List.copyOf(out);
  }

  private static int scanWord(String text, int start) {
    int n = text.length();
    int i = start;
    boolean latinOnly = true;
    int segmentLetters = 0; // Latin letters since the last full stop inside this word
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (isWordChar(cp)) {
        if (!isLatinLetter(cp)) {
          latinOnly = false;
        }
        segmentLetters++;
        i += len;
        continue;
      }
      int next = i + len < n ? text.codePointAt(i + len) : -1;
      int prev = text.codePointBefore(i);
      if ((cp == '-' || cp == '/') && next >= 0 && isWordChar(next)) {
        i += len;
        segmentLetters = 0;
        continue;
      }
      if ((cp == ',' || cp == '.') && isDigit(prev) && next >= 0 && isDigit(next)) {
        i += len;
        continue;
      }
      if (cp == '.' && latinOnly && segmentLetters == 1) {
        // an initial (V.) or a dotted abbreviation (N.Z.A., U.S.)
        i += len;
        segmentLetters = 0;
        if (next >= 0 && isLatinLetter(next)) {
          continue;
        }
        break;
      }
      if (cp == '.'
          && latinOnly
          && next >= 0
          && isLatinLetter(next)
          && i + len + 1 < n
          && text.charAt(i + len + 1) == '.') {
        i += len;
        segmentLetters = 0;
        continue;
      }
      break;
    }
    return i;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == '\u00A0'
        || cp == '\uFEFF';
  }

  static boolean isWordChar(int cp) {
    if (cp == '\u200C' || cp == '\u200D' || cp == '\u0970') {
      return true;
    }
    if (cp == '\u0964' || cp == '\u0965') {
      return false; // danda, double danda
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isLatinLetter(int cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  }

  private static boolean isDigit(int cp) {
    return Character.isDigit(cp);
  }
}
