package org.netagraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.ModelException;
import org.netagraph.support.TestPipeline;

class LexiconTest {
  @Test
  void shippedModelsLoadWithAllStatesAndTerritories() {
    Lexicon lx = Lexicon.load(ModelSource.directory(TestPipeline.modelsDir()));
    assertEquals(36, lx.states().size());
    assertEquals(28, lx.states().values().stream().filter(s -> s.kind().equals("state")).count());
    assertNotNull(lx.party("indian-national-congress"));
    assertTrue(lx.personCount() > 100, "people lexicon too small: " + lx.personCount());
  }

  private static void copyModels(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.list(TestPipeline.modelsDir())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void malformedLineFailsWithFileAndLine(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.writeString(
        dir.resolve("offices.tsv"),
        "#surface\ttitle\tkind\nमुख्यमंत्री\tChief Minister\tstate\nसीएम\tChief Minister\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(e.getMessage().startsWith("offices.tsv:3: expected 3"), e.getMessage());
  }

  @Test
  void unknownOfficeKindIsNamed(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.writeString(
        dir.resolve("offices.tsv"),
        "#surface\ttitle\tkind\nसीएम\tChief Minister\tcity\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(
        e.getMessage().contains("offices.tsv:2") && e.getMessage().contains("'city'"),
        e.getMessage());
  }
}
