package org.netagraph;

import java.nio.file.Path;

/**
 * An input file, or a record in one, that cannot be read as an article: {@code where: problem},
 * where {@code where} is a file ({@code news/a.txt}) or a record in one ({@code news.jsonl:12}, a
 * line; {@code crawl.warc.gz@5120}, a record at a byte offset). Exit code 2.
 */
public final class InputException extends NetagraphException {
  private static final long serialVersionUID = 1L;
  private final String path;
  private final String problem;

  public InputException(Path path, String problem) {
    this(path, problem, null);
  }

  public InputException(Path path, String problem, Throwable cause) {
    this(path.toString(), problem, cause);
  }

  /** A problem at {@code where}: a file, or a record in one ({@code news.jsonl:12}). */
  public InputException(String where, String problem) {
    this(where, problem, null);
  }

  public InputException(String where, String problem, Throwable cause) {
    super(where + ": " + problem, cause);
    this.path = where;
    this.problem = problem;
  }

  /** The file, or the record in one, as in the message. */
  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }

  @Override
  public int exitCode() {
    return 2;
  }
}
