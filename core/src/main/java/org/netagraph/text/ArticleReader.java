package org.netagraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netagraph.InputException;
import org.netagraph.model.Article;

/**
 * Reads one article file: strict UTF-8 (a malformed byte is an error naming its offset, never a
 * silent replacement), the optional header line, and ICU normalisation.
 *
 * <p>The header is the first line's prefix {@code date YYYY[-MM[-DD]] <place>. }; the rest of that
 * line is the article's first sentence.
 */
public final class ArticleReader {
  /** Articles larger than this are refused: no news article is, and rules stay fast. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private static final Pattern HEADER =
      Pattern.compile("^date\\s+(\\S+)\\s+([^.।\\n]{1,80}?)\\s*[.।]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private ArticleReader() {}

  /**
   * Reads and normalises the article at {@code path}; its id is the file name less {@code .txt}.
   */
  public static Article read(Path path) {
    return read(path, null);
  }

  /** Reads and normalises the article at {@code path} under the given id. */
  public static Article read(Path path, String id) {
    byte[] bytes = readBytes(path);
    return parse(path, id, bytes);
  }

  /**
   * The bytes of an article file, at most {@link #MAX_BYTES}; problems as {@link InputException}.
   */
  public static byte[] readBytes(Path path) {
    try {
      if (Files.isDirectory(path)) {
        throw new InputException(path, "is a directory, not an article file");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InputException(
            path,
            String.format(
                Locale.ROOT,
                "file is %.1f MB; an article may be at most %d MB",
                size / 1048576.0,
                MAX_BYTES / 1048576));
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(path, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(path, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(path, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses the bytes of an article file; {@code path} names it in errors and gives its id. */
  public static Article parse(Path path, byte[] bytes) {
    return parse(path, null, bytes);
  }

  /**
   * Parses the bytes of an article file; {@code path} names it in errors; {@code id} is the
   * article's id, or null for the file name less {@code .txt}.
   */
  public static Article parse(Path path, String id, byte[] bytes) {
    if (id == null) {
      String name = path.getFileName().toString();
      id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }
    return parse(path.toString(), id, bytes);
  }

  /**
   * Parses the bytes of an article as a {@code .txt} file holds them (the optional header line,
   * strict UTF-8, normalisation) that did not come from a file: {@code where} names it in errors
   * and is its path; {@code id} is its id. The digest is that of the bytes, as for a file.
   */
  public static Article parse(String where, String id, byte[] bytes) {
    String path = where;
    String raw = decode(where, bytes, 0);
    String text = TextNormalizer.normalize(raw).strip();
    if (text.isEmpty()) {
      throw new InputException(path, "empty file (no text)");
    }
    String date = null;
    String place = null;
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    Matcher m = HEADER.matcher(first);
    if (first.startsWith("date ") || first.startsWith("date\t")) {
      if (!m.matches()) {
        throw new InputException(
            path, "line 1: header must read 'date YYYY[-MM[-DD]] <place>. <text>'");
      }
      date = checkDate(where, m.group(1));
      place = m.group(2).strip();
      text = (m.group(3) + (nl < 0 ? "" : text.substring(nl))).strip();
    }
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new InputException(path, "no words: the file holds only punctuation, digits or spaces");
    }
    return new Article(id, path, date, place, sha256(bytes), text);
  }

  static String checkDate(String path, String value) {
    Matcher d = DATE.matcher(value);
    if (!d.matches()) {
      throw new InputException(
          path, "line 1: header date '" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int year = Integer.parseInt(d.group(1));
      if (year < 1800 || year > 2200) {
        throw new DateTimeException("year out of range");
      }
      if (d.group(3) != null) {
        LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
      } else if (d.group(2) != null) {
        YearMonth.of(year, Integer.parseInt(d.group(2)));
      }
    } catch (DateTimeException e) {
      throw new InputException(path, "line 1: header date '" + value + "' is not a real date", e);
    }
    return value;
  }

  static String decode(Path path, byte[] bytes) {
    return decode(path.toString(), bytes, 0);
  }

  /**
   * The normalised text of an article read from a record (not a {@code .txt} file): ICU
   * normalisation, and the checks a file gets (some text, some words).
   */
  public static String body(String where, String raw) {
    String text = TextNormalizer.normalize(raw).strip();
    if (text.isEmpty()) {
      throw new InputException(where, "empty text");
    }
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new InputException(
          where, "no words: the text holds only punctuation, digits or spaces");
    }
    return text;
  }

  /**
   * Decodes strict UTF-8; {@code where} names the file or record in errors, {@code base} is the
   * byte offset of {@code bytes} in its file, added to the offset an error names.
   */
  public static String decode(String where, byte[] bytes, long base) {
    String path = where;
    if (bytes.length == 0) {
      throw new InputException(path, "empty file (0 bytes)");
    }
    int offset = 0;
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new InputException(
          path,
          "UTF-16 text (byte order mark at byte offset 0); netagraph reads UTF-8:"
              + " convert it with iconv -f UTF-16 -t UTF-8");
    }
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      offset = 3;
    }
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        boolean utf16 = i < 4 && bytes.length > 4 && (bytes[i ^ 1] != 0);
        throw new InputException(
            path,
            utf16
                ? "looks like UTF-16 without a byte order mark (NUL byte at offset "
                    + (base + i)
                    + ");"
                    + " netagraph reads UTF-8: convert it with iconv -f UTF-16LE -t UTF-8"
                : "binary file (NUL byte at byte offset " + (base + i) + ")");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      throw new InputException(
          path,
          String.format(
              Locale.ROOT,
              "not valid UTF-8 at byte offset %d (byte 0x%02X); if it is Latin-1 or cp1252,"
                  + " convert it with iconv -f LATIN1 -t UTF-8",
              base + at,
              bytes[at] & 0xFF));
    }
    out.flip();
    String s = out.toString();
    int controls = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > 8 && controls * 100 > s.length()) {
      throw new InputException(path, "binary file (" + controls + " control characters)");
    }
    return s;
  }

  /** Hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
