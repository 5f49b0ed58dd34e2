package org.netagraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.extract.FactsJson;
import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpPersonFinder;
import org.netagraph.support.TestPipeline;
import org.netagraph.text.ArticleReader;

/**
 * The note column of persons.tsv and notable-persons.tsv says who a person is; extraction never
 * reads it.
 */
class PersonNotesTest {
  private static final List<String> PERSON_FILES = List.of("persons.tsv", "notable-persons.tsv");
  private static final Pattern OFFICE_OR_YEAR =
      Pattern.compile(
          "\\d|\\b(CM|MP|MLA)\\b|(?i)\\b(minister|president|secretary|governor|speaker|in-charge"
              + "|chief|deputy|leader of)\\b");

  @Test
  void notesNameNoOfficeAndNoYear() throws Exception {
    List<String> bad = new ArrayList<>();
    for (String file : PERSON_FILES) {
      List<String> lines =
          Files.readAllLines(TestPipeline.modelsDir().resolve(file), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String[] c = lines.get(i).split("\t", -1);
        if (lines.get(i).startsWith("#") || c.length < 3) {
          continue;
        }
        if (OFFICE_OR_YEAR.matcher(c[2]).find()) {
          bad.add(file + ":" + (i + 1) + ": " + c[2]);
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void extractionIsTheSameWithEveryNoteBlanked(@TempDir Path dir) throws Exception {
    Path models = TestPipeline.modelsDir();
    try (Stream<Path> files = Files.walk(models)) {
      for (Path f : files.toList()) {
        if (!f.equals(models)) {
          Files.copy(f, dir.resolve(models.relativize(f).toString()));
        }
      }
    }
    for (String file : PERSON_FILES) {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
        String[] c = line.split("\t", -1);
        out.add(line.startsWith("#") || c.length < 3 ? line : c[0] + "\t" + c[1] + "\tx");
      }
      Files.write(dir.resolve(file), out, StandardCharsets.UTF_8);
    }
    Pipeline blanked = Pipeline.standard(ModelSource.directory(dir), CoreNlpPersonFinder.shared());
    int compared = 0;
    for (Path corpus : List.of(Path.of("examples"), Path.of("src/test/resources/eval-holdout2"))) {
      try (Stream<Path> s = Files.list(corpus)) {
        for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
          assertEquals(
              FactsJson.of(TestPipeline.get().process(ArticleReader.read(p))),
              FactsJson.of(blanked.process(ArticleReader.read(p))),
              p.toString());
          compared++;
        }
      }
    }
    assertTrue(compared >= 10, "compared " + compared);
  }
}
