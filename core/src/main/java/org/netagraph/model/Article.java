package org.netagraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One news article after reading and normalisation.
 *
 * @param id stable id: a file's path under the folder loaded (without {@code .txt}); a record's
 *     URL, id field, or file and number ({@code news.jsonl#12}); a changed article under the same
 *     id replaces what its old version contributed
 * @param path where it was read from, as given: a file, or a record in one ({@code news.jsonl:12}
 *     for a line, {@code crawl.warc.gz@5120} for a record at a byte offset)
 * @param date the header date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param place the header's dateline place, or null
 * @param sha256 hex digest of the file's bytes ({@code .txt}), or of the record's fields as read
 *     (other formats): equal digests mean an unchanged article
 * @param text the normalised body (header words removed, first sentence kept)
 * @param title the headline, or null (a {@code .txt} file has none)
 * @param url where the article was published (a canonical URL), or null
 * @param source the publisher ({@code The Hindu}, {@code दैनिक भास्कर}), or null
 */
public record Article(
    String id,
    String path,
    String date,
    String place,
    String sha256,
    String text,
    String title,
    String url,
    String source) {
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

  /** An article without title, URL or source, as a {@code .txt} file gives it. */
  public Article(String id, String path, String date, String place, String sha256, String text) {
    this(id, path, date, place, sha256, text, null, null, null);
  }

  public Optional<String> dateOpt() {
    return Optional.ofNullable(date);
  }
}
