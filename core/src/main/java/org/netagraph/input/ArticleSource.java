package org.netagraph.input;

import java.io.Closeable;
import java.util.List;
import org.netagraph.InputException;
import org.netagraph.model.Article;

/**
 * A source of articles: a file of one article ({@code .txt}, {@code .html}) or of many records
 * (JSON lines, CSV, WARC, standard input), read one record at a time so that a file of any size
 * streams. Not thread-safe: one thread pulls records; {@link Item#article()} may run on others.
 */
public interface ArticleSource extends Closeable {
  /**
   * The next record, or null at the end. This only cuts the record out (a line, a CSV row, a WARC
   * response's body); parsing it into an article is left to {@link Item#article()}.
   *
   * @throws InputException when the rest of the source cannot be read (a broken gzip stream, a
   *     quote never closed, bytes that are not UTF-8 in a CSV file): the records before it stand
   */
  Item next();

  /** Bytes of the file read so far (compressed bytes for a compressed file), for progress. */
  long position();

  /** What the reader passed over that the user should know of (non-HTML records of a WARC). */
  default List<String> notes() {
    return List.of();
  }

  @Override
  void close();

  /** Parses a record into an article. */
  @FunctionalInterface
  interface Reading {
    /**
     * The article, or null when the record holds none and that is no error (a WARC's section front
     * or tag page): the load passes it over and counts it.
     *
     * @throws InputException when the record is bad: the load reports it and goes on
     */
    Article read();
  }

  /**
   * One record of a source.
   *
   * @param where the file, or the record in it, for messages and the article's {@code path}: {@code
   *     news.jsonl:12} (a line), {@code crawl.warc.gz@5120} (a record at a byte offset)
   * @param reading parses the record
   */
  record Item(String where, Reading reading) {
    /** The article, or null when the record holds none; see {@link Reading#read()}. */
    public Article article() {
      return reading.read();
    }

    /** A record already known to be bad. */
    public static Item bad(String where, String problem) {
      return new Item(
          where,
          () -> {
            throw new InputException(where, problem);
          });
    }
  }
}
