package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small synthetic training runs on sentences written for this test (no corpus text). */
class HindiNerTrainerTest {
  private static final String[] SENTENCES = {
    "अनिल/B-PERSON शर्मा/I-PERSON ने/O जयपुर/B-LOCATION में/O भाषण/O दिया/O ।/O",
    "सुनीता/B-PERSON वर्मा/I-PERSON ने/O भोपाल/B-LOCATION में/O कहा/O ।/O",
    "रमेश/B-PERSON ने/O लखनऊ/B-LOCATION में/O रैली/O की/O ।/O",
    "जनता/B-ORGANIZATION पार्टी/I-ORGANIZATION ने/O पटना/B-LOCATION में/O बैठक/O की/O ।/O",
    "कल/O विकास/B-PERSON गुप्ता/I-PERSON इंदौर/B-LOCATION पहुंचे/O ।/O",
    "किसान/B-ORGANIZATION मोर्चा/I-ORGANIZATION के/O नेता/O महेश/B-PERSON ने/O बात/O की/O ।/O",
    "मोहन/B-PERSON लाल/I-PERSON ने/O कानपुर/B-LOCATION में/O कहा/O ।/O",
    "गीता/B-PERSON देवी/I-PERSON आगरा/B-LOCATION से/O लौटीं/O ।/O",
  };

