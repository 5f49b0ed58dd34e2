package org.netagraph.extract.ner;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens (first column), the gold BIO tags (last column) when the
 * file was read with tags, otherwise an empty list, and the 1-based line of its first token.
 */
public record ConllSentence(List<String> tokens, List<String> tags, long firstLine) {
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("sentence at line " + firstLine + " has no tokens");
    }
    if (!tags.isEmpty() && tags.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "sentence at line "
              + firstLine
              + " has "
              + tokens.size()
              + " tokens but "
              + tags.size()
              + " tags");
    }
  }

  public boolean hasTags() {
    return !tags.isEmpty();
  }

  public int size() {
    return tokens.size();
  }
}
