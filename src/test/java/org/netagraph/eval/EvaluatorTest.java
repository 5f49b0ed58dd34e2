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
import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpPersonFinder;
import org.netagraph.lexicon.ModelSource;
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

  @Test
  void factsAreCountedByTheRuleThatGaveThemAndADisabledRuleGivesNone(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("a.json"),
        "{\"persons\":[{\"name\":\"Ashok Gehlot\",\"aliases\":[\"अशोक गहलोत\"]},"
            + "{\"name\":\"Ramesh Meena\",\"aliases\":[\"रमेश मीणा\"]}],"
            + "\"holds\":[{\"person\":\"Ashok Gehlot\",\"title\":\"Chief Minister\","
            + "\"state\":\"Rajasthan\"}],\"met\":[[\"Ashok Gehlot\",\"Ramesh Meena\"]]}",
        StandardCharsets.UTF_8);
    Evaluator.Report all = new Evaluator(TestPipeline.get()).evaluate(List.of(dir));
    Scorer.RuleTally title = all.total().byRule().get("holds.title-name");
    assertEquals(1, title.tp, all.total().byRule().keySet().toString());
    assertEquals(1, all.total().met().tp);
    String metRule =
        all.total().byRule().keySet().stream().filter(k -> k.startsWith("met.")).findFirst().get();
    assertEquals(1, all.total().byRule().get(metRule).tp);
    java.io.StringWriter w = new java.io.StringWriter();
    all.printByRule(new java.io.PrintWriter(w));
    assertTrue(w.toString().contains("holds.title-name"), w.toString());

    Pipeline without =
        Pipeline.standard(
            ModelSource.directory(TestPipeline.modelsDir()),
            CoreNlpPersonFinder.shared(),
            java.util.Set.of(metRule));
    Evaluator.Report less = new Evaluator(without).evaluate(List.of(dir));
    // the host rule is gone: the next one in the cascade reads the meeting instead
    assertEquals(null, less.total().byRule().get(metRule));
    assertEquals(1, less.total().met().tp);
    assertTrue(
        less.total().byRule().keySet().stream().anyMatch(k -> k.startsWith("met.")),
        less.total().byRule().keySet().toString());
    assertEquals(1, less.total().holds().tp);
    assertThrows(
        UsageException.class,
        () ->
            Pipeline.standard(
                ModelSource.directory(TestPipeline.modelsDir()),
                CoreNlpPersonFinder.shared(),
                java.util.Set.of("no.such.rule")));
  }
}
