package org.netagraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.UsageException;
import org.netagraph.graph.BulkImport;
import org.netagraph.graph.ConnectionOptions;
import org.netagraph.graph.Graph;
import org.netagraph.support.GraphSnapshot;
import org.netagraph.support.TestPipeline;

/** {@code load --bulk} makes the graph an incremental load of the same files makes. */
class BulkLoadIT {
  private static final Path EVAL = Path.of("src/test/resources/eval");
  private static final Path EXAMPLES = Path.of("examples");

  @Test
  void bulkGraphIsTheIncrementalGraph(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("in/bad.txt");
    Files.createDirectories(bad.getParent());
    Files.write(bad, new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', '\n'});
    // one article whose evidence holds a semicolon, which is also neo4j-admin's default array
    // separator
    Files.writeString(
        tmp.resolve("in/semicolon.txt"),
        "date 2023-03-01 Jaipur. Rajasthan Chief Minister Ashok Gehlot met Union Home Minister Amit Shah in Delhi; "
            + "they spoke about the border districts.\n",
        StandardCharsets.UTF_8);
    List<Path> input = List.of(EXAMPLES, EVAL, tmp.resolve("in"));
    // small batches, so that the incremental writer merges across many transactions
    LoadOptions opts = new LoadOptions(2, 7, false);

    Path inc = tmp.resolve("incremental");
    List<String> expected;
    LoadReport ri;
    try (Graph g = Graph.open(ConnectionOptions.embedded(inc))) {
      ri = new Loader(TestPipeline.get(), g, opts, Progress.silent()).load(input);
      expected = GraphSnapshot.canonical(g, false);
    }

    Path bulk = tmp.resolve("bulk");
    Path strayReport = Path.of("import.report").toAbsolutePath();
    Files.deleteIfExists(strayReport);
    LoadReport rb = BulkLoad.run(TestPipeline.get(), bulk, input, opts, Progress.silent());
    assertFalse(Files.exists(strayReport), "the import report goes into the store, not the cwd");
    assertTrue(Files.isRegularFile(BulkImport.reportFile(bulk)), "report in the store's logs");
    assertEquals(ri.read(), rb.read());
    assertEquals(
        1, rb.skipped().size(), "the bad file is reported, the others load: " + rb.skipped());
    assertTrue(
        rb.skipped().get(0).problem().contains("byte offset 3"), rb.skipped().get(0).problem());
    assertEquals(ri.counts(), rb.counts());
    try (Graph g = Graph.open(ConnectionOptions.embedded(bulk))) {
      List<String> got = GraphSnapshot.canonical(g, false);
      assertTrue(got.size() > 500, "a real graph: " + got.size());
      assertTrue(
          got.stream().anyMatch(l -> l.startsWith("R HOLDS") && l.contains("; they spoke")),
          "semicolons kept");
      assertEquals(expected, got);
      // the constraints exist: a second person with the same id is refused
      assertThrows(
          RuntimeException.class,
          () ->
              g.write(
                  tx ->
                      tx.run(
                          "MATCH (p:Person) WITH p LIMIT 1 CREATE (:Person {id: p.id, key: 'x'})",
                          java.util.Map.of())));
      // and the store takes incremental loads afterwards: reloading changes nothing
      LoadReport again = new Loader(TestPipeline.get(), g, opts, Progress.silent()).load(input);
      assertEquals(0, again.written());
      assertEquals(expected, GraphSnapshot.canonical(g, false));
    }
  }

  @Test
  void bulkRefusesAStoreThatHoldsADatabase(@TempDir Path tmp) {
    Path store = tmp.resolve("store");
    try (Graph g = Graph.open(ConnectionOptions.embedded(store))) {
      g.counts();
    }
    UsageException e =
        assertThrows(
            UsageException.class,
            () ->
                BulkLoad.run(
                    TestPipeline.get(),
                    store,
                    List.of(EXAMPLES),
                    new LoadOptions(1, 10, false),
                    Progress.silent()));
    assertTrue(e.getMessage().contains("already holds a database"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve(".netagraph-bulk-")), "no scratch folder left");
  }
}
