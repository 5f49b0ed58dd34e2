package org.netagraph.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news data carries into an article date: {@code YYYY}, {@code YYYY-MM} or {@code
 * YYYY-MM-DD}.
 *
 * <p>Accepted: ISO 8601 dates and date-times ({@code 2019-07-01}, {@code
 * 2019-07-01T10:30:00+05:30}, {@code 2019-07-01 10:30}, offsets with or without a colon), RFC 1123
 * ({@code Mon, 01 Jul 2019 10:30:00 +0530}, as RSS and HTTP write them), day first with {@code -},
 * {@code /} or {@code .} ({@code 01-07-2019}: Indian usage; {@code 07/25/2019} is refused, not
 * guessed), English month names ({@code 1 July 2019}, {@code July 1, 2019}, {@code 01 Jul 2019}),
 * and epoch seconds or milliseconds. A date-time keeps the calendar date it was written with (its
 * own offset); an epoch instant, which has none, is read in India Standard Time, the time of the
 * news this tool reads.
 */
public final class Dates {
  /**
   * Epoch instants are dated in IST: a story filed at 01:00 IST is that day's, not the day before.
   */
  static final ZoneId EPOCH_ZONE = ZoneId.of("Asia/Kolkata");

  private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
              + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT|IST)?");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?:[ T,]+\\d{1,2}:\\d{2}.*)?");
  private static final Pattern EPOCH = Pattern.compile("-?\\d{9,13}");
  private static final List<DateTimeFormatter> NAMED =
      List.of(
          english("[EEEE, ][EEE, ]d MMMM uuuu"),
          english("[EEEE, ][EEE, ]d MMM uuuu"),
          english("[EEEE, ][EEE, ]MMMM d, uuuu"),
          english("[EEEE, ][EEE, ]MMM d, uuuu"),
          english("[EEEE, ][EEE, ]MMM. d, uuuu"));
  private static final Pattern NAMED_PREFIX =
      Pattern.compile(
          "((?:[A-Za-z]+,?\\s+)?(?:\\d{1,2}\\s+[A-Za-z]+\\.?,?\\s+\\d{4}|[A-Za-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}))"
              + "(?:[\\s,]+.*)?");

  private Dates() {}

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** What this class reads, for messages. */
  public static final String SHAPES =
      "YYYY[-MM[-DD]], an ISO 8601 date-time, RFC 1123, dd-MM-yyyy, '1 July 2019',"
          + " or epoch seconds or milliseconds";

  /**
   * The article date of {@code value}.
   *
   * @throws DateTimeException naming the value when it is no date this class reads, or not a real
   *     one (31 June)
   */
  public static String parse(String value) {
    String v = value.strip();
    Matcher m = PARTIAL.matcher(v);
    if (m.matches()) {
      return partial(v, m);
    }
    m = ISO_DATE_TIME.matcher(v);
    if (m.matches()) {
      return day(v, m.group(1), m.group(2), m.group(3));
    }
    m = DAY_FIRST.matcher(v);
    if (m.matches()) {
      return day(v, m.group(4), m.group(3), m.group(1));
    }
    if (EPOCH.matcher(v).matches()) {
      return epoch(Long.parseLong(v));
    }
    try {
      TemporalAccessor t = DateTimeFormatter.RFC_1123_DATE_TIME.parse(v);
      return LocalDate.from(t).toString();
    } catch (DateTimeParseException e) {
      // not RFC 1123: try month names
    }
    m = NAMED_PREFIX.matcher(v);
    if (m.matches()) {
      String head = m.group(1).replaceAll("\\s+", " ").replace(" ,", ",");
      for (DateTimeFormatter f : NAMED) {
        try {
          return LocalDate.from(f.parse(head)).toString();
        } catch (DateTimeParseException e) {
          // the next shape
        }
      }
    }
    throw new DateTimeException("'" + value + "' is not a date netagraph reads (" + SHAPES + ")");
  }

  /** The date of an epoch number: seconds below 10^11 (year 5138), milliseconds above. */
  public static String epoch(long n) {
    Instant at =
        Math.abs(n) >= 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    LocalDate d = at.atZone(EPOCH_ZONE).toLocalDate();
    checkYear(d.getYear(), Long.toString(n));
    return d.toString();
  }

  private static String partial(String v, Matcher m) {
    int year = Integer.parseInt(m.group(1));
    checkYear(year, v);
    try {
      if (m.group(3) != null) {
        LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if (m.group(2) != null) {
        YearMonth.of(year, Integer.parseInt(m.group(2)));
      }
    } catch (DateTimeException e) {
      throw new DateTimeException("'" + v + "' is not a real date", e);
    }
    return v;
  }

  private static String day(String v, String y, String mo, String d) {
    int year = Integer.parseInt(y);
    checkYear(year, v);
    try {
      return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)).toString();
    } catch (DateTimeException e) {
      throw new DateTimeException(
          "'" + v + "' is not a real date (day first: dd-MM-yyyy; month " + mo + ")", e);
    }
  }

  private static void checkYear(int year, String v) {
    if (year < 1800 || year > 2200) {
      throw new DateTimeException("'" + v + "': year " + year + " is out of range (1800-2200)");
    }
  }
}
