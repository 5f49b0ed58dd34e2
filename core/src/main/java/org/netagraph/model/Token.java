package org.netagraph.model;

/**
 * A token of a sentence.
 *
 * @param text the surface form (normalised text)
 * @param norm the matching form: nukta and chandrabindu folded, Latin lower-cased
 * @param start offset in the sentence text, inclusive
 * @param end offset in the sentence text, exclusive
 * @param script the token's script
 */
public record Token(String text, String norm, int start, int end, Script script) {
  public Token {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("empty token at " + start);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad token span " + start + ".." + end + " for '" + text + "'");
    }
  }

  public boolean isLatin() {
    return script == Script.LATIN;
  }

  public boolean isDevanagari() {
    return script == Script.DEVANAGARI;
  }

  public boolean isWord() {
    return script == Script.LATIN || script == Script.DEVANAGARI || script == Script.DIGIT;
  }

  /** True for a Latin token that starts with an upper-case letter. */
  public boolean isCapitalised() {
    return script == Script.LATIN && Character.isUpperCase(text.codePointAt(0));
  }
}
