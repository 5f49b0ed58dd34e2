package org.netagraph.extract.ner;

/**
 * A token of running text: {@code text} is {@code source.substring(start, end)} of the string given
 * to {@link HindiTokenizer#tokenize(String)} (UTF-16 offsets, end exclusive).
 */
public record Token(int start, int end, String text) {
  public Token {
    if (text == null) {
      throw new IllegalArgumentException("token text is null");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ")");
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "token '"
              + text
              + "' has length "
              + text.length()
              + " but spans ["
              + start
              + ", "
              + end
              + ")");
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty token at " + start);
    }
  }
}
