package org.netagraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.support.TestPipeline;

/**
 * The bench end to end on a tiny scale (its figures are not checked: speed is for the bench
 * command, not for tests): every key the README and the issue name is reported, the planted facts
 * are found, and the ceiling wrote the same number of relationships as the writer.
 */
class BenchIT {
  @TempDir Path work;

  @Test
  void reportsEveryFigureOnTheSameGraph() throws Exception {
    StringWriter log = new StringWriter();
    Map<String, Object> r =
        new Bench(
                TestPipeline.get(),
                () -> {
                  throw new AssertionError(
                      "baseline A is skipped here (it loads CoreNLP's full pipeline)");
                },
                new PrintWriter(log))
            .run(new Bench.Options(12, 7, work, 0, 10, 3000, 50, true));
    for (String key :
        List.of(
            "articles",
            "extraction_articles_per_s_1t",
            "extraction_articles_per_s_2t",
            "writer_rels_per_s",
            "baseline_b_rels_per_s",
            "baseline_c_rels_per_s",
            "writer_vs_baseline_c",
            "peak_heap_mb",
            "planted_facts_recall",
            "ceiling_core_api_rels_per_s",
            "ceiling_vs_baseline_c")) {
      assertTrue(r.containsKey(key), key + " missing from " + r);
    }
    assertEquals(12, r.get("articles"));
    assertEquals(1.0, (Double) r.get("planted_facts_recall"), 0.0);
    assertTrue(
        (Long) r.get("graph_relationships") > 2000, "graph of about 3000 relationships: " + r);
    assertEquals(r.get("graph_relationships"), r.get("ceiling_relationships"));
  }
}
