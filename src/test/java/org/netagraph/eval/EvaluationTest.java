package org.netagraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.netagraph.support.TestPipeline;

/**
 * Extraction quality on the project's own evaluation corpus ({@code src/test/resources/eval},
 * articles written for netagraph with gold files) must stay at or above the floors below; raise
 * them as extraction improves, never lower them to make a change pass.
 */
class EvaluationTest {
  /**
   * Floors, last raised on 2026-11-30 on the 32-article corpus (measured: persons 0.97, holds 0.92,
   * former 0.92, met 0.91).
   */
  static final Map<String, Double> FLOORS =
      Map.of("persons", 0.96, "holds", 0.91, "former", 0.90, "met", 0.90);

  @Test
  void corpusScoresAtOrAboveTheFloors() {
    checkFloors("src/test/resources/eval", 16, FLOORS);
  }

  private static void checkFloors(String dir, int minArticles, Map<String, Double> floors) {
    Evaluator.Report r = new Evaluator(TestPipeline.get()).evaluate(List.of(Path.of(dir)));
    StringWriter w = new StringWriter();
    r.print(new PrintWriter(w), true);
    System.out.println(w);
    assertTrue(
        r.articles().size() >= minArticles, dir + ": too few articles: " + r.articles().size());
    for (Map.Entry<String, Double> f : floors.entrySet()) {
      double got = r.f1().get(f.getKey());
      assertTrue(
          got >= f.getValue(),
          dir
              + ": "
              + f.getKey()
              + " F1 "
              + got
              + " fell under the floor "
              + f.getValue()
              + "\n"
              + w);
    }
  }

  /**
   * Floors for {@code src/test/resources/eval-holdout}: six articles written blind (by someone who
   * had not seen the rules), scored once before any change (persons 0.90, holds 0.82, former 0.87,
   * met 0.54) and used for development after that; measured 2026-11-30: persons 0.94, holds 0.92,
   * former 0.96, met 0.82.
   */
  static final Map<String, Double> HOLDOUT_FLOORS =
      Map.of("persons", 0.93, "holds", 0.90, "former", 0.90, "met", 0.78);

  @Test
  void blindSetScoresAtOrAboveItsFloors() {
    checkFloors("src/test/resources/eval-holdout", 6, HOLDOUT_FLOORS);
  }

  /**
   * Floors for {@code src/test/resources/eval-holdout2}, the second blind set (written the same
   * way, other states), scored once before any change (persons 0.97, holds 0.88, former 0.76, met
   * 0.70) and used for development after that; measured 2026-11-30: persons 1.00, holds 0.95,
   * former 0.97, met 0.94.
   */
  static final Map<String, Double> HOLDOUT2_FLOORS =
      Map.of("persons", 0.98, "holds", 0.93, "former", 0.90, "met", 0.90);

  @Test
  void secondBlindSetScoresAtOrAboveItsFloors() {
    checkFloors("src/test/resources/eval-holdout2", 6, HOLDOUT2_FLOORS);
  }

  @Test
  void seedArticleIsPerfect() {
    Path seed = TestPipeline.sharedCorpus().resolve("seed");
    assumeTrue(Files.isDirectory(seed), "../shared/corpus/seed is absent");
    Evaluator.Report r = new Evaluator(TestPipeline.get()).evaluate(List.of(seed));
    assertTrue(
        r.f1().get("persons") == 1.0 && r.f1().get("holds") == 1.0 && r.f1().get("met") == 1.0,
        r.f1().toString());
  }

  /**
   * A whole day of news (#20): on the feed sets (day pages of every beat, written blind and
   * development data since their first scores) a person must be a person. Measured 2026-12-03
   * (f72dd16): eval-feed persons P 0.982 R 0.962, eval-feed2 P 0.969 R 0.953, eval-feed3 P 0.956 R
   * 0.921, eval-feed4 P 0.970 R 0.937, eval-feed5 P 0.963 R 0.924, eval-feed6 P 0.973 R 0.916,
   * eval-feed7 P 0.959 R 0.932 (its first, blind score); the floors sit a little under, all at or
   * above the 0.95 at 0.90.
   */
  @Test
  void feedSetsKeepPersonsPrecisionAndRecall() {
    Map<String, double[]> floors =
        Map.of(
            "src/test/resources/eval-feed", new double[] {0.97, 0.95},
            "src/test/resources/eval-feed2", new double[] {0.96, 0.94},
            "src/test/resources/eval-feed3", new double[] {0.95, 0.91},
            "src/test/resources/eval-feed4", new double[] {0.96, 0.93},
            "src/test/resources/eval-feed5", new double[] {0.95, 0.91},
            "src/test/resources/eval-feed6", new double[] {0.96, 0.91},
            "src/test/resources/eval-feed7", new double[] {0.95, 0.92});
    for (Map.Entry<String, double[]> e : new TreeMap<>(floors).entrySet()) {
      Evaluator.Report r = new Evaluator(TestPipeline.get()).evaluate(List.of(Path.of(e.getKey())));
      Scorer.Tally p = r.total().persons();
      assertTrue(
          p.precision() >= e.getValue()[0] && p.recall() >= e.getValue()[1],
          e.getKey() + ": persons P " + p.precision() + " R " + p.recall());
    }
  }
}
