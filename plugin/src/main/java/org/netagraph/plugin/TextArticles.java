package org.netagraph.plugin;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netagraph.UsageException;
import org.netagraph.input.Dates;
import org.netagraph.model.Article;
import org.netagraph.text.ArticleReader;

/**
 * An article from a procedure's arguments: the text as a {@code .txt} file holds it (an optional
 * header line {@code date 2019-07 भोपाल. ...} gives date and place), and a map of options.
 *
 * <p>Options: {@code id} (the article's stable id; a changed text under the same id replaces its
 * old contribution), {@code date} (any date {@code load} reads from records: {@code 2019-07-01},
 * {@code 1 July 2019}, ...), {@code place}, {@code url}, {@code title}, {@code source} and {@code
 * path} (what the Article node's {@code path} says; default the url, else the id). Date and place
 * override the header's. Without options beyond id and path the content digest is that of the
 * text's UTF-8 bytes, the digest {@code netagraph load} gives the same text read from a file, so
 * both loads see the same article; with them, it covers them too (a new date is a changed article).
 */
final class TextArticles {
  static final Set<String> OPTIONS =
      Set.of("id", "date", "place", "url", "title", "source", "path");

  private TextArticles() {}

  /**
   * The article of {@code text}; {@code needId}: the id (or a url) must be given, as loading needs
   * a stable one; else it defaults to {@code text}.
   */
  static Article of(String text, Map<String, Object> options, boolean needId) {
    if (text == null || text.isBlank()) {
      throw new UsageException("the text is empty");
    }
    Map<String, Object> o = options == null ? Map.of() : options;
    Set<String> unknown = new TreeSet<>(o.keySet());
    unknown.removeAll(OPTIONS);
    if (!unknown.isEmpty()) {
      throw new UsageException(
          "unknown option(s) " + unknown + "; the options are " + new TreeSet<>(OPTIONS));
    }
    String url = string(o, "url");
    String id = string(o, "id");
    if (id == null) {
      id = url;
    }
    if (id == null) {
      if (needId) {
        throw new UsageException(
            "an article needs an id, {id: ...} (or a url): loading the same id again replaces it");
      }
      id = "text";
    }
    String path = string(o, "path");
    if (path == null) {
      path = url != null ? url : id;
    }
    Article a = ArticleReader.parse(path, id, text.getBytes(StandardCharsets.UTF_8));
    String date = string(o, "date");
    if (date != null) {
      try {
        date = Dates.parse(date);
      } catch (DateTimeException e) {
        throw new UsageException("option date: " + e.getMessage());
      }
    }
    String place = string(o, "place");
    String title = string(o, "title");
    String source = string(o, "source");
    if (date == null && place == null && url == null && title == null && source == null) {
      return a;
    }
    String digest =
        ArticleReader.sha256(
            String.join("\u0000", a.sha256(), nz(date), nz(place), nz(url), nz(title), nz(source))
                .getBytes(StandardCharsets.UTF_8));
    return new Article(
        id,
        path,
        date != null ? date : a.date(),
        place != null ? place : a.place(),
        digest,
        a.text(),
        title,
        url,
        source);
  }

  private static String string(Map<String, Object> o, String key) {
    Object v = o.get(key);
    if (v == null) {
      return null;
    }
    String s = v.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
