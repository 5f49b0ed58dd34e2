package org.netagraph.model;

import java.util.List;

/**
 * A sentence of an article with its tokens.
 *
 * @param index position in the article, from 0
 * @param paragraph paragraph number, from 0
 * @param text the sentence text (normalised)
 * @param tokens its tokens, offsets relative to {@code text}
 */
public record Sentence(int index, int paragraph, String text, List<Token> tokens) {
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index " + index);
    }
    tokens = List.copyOf(tokens);
  }

  /** The text covered by tokens {@code from} (inclusive) to {@code to} (exclusive). */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  public int size() {
    return tokens.size();
  }
}
