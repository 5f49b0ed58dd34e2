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
    assertTrue(lx.persons().size() > 100, "people lexicon too small: " + lx.persons().size());
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
        "#surface\ttitle\tkind\tflags\nमुख्यमंत्री\tChief Minister\tstate\t-\nसीएम\tChief Minister\tstate\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(e.getMessage().startsWith("offices.tsv:3: expected 4"), e.getMessage());
  }

  @Test
  void unknownOfficeKindIsNamed(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.writeString(
        dir.resolve("offices.tsv"),
        "#surface\ttitle\tkind\tflags\nसीएम\tChief Minister\tcity\t-\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(
        e.getMessage().contains("offices.tsv:2") && e.getMessage().contains("'city'"),
        e.getMessage());
  }

  @Test
  void duplicateCueFailsNamingBothLines(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.writeString(
        dir.resolve("cues.tsv"),
        "#surface\tkind\tlang\nभवन\tinstitution\thi\nने कहा\tafter_name\thi\nभवन\tinstitution\thi\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(e.getMessage().startsWith("cues.tsv:4: duplicate: 'भवन'"), e.getMessage());
    assertTrue(e.getMessage().contains("cues.tsv:2"), e.getMessage());
  }

  @Test
  void spellingVariantThatMatchesAlikeIsADuplicate(@TempDir Path dir) throws Exception {
    copyModels(dir);
    // नुक़्ता and case fold away when text is matched: the second line adds nothing
    Files.writeString(
        dir.resolve("cues.tsv"),
        "#surface\tkind\tlang\nमुलाकात\tmeet\thi\nमुलाक़ात\tmeet\thi\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(e.getMessage().startsWith("cues.tsv:3: duplicate"), e.getMessage());
  }

  @Test
  void officeSurfaceWithTwoTitlesIsAConflict(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.writeString(
        dir.resolve("offices.tsv"),
        "#surface\ttitle\tkind\tflags\nसीएम\tChief Minister\tstate\t-\n"
            + "CM\tChief Minister\tstate\t-\ncm\tChairman\tstate\t-\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(e.getMessage().startsWith("offices.tsv:4: conflict: 'cm'"), e.getMessage());
    assertTrue(e.getMessage().contains("offices.tsv:3"), e.getMessage());
  }

  @Test
  void aliasOfTwoPersonsIsAConflict(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.writeString(
        dir.resolve("persons.tsv"),
        "#name\taliases\tnote\nAshok Gehlot\tअशोक गहलोत|गहलोत\tx\n"
            + "Vaibhav Gehlot\tवैभव गहलोत|गहलोत\tx\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("short-names.tsv"), "#short\tname\n", StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(e.getMessage().startsWith("persons.tsv:3: conflict: 'गहलोत'"), e.getMessage());
  }

  @Test
  void foreignPersonNeedsAKnownCountry(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.writeString(
        dir.resolve("foreign-persons.tsv"),
        "#name\taliases\tcountry\tnote\nJoe Biden\tजो बाइडन\tamerica\tUS politician\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(
        e.getMessage().startsWith("foreign-persons.tsv:2: unknown country id 'america'"),
        e.getMessage());
  }

  @Test
  void notablePersonsAreIndiansAndShareThePhraseTable(@TempDir Path dir) throws Exception {
    Lexicon lx = Lexicon.load(ModelSource.directory(TestPipeline.modelsDir()));
    Lexicon.Person srk = lx.personByKey(TranslitKey.of("शाहरुख खान"));
    assertEquals("Shah Rukh Khan", srk.name());
    assertTrue(!srk.foreign(), "notable-persons.tsv lists Indians");
    assertEquals("Virat Kohli", lx.personByKey(TranslitKey.of("विराट कोहली")).name());
    copyModels(dir);
    Files.writeString(
        dir.resolve("notable-persons.tsv"),
        "#name\taliases\tnote\nShah Rukh Khan\tशाहरुख खान|अमित शाह\tHindi film actor\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> Lexicon.load(ModelSource.directory(dir)));
    assertTrue(
        e.getMessage().startsWith("notable-persons.tsv:2: conflict: 'अमित शाह'"), e.getMessage());
  }

  @Test
  void capitalsOnlyPhraseIsAnAcronymButAPersonsCapitalsAreNot() {
    Lexicon lx = Lexicon.load(ModelSource.directory(TestPipeline.modelsDir()));
    assertTrue(lx.isAcronym("up"), "UP (Uttar Pradesh) is listed in capitals only");
    assertTrue(lx.isAcronym("us"), "US (United States) is listed in capitals only");
    assertTrue(!lx.isAcronym("kcr"), "KCR is a person's: it stands in lower-case glosses too");
    assertTrue(lx.personByKey(TranslitKey.of("व्लादिमीर पुतिन")).foreign());
    assertEquals("russia", lx.personByKey(TranslitKey.of("Vladimir Putin")).countryId());
  }
}
