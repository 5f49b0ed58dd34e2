package org.netagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.graph.Graph;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

/** The real commands, in-process, against the test server. */
class CliIT {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  String uri;

  @BeforeEach
  void emptyGraph() {
    try (Graph g = TestNeo4j.emptyGraph()) {
      uri = TestNeo4j.options().uri();
    }
  }

  @Test
  void loadsExamplesThenQueriesAndExports(@TempDir Path tmp) throws Exception {
    Run load =
        run("load", "--uri", uri, "--models", TestPipeline.modelsDir().toString(), "examples");
    assertEquals(0, load.code(), load.err());
    assertTrue(load.out().contains("loaded 5 of 5 articles"), load.out());
    assertTrue(load.out().contains("graph: "), load.out());

    Run q =
        run(
            "query",
            "--uri",
            uri,
            "--format",
            "json",
            "MATCH (p:Person {name: $name}) RETURN p.name AS name",
            "--param",
            "name=Mamata Banerjee");
    assertEquals(0, q.code(), q.err());
    assertEquals("{\"name\":\"Mamata Banerjee\"}\n", q.out());

    Path file = tmp.resolve("g.jsonl");
    Run ex = run("export", "--uri", uri, "--format", "json", "-o", file.toString());
    assertEquals(0, ex.code(), ex.err());
    String json = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(
        json.contains("\"type\":\"relationship\",\"id\""),
        json.substring(0, Math.min(300, json.length())));
    assertTrue(json.contains("Mamata Banerjee"));
  }

  @Test
  void queryRunsReadOnlyUnlessWriteIsGiven() {
    Run denied = run("query", "--uri", uri, "CREATE (:Person {id: 'x', key: 'x', name: 'X'})");
    assertEquals(2, denied.code(), denied.out() + denied.err());
    Run allowed =
        run(
            "query",
            "--uri",
            uri,
            "--write",
            "CREATE (:Person {id: 'x', key: 'x', name: 'X'}) RETURN 1 AS one");
    assertEquals(0, allowed.code(), allowed.err());
    assertTrue(allowed.out().contains("(1 row)"), allowed.out());
  }

  @Test
  void thereIsNoPasswordOption() {
    Run r = run("query", "--uri", uri, "--password", "secret", "RETURN 1");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown option") && !r.out().contains("secret"), r.err());
  }

  @Test
  void badUsageExitsTwo() {
    Run r = run("query", "--uri", uri);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("either a Cypher statement or -f FILE"), r.err());
    assertEquals(2, run("export", "--uri", uri, "--format", "xml").code());
    assertEquals(2, run("frobnicate").code());
  }

  @Test
  void unreachableServerFailsFastNamingTheUri() {
    long t0 = System.nanoTime();
    Run r = run("query", "--uri", "bolt://127.0.0.1:1", "RETURN 1");
    double secs = (System.nanoTime() - t0) / 1e9;
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("bolt://127.0.0.1:1"), r.err());
    assertTrue(secs < 10, "took " + secs + " s");
  }

  @Test
  void badFilesAreSkippedWithReasonAndTheOthersLoad(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        dir.resolve("good.txt"),
        "date 2021-05-01 Lucknow. Chief Minister Yogi Adityanath met Governor Anandiben Patel.",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Run r =
        run("load", "--uri", uri, "--models", TestPipeline.modelsDir().toString(), dir.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("latin1.txt: not valid UTF-8 at byte offset 3"), r.out());
    assertTrue(r.out().contains("empty.txt: empty file"), r.out());
    assertTrue(r.out().contains("loaded 1 of 3 articles"), r.out());
  }

  @Test
  void extractPrintsOneJsonObjectPerArticle() {
    Run r = run("extract", "--models", TestPipeline.modelsDir().toString(), "examples");
    assertEquals(0, r.code(), r.err());
    assertEquals(5, r.out().strip().split("\n").length);
    assertTrue(r.out().contains("\"holds\":["));
  }

  @Test
  void helpExplainsEveryCommand() {
    Run r = run("--help");
    assertEquals(0, r.code());
    for (String c : new String[] {"load", "extract", "export", "query"}) {
      assertTrue(r.out().contains(c), r.out());
    }
  }
}
