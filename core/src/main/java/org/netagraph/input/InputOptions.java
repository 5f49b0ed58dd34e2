package org.netagraph.input;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.netagraph.lexicon.ModelSource;

/**
 * How to read input.
 *
 * @param format the format of every file given, or null to tell it by extension
 * @param fields which fields of a JSON or CSV record hold what
 * @param hints the class and id words that mark page furniture in HTML ({@code models/})
 * @param stdin standard input, read for the path {@code -}
 */
public record InputOptions(
    InputFormat format, Fields fields, BoilerplateHints hints, Supplier<InputStream> stdin) {
  public InputOptions {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(hints, "hints");
    Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * By extension, default field names, the hints of the packed models, no standard input (a command
   * passes its own).
   */
  public static InputOptions defaults() {
    return new InputOptions(
        null,
        Fields.defaults(),
        BoilerplateHints.load(ModelSource.defaults()),
        () -> {
          throw new IllegalStateException("no standard input here");
        });
  }

  /**
   * Field names of JSON and CSV records, each a list tried in order (the first present wins),
   * matched without regard to case; a JSON name may be a dotted path ({@code source.name}).
   *
   * @param id the id fields; {@code idGiven} says the user named them, and then they win over the
   *     URL and a record without one is bad. Otherwise the URL is the id where there is one, then
   *     these fields, then the file and the record's number ({@code news.jsonl#12}).
   */
  public record Fields(
      List<String> text,
      List<String> date,
      List<String> id,
      boolean idGiven,
      List<String> title,
      List<String> url,
      List<String> source) {
    public Fields {
      text = List.copyOf(text);
      date = List.copyOf(date);
      id = List.copyOf(id);
      title = List.copyOf(title);
      url = List.copyOf(url);
      source = List.copyOf(source);
    }

    /** The names scrapers and news APIs use most. */
    public static Fields defaults() {
      return new Fields(
          List.of("text", "body", "content", "articleBody", "article"),
          List.of("date", "published", "pubDate", "published_at", "publishedAt", "datePublished"),
          List.of("id", "guid"),
          false,
          List.of("title", "headline"),
          List.of("url", "link", "canonical_url"),
          List.of("source", "publisher", "site_name"));
    }
  }
}