  private static Path corpus(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String s : SENTENCES) {
      for (String pair : s.split(" ")) {
        int slash = pair.lastIndexOf('/');
        b.append(pair, 0, slash).append('\t').append(pair.substring(slash + 1)).append('\n');
      }
      b.append('\n');
    }
    Path file = dir.resolve("toy.conll");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void trainsWritesAndReloadsAModelThatFitsItsTrainingData(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("toy.bin.gz");
    TrainingReport report =
        HindiNerTrainer.train(
            corpus(dir), model, TrainingOptions.defaults().withEpochs(8).withoutHoldout());
    assertEquals(SENTENCES.length, report.trainSentences());
    assertEquals(0, report.heldOutSentences());
    assertTrue(report.scores().isEmpty());
    assertEquals(Files.size(model), report.modelBytes());
    HindiNer ner = HindiNer.load(model);
    assertEquals(
        List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "O", "O", "O"),
        ner.tag(List.of("अनिल", "शर्मा", "ने", "जयपुर", "में", "भाषण", "दिया", "।")));
    assertTrue(ner.description().contains("8 of 8 of toy.conll"), ner.description());
  }

  @Test
  void holdsOutEveryNthSentenceAndScoresIt(@TempDir Path dir) throws IOException {
    TrainingReport report =
        HindiNerTrainer.train(
            corpus(dir),
            dir.resolve("m.bin.gz"),
            TrainingOptions.defaults().withEpochs(3).withHoldout(4, 1));
    assertEquals(6, report.trainSentences());
    assertEquals(2, report.heldOutSentences());
    assertEquals(
        List.of("PERSON", "LOCATION", "ORGANIZATION"),
        report.scores().stream().map(TypeScore::type).toList());
    assertEquals(3, report.epochScores().size());
    assertTrue(
        report.summary().contains("validated on toy.conll fold 1 of 4: 2 sentences"),
        report.summary());
  }

  @Test
  void sameDataAndSeedGiveTheSameModelBytes(@TempDir Path dir) throws IOException {
    Path conll = corpus(dir);
    TrainingOptions options = TrainingOptions.defaults().withEpochs(4).withoutHoldout();
    HindiNerTrainer.train(conll, dir.resolve("a.bin.gz"), options);
    HindiNerTrainer.train(conll, dir.resolve("b.bin.gz"), options);
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.bin.gz")), Files.readAllBytes(dir.resolve("b.bin.gz")));
  }

  @Test
  void bakesGazetteerListsIntoTheModel(@TempDir Path dir) throws IOException {
    Path gaz = Files.createDirectory(dir.resolve("models"));
    Files.writeString(
        gaz.resolve("ner-given-names.txt"), "# test\nअनिल\nसुनीता\n", StandardCharsets.UTF_8);
    Files.writeString(
        gaz.resolve("states.tsv"),
        "#id\tname\tname_hi\tkind\taliases\nup\tUttar Pradesh\tउत्तर प्रदेश\tstate\tयूपी|UP\n",
        StandardCharsets.UTF_8);
    Path model = dir.resolve("g.bin.gz");
    HindiNerTrainer.train(
        corpus(dir),
        model,
        TrainingOptions.defaults().withEpochs(2).withoutHoldout().withGazetteerDir(gaz));
    HindiNer ner = HindiNer.load(model);
    assertEquals(1 << Gazetteer.Category.GIVEN_NAME.ordinal(), ner.gazetteerEntries().get("अनिल"));
    assertEquals(
        1 << Gazetteer.Category.PLACE.ordinal(), ner.gazetteerEntries().get("उत्तर प्रदेश"));
    assertEquals(1 << Gazetteer.Category.PLACE.ordinal(), ner.gazetteerEntries().get("up"));
  }

  @Test
  void reportsAMalformedGazetteerLineWithFileAndLine(@TempDir Path dir) throws IOException {
    Path gaz = Files.createDirectory(dir.resolve("models"));
    Files.writeString(
        gaz.resolve("cities.tsv"),
        "#name\tname_hi\tstate_id\taliases\nBhopal\tभोपाल\tmadhya-pradesh\n",
        StandardCharsets.UTF_8);
    NerFormatException e =
        assertThrows(
            NerFormatException.class,
            () ->
                HindiNerTrainer.train(
                    corpus(dir),
                    dir.resolve("x.bin.gz"),
                    TrainingOptions.defaults().withEpochs(1).withGazetteerDir(gaz)));
    assertEquals(gaz.resolve("cities.tsv") + ":2: 3 columns, the header names 4", e.getMessage());
  }

  @Test
  void trainsOnTwoCorporaWithTheirTagMapsAndScoresEvaluationCorpora(@TempDir Path dir)
      throws IOException {
    Path maps = Files.createDirectory(dir.resolve("models"));
    Files.writeString(
        maps.resolve(TagMap.FILE),
        "map\ttag\ttype\nil\tNEP\tPERSON\nil\tNEL\tLOCATION\nil\tNETI\tO\n",
        StandardCharsets.UTF_8);
    Path extra = dir.resolve("extra.txt");
    Files.writeString(
        extra,
        "सुरेश\tB-NEP\nयादव\tI-NEP\nकल\tB-NETI\nमेरठ\tB-NEL\nपहुंचे\tO\n\n"
            + "अनिल\tB-NEP\nशर्मा\tI-NEP\nने\tO\nजयपुर\tB-LOCATION\n",
        StandardCharsets.UTF_8);
    Path eval = dir.resolve("eval.txt");
    Files.writeString(
        eval, "रमेश\tB-NEP\nने\tO\nलखनऊ\tB-NEL\nमें\tO\nकहा\tO\n", StandardCharsets.UTF_8);
    NerFormatException unknownTag =
        assertThrows(
            NerFormatException.class,
            () ->
                HindiNerTrainer.train(
                    List.of(CorpusSpec.of(corpus(dir)), CorpusSpec.parse(extra + ":il:0.5")),
                    List.of(),
                    dir.resolve("x.bin.gz"),
                    TrainingOptions.defaults().withEpochs(2).withGazetteerDir(maps)));
    assertTrue(unknownTag.getMessage().contains("type 'LOCATION' is not in map il"));

    Files.writeString(
        extra,
        "सुरेश\tB-NEP\nयादव\tI-NEP\nकल\tB-NETI\nमेरठ\tB-NEL\nपहुंचे\tO\n\n",
        StandardCharsets.UTF_8);
    TrainingReport r =
        HindiNerTrainer.train(
            List.of(CorpusSpec.of(corpus(dir)), CorpusSpec.parse(extra + ":il:0.5")),
            List.of(CorpusSpec.parse(eval + ":il")),
            dir.resolve("m.bin.gz"),
            TrainingOptions.defaults().withEpochs(6).withoutHoldout().withGazetteerDir(maps));
    assertEquals(SENTENCES.length + 1, r.trainSentences());
    assertEquals(2, r.corpora().size());
    assertEquals("il", r.corpora().get(1).map());
    assertEquals(1, r.evaluations().size());
    assertEquals("eval.txt", r.evaluations().get(0).name());
    assertTrue(r.summary().contains("validated on eval.txt: 1 sentences"), r.summary());
    HindiNer ner = HindiNer.load(dir.resolve("m.bin.gz"));
    assertEquals(
        List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "O", "O", "O"),
        ner.tag(List.of("अनिल", "शर्मा", "ने", "जयपुर", "में", "भाषण", "दिया", "।")));
  }

  @Test
  void crossValidatesOverFoldsAndSeedsPoolingTheCounts(@TempDir Path dir) throws IOException {
    StringWriter log = new StringWriter();
    CrossValidation.Result r =
        CrossValidation.run(
            List.of(CorpusSpec.of(corpus(dir))),
            List.of(),
            TrainingOptions.defaults().withEpochs(2),
            4,
            List.of(1L, 2L),
            new PrintWriter(log));
    assertEquals(List.of(1L, 2L), r.seeds());
    // every sentence is held out once per seed: the pooled gold counts are the file's
    TypeScore person = r.pooled().get(0).get("toy.conll (4 folds)").get(0);
    assertEquals(7, person.gold());
    assertTrue(log.toString().contains("== seed 2, fold 3 of 4"));
    assertTrue(r.summary().contains("mean F1="), r.summary());
  }

  @Test
  void rejectsBadOptions() {
    assertThrows(IllegalArgumentException.class, () -> TrainingOptions.defaults().withEpochs(0));
    assertThrows(
        IllegalArgumentException.class, () -> TrainingOptions.defaults().withHoldout(5, 5));
  }
}
