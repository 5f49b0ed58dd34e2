package org.netagraph.extract.ner;

import java.io.IOException;

/**
 * Malformed input to the Hindi recogniser: a CoNLL file, a gazetteer list or a model file. The
 * message reads {@code source:line: what is wrong}; {@link #line()} is 0 when the problem has no
 * line (a binary model file names a record instead).
 */
public final class NerFormatException extends IOException {
  private final String source;
  private final long line;
  private final String detail;

  public NerFormatException(String source, long line, String detail) {
    this(source, line, detail, null);
  }

  public NerFormatException(String source, long line, String detail, Throwable cause) {
    super(line > 0 ? source + ":" + line + ": " + detail : source + ": " + detail, cause);
    this.source = source;
    this.line = line;
    this.detail = detail;
  }

  /** The file (or stream description) that is malformed. */
  public String source() {
    return source;
  }

  /** 1-based line number, or 0 when not applicable. */
  public long line() {
    return line;
  }

  /** What is wrong, without the location prefix. */
  public String detail() {
    return detail;
  }
}
