package org.netagraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.InputException;
import org.netagraph.model.Article;
import org.netagraph.support.NewsFixtures;

/**
 * Each reader on good and bad records: what it reads, and the message of each bad record (the error
 * matrix of README's "Bad input").
 */
class SourcesTest {
  private static final InputOptions OPTIONS = InputOptions.defaults();

  /** Every record of {@code file}: OK id date | PASS where | BAD message | FATAL message. */
  static List<String> read(Path file, InputFormat format, InputOptions options) {
    List<String> out = new ArrayList<>();
    try (ArticleSource s = Sources.open(file, "news", format, options)) {
      while (true) {
        ArticleSource.Item it;
        try {
          it = s.next();
        } catch (InputException e) {
          out.add("FATAL " + e.getMessage());
          break;
        }
        if (it == null) {
          break;
        }
        try {
          Article a = it.article();
          out.add(a == null ? "PASS " + it.where() : "OK " + a.id() + " " + a.date());
        } catch (InputException e) {
          out.add("BAD " + e.getMessage());
        }
      }
    }
    return out;
  }

  static List<String> read(Path file, InputFormat format) {
    return read(file, format, OPTIONS);
  }

  private static Path write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static void assertOutcomes(List<String> expected, List<String> got) {
    assertEquals(expected.size(), got.size(), got.toString());
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(got.get(i).startsWith(expected.get(i)), "record " + i + ": " + got);
    }
  }

  @Test
  void jsonLinesReportBadLinesAndReadTheOthers(@TempDir Path dir) throws IOException {
    Path f =
        write(
            dir.resolve("news.jsonl"),
            "{\"url\":\"https://x.in/a\",\"text\":\"मुख्यमंत्री ने बैठक ली।\",\"date\":\"2019-07-01\"}",
            "{\"text\": \"unterminated",
            "[\"an\", \"array\"]",
            "{\"title\":\"no body\"}",
            "{\"text\":\"Gehlot spoke.\",\"date\":\"yesterday\"}",
            "{\"text\":\"Gehlot spoke.\",\"date\":\"31-06-2019\"}",
            "{\"text\":\"12, 13 -- 14\"}",
            "",
            "{\"id\":\"k-9\",\"text\":\"Pawar met Thackeray.\",\"published\":1579080600}",
            "{\"text\":\"Pawar met Thackeray again.\"}");
    assertOutcomes(
        List.of(
            "OK https://x.in/a 2019-07-01",
            "BAD " + f + ":2: not JSON: ",
            "BAD " + f + ":3: not a JSON object but array",
            "BAD " + f + ":4: no text: none of the fields text, body, content",
            "BAD " + f + ":5: field 'date': 'yesterday' is not a date netagraph reads",
            "BAD " + f + ":6: field 'date': '31-06-2019' is not a real date",
            "BAD " + f + ":7: no words",
            "OK k-9 2020-01-15",
            "OK news#10 null"),
        read(f, InputFormat.JSONL));
  }

  @Test
  void badUtf8InALineIsThatLineAloneWithItsFileOffset(@TempDir Path dir) throws IOException {
    byte[] good = "{\"text\":\"ok text\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("news.jsonl");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(good);
    b.write(bad);
    b.write(good);
    Files.write(f, b.toByteArray());
    List<String> got = read(f, InputFormat.JSONL);
    // the é of line 2 is its byte 12; the line starts at the file's byte offset 19
    assertOutcomes(
        List.of(
            "OK news#1", "BAD " + f + ":2: not valid UTF-8 at byte offset 31 (byte 0xE9)", "OK"),
        got);
  }

  @Test
  void anIdFieldGivenMustBeThere(@TempDir Path dir) throws IOException {
    Path f = write(dir.resolve("n.jsonl"), "{\"url\":\"https://x.in/a\",\"text\":\"Some words.\"}");
    InputOptions.Fields d = InputOptions.Fields.defaults();
    InputOptions o =
        new InputOptions(
            null,
            new InputOptions.Fields(
                d.text(), d.date(), List.of("story_id"), true, d.title(), d.url(), d.source()),
            OPTIONS.hints(),
            OPTIONS.stdin());
    assertOutcomes(
        List.of("BAD " + f + ":1: no id: none of the fields story_id"),
        read(f, InputFormat.JSONL, o));
  }

  @Test
  void brokenGzipStopsTheFileWhereItBreaks(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      for (int i = 0; i < 2000; i++) {
        gz.write(("{\"text\":\"line " + i + " of the news\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = b.toByteArray();
    Path f = dir.resolve("news.jsonl.gz");
    Files.write(f, Arrays.copyOf(all, all.length / 2));
    List<String> got = read(f, InputFormat.JSONL);
    assertTrue(got.get(0).startsWith("OK news#1"), got.get(0));
    String last = got.get(got.size() - 1);
    assertTrue(last.startsWith("FATAL " + f + ":") && last.contains("the rest not read"), last);
  }

  @Test
  void jsonArraysStreamAndStopAtBrokenJson(@TempDir Path dir) throws IOException {
    Path f =
        write(
            dir.resolve("news.json"),
            "[",
            "  {\"text\": \"Gehlot met Modi.\", \"date\": \"02-07-2019\"},",
            "  {\"text\": \"\"},",
            "  {\"text\": \"Pawar met Thackeray.\"",
            "  {\"text\": \"never read\"}",
            "]");
    assertOutcomes(
        List.of(
            "OK news#1 2019-07-02", "BAD " + f + ":3: no text", "FATAL " + f + ":5: not JSON: "),
        read(f, InputFormat.JSON));
    Path scalar = write(dir.resolve("s.json"), "42");
    assertOutcomes(
        List.of("FATAL " + scalar + ":1: a .json file holds an array of article objects"),
        read(scalar, InputFormat.JSON));
    Path one = write(dir.resolve("one.json"), "{\"body\": \"Gehlot met Modi.\"}");
    assertOutcomes(List.of("OK news#1"), read(one, InputFormat.JSON));
  }

  @Test
  void csvReportsRecordsOfTheWrongWidthAndStopsAtAnOpenQuote(@TempDir Path dir) throws IOException {
    Path f =
        write(
            dir.resolve("news.csv"),
            "id,date,text",
            "a1,01-07-2019,\"Kamal Nath met Tomar, and they spoke.",
            "Second paragraph.\"",
            "a2,02-07-2019",
            "a3,not a date,Some text.",
            "a4,2019-07-04,\"never closed",
            "a5,2019-07-05,never read");
    assertOutcomes(
        List.of(
            "OK a1 2019-07-01",
            "BAD " + f + ":4: record has 2 fields, the header 3",
            "BAD " + f + ":5: field 'date': 'not a date' is not a date",
            "FATAL " + f + ":6: not valid CSV: "),
        read(f, InputFormat.CSV));
    Path empty = dir.resolve("empty.csv");
    Files.write(empty, new byte[0]);
    assertOutcomes(
        List.of("FATAL " + empty + ": empty file (no header row)"), read(empty, InputFormat.CSV));
  }

  @Test
  void csvNamesTheByteOffsetOfBadUtf8(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("news.tsv");
    byte[] head = "text\tdate\nGehlot met Modi.\t2019\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "caf\u00e9\t2019\n".getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(head);
    b.write(bad);
    Files.write(f, b.toByteArray());
    List<String> got = read(f, InputFormat.TSV);
    assertEquals("OK news#1 2019", got.get(0));
    assertTrue(
        got.get(1)
            .startsWith("FATAL " + f + ":3: not valid UTF-8 at byte offset " + (head.length + 3)),
        got.toString());
  }

  @Test
  void htmlPagesWithoutAStoryOrWithBadBytesAreBad(@TempDir Path dir) throws IOException {
    Path noStory =
        write(dir.resolve("menu.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
    assertOutcomes(
        List.of("BAD " + noStory + ": no story text found"), read(noStory, InputFormat.HTML));
    Path badDate =
        write(
            dir.resolve("d.html"),
            "<html><head><meta property=\"article:published_time\" content=\"soon\"></head>"
                + "<body><article><p>Gehlot met Modi in Delhi on Tuesday and sought funds.</p>"
                + "</article></body></html>");
    assertOutcomes(
        List.of("BAD " + badDate + ": publication date 'soon' is not a date"),
        read(badDate, InputFormat.HTML));
    Path latin = dir.resolve("l.html");
    Files.write(
        latin,
        "<html><body><p>Caf\u00e9 politics in Delhi, where the Chief Minister met them.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertOutcomes(
        List.of("BAD " + latin + ": not valid UTF-8 at byte offset 18"),
        read(latin, InputFormat.HTML));
    Path declared = dir.resolve("w.html");
    Files.write(
        declared,
        ("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 politics in Delhi,"
                + " where the Chief Minister met the Governor.</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1));
    assertOutcomes(List.of("OK news null"), read(declared, InputFormat.HTML));
    Path unknown =
        write(dir.resolve("u.html"), "<meta charset=\"klingon-8\"><p>Gehlot met Modi.</p>");
    assertOutcomes(
        List.of("BAD " + unknown + ": the page declares charset 'klingon-8', unknown"),
        read(unknown, InputFormat.HTML));
  }

  @Test
  void warcPassesOverWhatIsNoStoryAndStopsAtGarbage(@TempDir Path dir) throws IOException {
    Path warc = NewsFixtures.writeWarc(dir.resolve("crawl.warc.gz"));
    List<String> got = read(warc, InputFormat.WARC);
    assertEquals(4, got.size(), got.toString());
    assertTrue(got.get(0).startsWith("PASS " + warc + "@"), got.get(0));
    assertEquals("OK " + NewsFixtures.HINDI.url() + " 2019-07-01", got.get(1));
    byte[] all = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(all, all.length * 2 / 3));
    List<String> partial = read(cut, InputFormat.WARC);
    assertTrue(
        partial.get(partial.size() - 1).startsWith("FATAL " + cut + "@"), partial.toString());
    Path junk = write(dir.resolve("junk.warc"), "this is not a web archive");
    List<String> j = read(junk, InputFormat.WARC);
    assertTrue(j.get(0).startsWith("FATAL " + junk + "@0: not a WARC record"), j.toString());
  }

  @Test
  void standardInputIsReadAsJsonLines() {
    InputOptions o =
        new InputOptions(
            null,
            InputOptions.Fields.defaults(),
            OPTIONS.hints(),
            () ->
                new ByteArrayInputStream(
                    "{\"url\":\"https://x.in/s\",\"text\":\"Gehlot met Modi.\"}\n"
                        .getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("OK https://x.in/s null"), read(Path.of(Sources.STDIN), InputFormat.JSONL, o));
    InputException e =
        assertThrows(
            InputException.class,
            () -> Sources.open(Path.of(Sources.STDIN), "stdin", InputFormat.HTML, o));
    assertTrue(e.getMessage().contains("standard input is read as"), e.getMessage());
  }
}
