package org.netagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code netagraph train} in-process, on two small corpora written for this test. */
class TrainCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path corpora(Path dir) throws IOException {
    Path models = Files.createDirectory(dir.resolve("models"));
    Files.writeString(
        models.resolve("ner-tagmaps.tsv"),
        "map\ttag\ttype\nil\tNEP\tPERSON\nil\tNEL\tLOCATION\n",
        StandardCharsets.UTF_8);
    StringBuilder a = new StringBuilder();
    for (String[] s :
        new String[][] {
          {"रमेश", "जयपुर"}, {"सुनीता", "भोपाल"}, {"मोहन", "पटना"}, {"गीता", "आगरा"}
        }) {
      a.append(s[0]).append("\tB-PERSON\nने\tO\n").append(s[1]).append("\tB-LOCATION\n");
      a.append("में\tO\nकहा\tO\n\n");
    }
    Files.writeString(dir.resolve("a.conll"), a, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        "महेश\tB-NEP\nने\tO\nलखनऊ\t-NEL\nमें\tO\nकहा\tO\n\nरमेश\tB-NEP\nने\tO\nजयपुर\tB-NEL\nमें\tO\nकहा\tO\n",
        StandardCharsets.UTF_8);
    return models;
  }

  @Test
  void trainsOnTwoCorporaAndPrintsTheirCounts(@TempDir Path dir) throws IOException {
    Path models = corpora(dir);
    Run r =
        run(
            "train",
            "--conll",
            dir.resolve("a.conll").toString(),
            "--conll",
            dir.resolve("b.txt") + ":il:0.5",
            "--models",
            models.toString(),
            "--epochs",
            "2",
            "--out",
            dir.resolve("m.bin.gz").toString());
    assertEquals(0, r.code(), r.err());
    // b.txt: one tag repaired (-NEL), one sentence equal to a sentence of a.conll
    assertTrue(r.out().matches("(?s).*b\\.txt +il +2 +10 +1 +0 +0 +1 +0 +1 +5 .*"), r.out());
    assertTrue(r.out().contains("trained on 5 sentences"), r.out());
    assertTrue(Files.size(dir.resolve("m.bin.gz")) > 0);
  }

  @Test
  void anUnknownTagMapIsBadUsage(@TempDir Path dir) throws IOException {
    Path models = corpora(dir);
    Run r =
        run(
            "train",
            "--conll",
            dir.resolve("b.txt") + ":nosuch",
            "--models",
            models.toString(),
            "--out",
            dir.resolve("m.bin.gz").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no tag map 'nosuch'"), r.err());
  }
}
