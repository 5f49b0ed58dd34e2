package org.netagraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.UsageException;
import org.netagraph.support.TestPipeline;

class EvaluatorTest {
  private static final String STORY =
      "date 2021-03-02 जयपुर. मुख्यमंत्री अशोक गहलोत ने मंत्री रमेश मीणा से मुलाकात की।\n";

  @Test
  void emptyTallyScoresZeroNotOne() {
    Scorer.Tally t = new Scorer.Tally();
    assertTrue(t.empty());
    assertEquals(0.0, t.f1());
  }

  @Test
  void articleWithoutItsGoldFailsTheEvaluationNamingIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("a.json"),
        "{\"persons\":[{\"name\":\"Ashok Gehlot\",\"aliases\":[\"अशोक गहलोत\"]}]}",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), STORY, StandardCharsets.UTF_8);
    UsageException e =
        assertThrows(
            UsageException.class, () -> new Evaluator(TestPipeline.get()).evaluate(List.of(dir)));
    assertTrue(e.getMessage().contains("b.txt: no gold file b.json"), e.getMessage());
  }

  @Test
  void evaluationWithNothingToScoreFails(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"), "date 2021-03-02 जयपुर. आज बारिश हुई।\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.json"), "{\"persons\":[]}", StandardCharsets.UTF_8);
    UsageException e =
        assertThrows(
            UsageException.class, () -> new Evaluator(TestPipeline.get()).evaluate(List.of(dir)));
    assertTrue(e.getMessage().contains("nothing to score"), e.getMessage());
  }
}
