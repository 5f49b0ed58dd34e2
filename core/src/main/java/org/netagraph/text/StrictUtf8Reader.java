package org.netagraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.netagraph.InputException;

/**
 * A reader of strict UTF-8 for files read as a stream (CSV, JSON arrays): a malformed byte is an
 * {@link InputException} naming its byte offset in the file, never a silent replacement. A UTF-8
 * byte order mark at the start is skipped.
 */
public final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final String where;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024);

  /** Byte offset in the file of {@code bytes}' position 0. */
  private long base;

  private boolean eof;
  private boolean first = true;

  /** A decoding error found after text that is handed out first. */
  private InputException pending;

  /** Reads {@code in}; {@code where} names the file in errors. */
  public StrictUtf8Reader(InputStream in, String where) {
    this.in = in;
    this.where = where;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (eof && !bytes.hasRemaining()) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  private void fill() throws IOException {
    if (pending != null) {
      throw pending;
    }
    // move the unread bytes to the front and read more after them
    base += bytes.position();
    bytes.compact();
    while (!eof && bytes.hasRemaining()) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
        if (n > 0) {
          break;
        }
      }
    }
    bytes.flip();
    if (first) {
      first = false;
      if (bytes.remaining() >= 3
          && bytes.get(0) == (byte) 0xEF
          && bytes.get(1) == (byte) 0xBB
          && bytes.get(2) == (byte) 0xBF) {
        bytes.position(3);
      }
    }
    chars.clear();
    CoderResult r = decoder.decode(bytes, chars, eof);
    if (r.isError()) {
      long at = base + bytes.position();
      pending =
          new InputException(
              where,
              String.format(
                  Locale.ROOT,
                  "not valid UTF-8 at byte offset %d (byte 0x%02X); if it is Latin-1 or cp1252,"
                      + " convert it with iconv -f LATIN1 -t UTF-8",
                  at,
                  bytes.get(bytes.position()) & 0xFF));
      if (chars.position() == 0) {
        throw pending;
      }
      chars.flip(); // the text before the bad byte first; the error on the next read
      return;
    }
    if (eof && !bytes.hasRemaining()) {
      decoder.flush(chars);
    }
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
