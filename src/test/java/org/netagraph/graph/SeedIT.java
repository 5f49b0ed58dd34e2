package org.netagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.export.JsonExporter;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

/** The sample article loads into exactly its gold graph, scored by the project's own scorer. */
class SeedIT {
  @Test
  void seedArticleScoresOneForPersonsHoldsAndMet(@TempDir Path tmp) throws Exception {
    Path seed = TestPipeline.sharedCorpus().resolve("seed");
    assumeTrue(Files.isDirectory(seed), "../shared/corpus/seed is absent: seed evaluation skipped");
    String line = loadAndScore(tmp, seed, seed);
    assertTrue(line.contains("persons F1=1.00"), line);
    assertTrue(line.contains("holds F1=1.00"), line);
    assertTrue(line.contains("met F1=1.00"), line);
  }

  /** Loads {@code articles} into an empty graph, exports it, runs score.py against {@code gold}. */
  static String loadAndScore(Path tmp, Path articles, Path gold)
      throws IOException, InterruptedException {
    try (Graph g = TestNeo4j.emptyGraph()) {
      new Loader(TestPipeline.get(), g, new LoadOptions(2, 10, false), Progress.silent())
          .load(List.of(articles));
      Path export = tmp.resolve("graph.jsonl");
      try (BufferedWriter w = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
        JsonExporter ex = new JsonExporter(w);
        g.streamAll(ex::accept);
      }
      List<String> cmd =
          new java.util.ArrayList<>(
              List.of(
                  "python3",
                  TestPipeline.sharedCorpus().resolve("../tools/score.py").normalize().toString(),
                  export.toString()));
      try (var files = Files.list(gold)) {
        files
            .filter(p -> p.toString().endsWith(".json"))
            .sorted()
            .forEach(p -> cmd.add(p.toString()));
      }
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      String[] lines = out.strip().split("\n");
      System.out.println(out);
      return lines[lines.length - 1];
    }
  }
}
