package org.netagraph.model;

import java.util.Objects;

/**
 * Where a fact was read.
 *
 * @param articleId the article's id
 * @param sentence the sentence, in its original script
 * @param date the article's date or null
 */
public record Evidence(String articleId, String sentence, String date) {
  public Evidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
  }
}
