package org.netagraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.bench.SyntheticFacts;
import org.netagraph.graph.BulkImport;
import org.netagraph.graph.ConnectionOptions;
import org.netagraph.graph.Graph;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.ArticleFacts;
import org.netagraph.support.GraphSnapshot;
import org.netagraph.support.TestPipeline;
import org.netagraph.write.GraphWriter;

/**
 * The incremental writer groups a batch before sending it (a fact once per batch, aliases added
 * rather than recomputed): on planted facts where a few people and their offices recur in many
 * articles of the same batch, and names change to a better source's spelling, its graph is the one
 * the bulk load's in-memory rules make, and writing the same batches again changes nothing.
 */
class GroupedWriterIT {
  @Test
  void groupedBatchesMakeTheRuleGraph(@TempDir Path tmp) throws Exception {
    Lexicon lexicon = TestPipeline.get().lexicon();
    List<List<ArticleFacts>> batches = new ArrayList<>();
    List<ArticleFacts> batch = new ArrayList<>();
    for (ArticleFacts f : new SyntheticFacts(lexicon, 1000, 11)) {
      batch.add(f);
      if (batch.size() == 100) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    List<String> incremental;
    try (Graph g = Graph.open(ConnectionOptions.embedded(tmp.resolve("inc")))) {
      GraphWriter w = new GraphWriter(g, lexicon);
      w.writeStates();
      for (List<ArticleFacts> b : batches) {
        w.write(b);
      }
      incremental = GraphSnapshot.canonical(g, false);
      int again = 0;
      for (List<ArticleFacts> b : batches) {
        again += w.write(b).written();
      }
      assertEquals(0, again);
      assertEquals(incremental, GraphSnapshot.canonical(g, false));
    }
    assertTrue(incremental.size() > 10_000, "a real graph: " + incremental.size());
    assertTrue(
        incremental.stream()
            .anyMatch(l -> l.startsWith("R HOLDS") && l.contains("planted-0000999")),
        "the last batch is in");

    BulkLoad sink = new BulkLoad(lexicon, tmp.resolve("csv"));
    sink.begin();
    for (List<ArticleFacts> b : batches) {
      sink.write(b);
    }
    sink.finish();
    Path bulk = tmp.resolve("bulk");
    BulkImport.run(bulk, sink.importArguments());
    try (Graph g = Graph.open(ConnectionOptions.embedded(bulk))) {
      g.write(
          tx ->
              tx.run(
                  "MATCH (n) WHERE (n:Person OR n:Party) AND n.aliases IS NULL SET n.aliases = []",
                  Map.of()));
      List<String> rules = GraphSnapshot.canonical(g, false);
      assertEquals(rules.size(), incremental.size());
      assertEquals(rules, incremental);
    }
  }
}
