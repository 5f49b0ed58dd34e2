package org.netagraph.input;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import org.netagraph.InputException;
import org.netagraph.model.Article;
import org.netagraph.text.ArticleReader;
import org.netagraph.text.TextNormalizer;

/**
 * Turns one record of a JSON or CSV file into an article: the fields named in {@link
 * InputOptions.Fields}, the date read by {@link Dates}, the id chosen by the rule of {@link
 * InputOptions.Fields#id()}.
 */
final class RecordArticles {
  private RecordArticles() {}

  /** A record's fields by name; null when a field is absent or empty. */
  @FunctionalInterface
  interface Fields {
    /**
     * The text of field {@code name} (matched without regard to case), or null.
     *
     * @param paragraphs for the text field: a list of strings becomes paragraphs
     */
    String get(String name, boolean paragraphs);
  }

  /**
   * The article of a record.
   *
   * @param where the record, for messages and the article's path ({@code news.jsonl:12})
   * @param positionId the id when the record has neither id nor URL ({@code news.jsonl#12})
   */
  static Article article(
      String where, String positionId, Fields record, InputOptions.Fields names) {
    Found text = first(record, names.text(), true);
    if (text == null) {
      throw new InputException(
          where,
          "no text: none of the fields " + String.join(", ", names.text()) + " (--text-field)");
    }
    String body = ArticleReader.body(where, text.value());
    String date = null;
    Found d = first(record, names.date(), false);
    if (d != null) {
      try {
        date = Dates.parse(d.value());
      } catch (DateTimeException e) {
        throw new InputException(where, "field '" + d.name() + "': " + e.getMessage(), e);
      }
    }
    String title = line(first(record, names.title(), false));
    String url = url(line(first(record, names.url(), false)));
    String source = line(first(record, names.source(), false));
    String id;
    if (names.idGiven()) {
      Found i = first(record, names.id(), false);
      if (i == null) {
        throw new InputException(
            where, "no id: none of the fields " + String.join(", ", names.id()) + " (--id-field)");
      }
      id = i.value().strip();
    } else if (url != null) {
      id = url;
    } else {
      Found i = first(record, names.id(), false);
      id = i != null ? i.value().strip() : positionId;
    }
    return new Article(
        id, where, date, null, digest(body, date, title, url, source), body, title, url, source);
  }

  /** A field's name and value. */
  record Found(String name, String value) {}

  private static Found first(Fields record, List<String> names, boolean paragraphs) {
    for (String n : names) {
      String v = record.get(n, paragraphs);
      if (v != null && !v.isBlank()) {
        return new Found(n, v);
      }
    }
    return null;
  }

  /** A one-line value (title, source): normalised, spaces collapsed; blank is none. */
  static String line(Found f) {
    return f == null ? null : oneLine(f.value());
  }

  static String oneLine(String s) {
    if (s == null) {
      return null;
    }
    String v = TextNormalizer.normalize(s).replaceAll("\\s+", " ").strip();
    return v.isEmpty() ? null : v;
  }

  /** A URL as an id: spaces trimmed, the fragment ({@code #comments}) dropped. */
  static String url(String s) {
    if (s == null) {
      return null;
    }
    String u = s.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    return u.isEmpty() ? null : u;
  }

  /**
   * The digest of what the article is made of: the same record read again (from another line, or a
   * re-fetched page with other ads around the same story) is unchanged.
   */
  static String digest(String text, String date, String title, String url, String source) {
    StringBuilder b = new StringBuilder();
    for (String s : new String[] {text, date, title, url, source}) {
      b.append(s == null ? "" : s).append('\u0000');
    }
    return ArticleReader.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Field names compare like this. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
