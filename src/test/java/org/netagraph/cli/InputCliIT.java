package org.netagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.graph.Graph;
import org.netagraph.support.NewsFixtures;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

/** load and extract over the input formats, with bad records, --strict and standard input. */
class InputCliIT {
  String uri;

  @BeforeEach
  void emptyGraph() {
    try (Graph g = TestNeo4j.emptyGraph()) {
      uri = TestNeo4j.options().uri();
    }
  }

  private CliIT.Run load(String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "load";
    args[1] = "--uri";
    args[2] = uri;
    args[3] = "--models";
    args[4] = TestPipeline.modelsDir().toString();
    System.arraycopy(more, 0, args, 5, more.length);
    return CliIT.run(args);
  }

  private static Path withBadRecords(Path tmp) throws Exception {
    Path f = NewsFixtures.writeJsonl(tmp.resolve("news.jsonl"));
    String good = Files.readString(f, StandardCharsets.UTF_8);
    // line 1 is bad, then the three articles (lines 2, 4, 5 with the blank line 3), then another
    Files.writeString(
        f,
        "{\"text\": \"Gehlot met\n"
            + good
            + "{\"url\":\"https://news.example.in/x\",\"text\":\"Gehlot met Modi.\","
            + "\"date\":\"next week\"}\n",
        StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void badRecordsAreReportedAndTheGoodOnesLoad(@TempDir Path tmp) throws Exception {
    Path f = withBadRecords(tmp);
    CliIT.Run r = load(f.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("loaded 3 of 5 articles"), r.out());
    assertTrue(r.out().contains("skipped " + f + ":1: not JSON: "), r.out());
    assertTrue(
        r.out().contains("skipped " + f + ":6: field 'date': 'next week' is not a date"), r.out());
    assertTrue(r.err().contains("netagraph: skipped " + f + ":1:"), r.err());
    assertTrue(r.out().contains("3 articles"), r.out());
    // again: nothing changes
    CliIT.Run again = load(f.toString());
    assertTrue(again.out().contains("(0 written, 3 unchanged, 0 replaced)"), again.out());
  }

  @Test
  void strictStopsAtTheFirstBadRecord(@TempDir Path tmp) throws Exception {
    Path f = withBadRecords(tmp);
    CliIT.Run r = load("--strict", f.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("loaded 0 of 1 articles"), r.out());
    assertTrue(r.out().contains("stopped at the first bad file or record (--strict)"), r.out());
  }

  @Test
  void readsStandardInputAndTheOtherFormats(@TempDir Path tmp) throws Exception {
    Path f = NewsFixtures.writeJsonl(tmp.resolve("in.jsonl"));
    InputStream before = System.in;
    CliIT.Run r;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(f)));
      r = load("-");
    } finally {
      System.setIn(before);
    }
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("loaded 3 of 3 articles"), r.out());

    NewsFixtures.writeHtml(tmp.resolve("pages"));
    Path csv = NewsFixtures.writeCsv(tmp.resolve("pages/news.csv"));
    CliIT.Run both = load(tmp.resolve("pages").toString());
    assertEquals(0, both.code(), both.out() + both.err());
    // a folder holds pages and a CSV of the same stories: the same ids, so nothing new
    assertTrue(both.out().contains("loaded 6 of 6 articles"), both.out());
    assertTrue(both.out().contains("3 articles,"), both.out());

    CliIT.Run ex =
        CliIT.run(
            "extract",
            "--models",
            TestPipeline.modelsDir().toString(),
            "--input-format",
            "csv",
            csv.toString());
    assertEquals(0, ex.code(), ex.err());
    assertEquals(3, ex.out().lines().count(), ex.out());
    assertTrue(ex.out().contains("\"url\":\"" + NewsFixtures.ENGLISH.url() + "\""), ex.out());

    CliIT.Run bad = load("--input-format", "pdf", csv.toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("unknown input format 'pdf'"), bad.err());
  }

  @Test
  void theReadmeCommandsForEachFormatRun(@TempDir Path tmp) throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("<!-- input-formats");
    int to = readme.indexOf("<!-- /input-formats -->");
    assertTrue(from > 0 && to > from, "README has the input-formats block");
    List<String> commands =
        readme.substring(from, to).lines().filter(l -> l.startsWith("./netagraph load")).toList();
    assertEquals(7, commands.size(), commands.toString());
    NewsFixtures.writeTxt(tmp.resolve("articles"));
    NewsFixtures.writeJsonl(tmp.resolve("news.jsonl"));
    NewsFixtures.writeJsonArray(tmp.resolve("news.json"));
    NewsFixtures.writeCsv(tmp.resolve("news.csv"));
    NewsFixtures.writeHtml(tmp.resolve("pages"));
    NewsFixtures.writeWarc(tmp.resolve("crawl.warc.gz"));
    for (String c : commands) {
      emptyGraph();
      List<String> all = List.of(c.replaceAll("#.*", "").strip().split("\\s+"));
      List<String> words = all.subList(2, all.size()); // after "./netagraph load"
      InputStream before = System.in;
      CliIT.Run r;
      try {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
          String w = words.get(i);
          if (w.equals("<")) {
            System.setIn(Files.newInputStream(tmp.resolve(words.get(++i))));
          } else {
            args.add(w.equals("-") || w.startsWith("--") ? w : tmp.resolve(w).toString());
          }
        }
        r = load(args.toArray(new String[0]));
      } finally {
        System.setIn(before);
      }
      assertEquals(0, r.code(), c + "\n" + r.out() + r.err());
      assertTrue(r.out().contains("loaded 3 of 3 articles"), c + "\n" + r.out());
    }
  }
}
