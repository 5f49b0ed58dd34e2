package org.netagraph.input;

import java.io.IOException;
import java.util.Arrays;

/** Cuts a byte stream into lines without decoding them, so a bad line stays one bad record. */
final class LineReader {
  private LineReader() {}

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

  /** The next line of {@code in}, or null at the end. */
  static Line read(CountingInputStream in, long max) throws IOException {
    long start = in.count();
    byte[] buf = new byte[256];
    int n = 0;
    boolean tooLong = false;
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (tooLong) {
        continue;
      }
      if (n == buf.length) {
        if (n >= max) {
          tooLong = true;
          buf = new byte[0];
          n = 0;
          continue;
        }
        buf = Arrays.copyOf(buf, (int) Math.min(max, 2L * n));
      }
      buf[n++] = (byte) b;
    }
    if (b < 0 && n == 0 && !tooLong && in.count() == start) {
      return null;
    }
    if (n > 0 && buf[n - 1] == '\r') {
      n--;
    }
    return new Line(Arrays.copyOf(buf, n), start, tooLong);
  }
}
