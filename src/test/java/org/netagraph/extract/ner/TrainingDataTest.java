package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assembling training data from several corpora, on sentences written for this test. */
class TrainingDataTest {
  private static Path write(Path dir, String name, String... sentences) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String s : sentences) {
      for (String pair : s.split(" ")) {
        int slash = pair.lastIndexOf('/');
        b.append(pair, 0, slash).append('\t').append(pair.substring(slash + 1)).append('\n');
      }
      b.append('\n');
    }
    Path f = dir.resolve(name);
    Files.writeString(f, b, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void dropsDuplicatesWithinAndAcrossCorporaAndEvaluationSentences(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve(TagMap.FILE), "map\ttag\ttype\nil\tNEP\tPERSON\n", StandardCharsets.UTF_8);
    Path first =
        write(
            dir,
            "a.conll",
            "रमेश/B-PERSON ने/O कहा/O ।/O",
            "रमेश/B-PERSON ने/O कहा/O ।/O",
            "गीता/B-PERSON आईं/O");
    Path second =
        write(
            dir,
            "b.txt",
            "गीता/B-NEP आईं।/O",
            "मोहन/B-NEP गए/O",
            "सीता/B-NEP बोलीं/O",
            "मोहन/B-NEP गए/O");
    Path eval = write(dir, "e.txt", "सीता/B-NEP बोलीं/O");
    TrainingOptions o = TrainingOptions.defaults().withoutHoldout().withGazetteerDir(dir);
    TrainingData d =
        TrainingData.assemble(
            List.of(CorpusSpec.of(first), new CorpusSpec(second, Optional.of("il"), 0.5)),
            List.of(new CorpusSpec(eval, Optional.of("il"), 1)),
            o);
    assertEquals(3, d.train.size());
    CorpusStats a = d.stats.get(0);
    CorpusStats b = d.stats.get(1);
    assertEquals(
        List.of(3, 1, 0, 2), List.of(a.sentences(), a.duplicates(), a.heldOut(), a.kept()));
    // गीता आईं। equals an earlier corpus's sentence (punctuation aside); सीता बोलीं is evaluated
    assertEquals(
        List.of(4, 1, 1, 1, 1),
        List.of(
            b.sentences(),
            b.duplicates(),
            b.duplicatesOfEarlier(),
            b.equalToEvaluation(),
            b.kept()));
    assertEquals(List.of(1, 0, 0), b.spans());
    assertEquals(0.5f, d.train.get(2).weight());
    assertEquals(1, d.train.get(2).corpus());
    assertEquals(1, d.evaluations.size());
  }

  @Test
  void heldOutSentencesOfTheFirstCorpusAreEvaluatedAndNeverTrainedOn(@TempDir Path dir)
      throws IOException {
    Path first = write(dir, "a.conll", "क/O", "ख/O", "ग/O", "घ/O", "ङ/O", "च/O");
    Path second = write(dir, "b.conll", "ग/O", "ज/O");
    TrainingData d =
        TrainingData.assemble(
            List.of(CorpusSpec.of(first), CorpusSpec.of(second)),
            List.of(),
            TrainingOptions.defaults().withHoldout(5, 2));
    assertEquals(1, d.evaluations.get(0).sentences().size()); // sentence 2 (s % 5 == 2)
    assertTrue(d.evaluations.get(0).name().contains("fold 2 of 5"));
    assertEquals(1, d.stats.get(1).equalToEvaluation());
    assertEquals(5 + 1, d.train.size());
  }

  @Test
  void parsesCorpusSpecs() {
    CorpusSpec s = CorpusSpec.parse("x/y.txt:ilner:0.5");
    assertEquals(Path.of("x/y.txt"), s.file());
    assertEquals(Optional.of("ilner"), s.map());
    assertEquals(0.5, s.weight());
    assertEquals(Optional.empty(), CorpusSpec.parse("a.conll").map());
    assertEquals(1.0, CorpusSpec.parse("a.conll:").weight());
  }
}
