package org.netagraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One news article after reading and normalisation.
 *
 * @param id stable id (the path under the folder loaded, without {@code .txt}); a changed file
 *     under the same id replaces what its old version contributed
 * @param path where it was read from, as given
 * @param date the header date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param place the header's dateline place, or null
 * @param sha256 hex digest of the file's bytes
 * @param text the normalised body (header words removed, first sentence kept)
 */
public record Article(
    String id, String path, String date, String place, String sha256, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank (path " + path + ")");
    }
    if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("article date '" + date + "' is not YYYY[-MM[-DD]]");
    }
  }

  public Optional<String> dateOpt() {
    return Optional.ofNullable(date);
  }
}
