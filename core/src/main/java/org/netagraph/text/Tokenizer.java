package org.netagraph.text;

import java.util.ArrayList;
import java.util.List;
import org.netagraph.model.Script;
import org.netagraph.model.Token;

/**
 * Splits normalised text into word and punctuation tokens, each with its script.
 *
 * <p>A word is a run of letters and combining marks of one script (Devanagari or Latin; Latin words
 * may carry digits, as in tweet links), or of digits. A hyphen or apostrophe between two letters
 * stays inside the word ({@code In-charge}, {@code didn't}). Every other character that is not a
 * space is a token of its own.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      int len = Character.charCount(c);
      if (Character.isWhitespace(c)) {
        i += len;
        continue;
      }
      Script script = scriptOf(c);
      int start = i;
      if (script == Script.PUNCT || script == Script.OTHER) {
        i += len;
      } else {
        i += len;
        while (i < n) {
          int d = text.codePointAt(i);
          Script s = scriptOf(d);
          boolean joins =
              s == script
                  || (script == Script.LATIN && s == Script.DIGIT)
                  || (script == Script.DEVANAGARI && isDevanagariMark(d));
          if (!joins
              && (d == '-' || d == '\'' || d == 0x2019)
              && i + 1 < n
              && script != Script.DIGIT) {
            int e = text.codePointAt(i + 1);
            joins = scriptOf(e) == script && !possessive(text, i);
          }
          if (!joins) {
            break;
          }
          i += Character.charCount(d);
        }
      }
      String word = text.substring(start, i);
      out.add(new Token(word, TextNormalizer.matchForm(word), start, i, script));
    }
    return out;
  }

  /**
   * An apostrophe at {@code i} starts an English possessive ('s, ’s at the end of a word): X's = X
   * + 's.
   */
  private static boolean possessive(String text, int i) {
    int d = text.charAt(i);
    if ((d != '\'' && d != 0x2019)
        || i + 1 >= text.length()
        || (text.charAt(i + 1) != 's' && text.charAt(i + 1) != 'S')) {
      return false;
    }
    return i + 2 >= text.length() || !Character.isLetter(text.codePointAt(i + 2));
  }

  static Script scriptOf(int c) {
    if (c >= 0x0900 && c <= 0x097F) {
      if (c == 0x0964 || c == 0x0965 || c == 0x0970) {
        return Script.PUNCT;
      }
      if (c >= 0x0966 && c <= 0x096F) {
        return Script.DIGIT;
      }
      return Script.DEVANAGARI;
    }
    if (c >= 0xA8E0 && c <= 0xA8FF) {
      return Script.DEVANAGARI;
    }
    if (Character.isDigit(c)) {
      return Script.DIGIT;
    }
    if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      Character.UnicodeScript us = Character.UnicodeScript.of(c);
      if (us == Character.UnicodeScript.LATIN || us == Character.UnicodeScript.INHERITED) {
        return Script.LATIN;
      }
      return Script.OTHER;
    }
    return Script.PUNCT;
  }

  private static boolean isDevanagariMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }
}
