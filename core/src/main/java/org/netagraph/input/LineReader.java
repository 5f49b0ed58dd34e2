package org.netagraph.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into lines without decoding them, so a bad line stays one bad record. Scans
 * its own buffer for line ends (a 2 GB file is not read byte by byte through a stream's methods).
 */
final class LineReader {
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;

  /** Byte offset in the stream of {@code buf[pos]}. */
  private long offset;

  private boolean eof;

  LineReader(InputStream in) {
    this.in = in;
  }

  /**
   * A line: its bytes without the line end ({@code \n} or {@code \r\n}), its byte offset in the
   * stream; a line over the limit is skipped to its end and marked, its bytes not kept.
   */
  record Line(byte[] bytes, long start, boolean tooLong) {
    boolean blank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** The next line, or null at the end. */
  Line read(long max) throws IOException {
    long start = offset;
    byte[] line = new byte[256];
    int n = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int end = pos;
      while (end < lim && buf[end] != '\n') {
        end++;
      }
      int len = end - pos;
      if (!tooLong) {
        if ((long) n + len > max) {
          tooLong = true;
          line = new byte[0];
          n = 0;
        } else {
          if (n + len > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(max, Math.max(2L * line.length, n + len)));
          }
          System.arraycopy(buf, pos, line, n, len);
          n += len;
        }
      }
      boolean newline = end < lim;
      offset += len + (newline ? 1 : 0);
      pos = newline ? end + 1 : end;
      if (newline) {
        break;
      }
    }
    if (n > 0 && line[n - 1] == '\r') {
      n--;
    }
    return new Line(Arrays.copyOf(line, n), start, tooLong);
  }

  private boolean fill() throws IOException {
    int r = in.read(buf, 0, buf.length);
    if (r <= 0) {
      eof = r < 0;
      pos = 0;
      lim = 0;
      return !eof && fill();
    }
    pos = 0;
    lim = r;
    return true;
  }
}
