package org.netagraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void readsTheShapesNewsDataCarries() {
    assertEquals("2019", Dates.parse("2019"));
    assertEquals("2019-07", Dates.parse("2019-07"));
    assertEquals("2019-07-01", Dates.parse("2019-07-01"));
    assertEquals("2019-07-01", Dates.parse("2019-07-01T10:30:00+05:30"));
    assertEquals("2019-07-01", Dates.parse("2019-07-01T10:30:00.123Z"));
    assertEquals("2019-07-01", Dates.parse("2019-07-01T23:30:00+0530"));
    assertEquals("2019-07-01", Dates.parse("2019-07-01 10:30"));
    assertEquals("2019-07-02", Dates.parse("Tue, 02 Jul 2019 18:05:00 +0530"));
    assertEquals("2019-07-02", Dates.parse("Tue, 2 Jul 2019 18:05:00 GMT"));
    assertEquals("2019-07-01", Dates.parse("01-07-2019"));
    assertEquals("2020-01-15", Dates.parse("15/01/2020"));
    assertEquals("2020-01-15", Dates.parse("15.01.2020 10:45"));
    assertEquals("2019-07-01", Dates.parse("1 July 2019"));
    assertEquals("2019-07-01", Dates.parse("July 1, 2019"));
    assertEquals("2019-07-01", Dates.parse("Jul 1, 2019 10:30 IST"));
    assertEquals("2019-07-01", Dates.parse("Monday, 01 Jul 2019"));
  }

  @Test
  void datesAnEpochInIndiaStandardTime() {
    // 2020-01-14T19:00:00Z is 00:30 on the 15th in India
    assertEquals("2020-01-15", Dates.parse("1579028400"));
    assertEquals("2020-01-15", Dates.parse("1579028400000"));
    assertEquals("2020-01-15", Dates.epoch(1579080600L));
  }

  @Test
  void refusesWhatItCannotRead() {
    DateTimeException e = assertThrows(DateTimeException.class, () -> Dates.parse("yesterday"));
    assertTrue(e.getMessage().contains("'yesterday' is not a date"), e.getMessage());
    e = assertThrows(DateTimeException.class, () -> Dates.parse("31-06-2019"));
    assertTrue(e.getMessage().contains("not a real date"), e.getMessage());
    // month first is not guessed
    e = assertThrows(DateTimeException.class, () -> Dates.parse("07/25/2019"));
    assertTrue(e.getMessage().contains("day first"), e.getMessage());
    e = assertThrows(DateTimeException.class, () -> Dates.parse("0001-01-01"));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }
}
