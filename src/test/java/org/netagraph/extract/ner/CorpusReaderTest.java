package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag maps and reading corpora in other tag sets, on text written for this test. */
class CorpusReaderTest {
  private static final String MAPS =
      "map\ttag\ttype\n"
          + "# a comment\n"
          + "il\tNEP\tPERSON\n"
          + "il\tNEL\tLOCATION\n"
          + "il\tNETI\tO\n"
          + "mc\tPolitician\tPERSON\n"
          + "mc\tArtist\tPERSON\n"
          + "mc\tHumanSettlement\tLOCATION\n";

  private static Map<String, TagMap> maps(Path dir) throws IOException {
    Path f = dir.resolve(TagMap.FILE);
    Files.writeString(f, MAPS, StandardCharsets.UTF_8);
    return TagMap.load(f);
  }

  private static CorpusReader.Result read(String text, TagMap map) throws IOException {
    return CorpusReader.parse(text.getBytes(StandardCharsets.UTF_8), "c.txt", map);
  }

  @Test
  void mapsSourceTypesOntoPersonLocationAndNothing(@TempDir Path dir) throws IOException {
    CorpusReader.Result r =
        read(
            "सुनीता\tB-NEP\nवर्मा\tI-NEP\nकल\tB-NETI\nजयपुर\tB-NEL\nगईं\tO\n", maps(dir).get("il"));
    assertEquals(
        List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O"), r.sentences().get(0).tags());
    assertEquals(0, r.repairedTags());
  }

  @Test
  void repairsTagsWithoutPrefixAndCountsThem(@TempDir Path dir) throws IOException {
    CorpusReader.Result r =
        read(
            "रमेश\tB-NEP\nशर्मा\t-NEP\nऔर\t-\nपटना\t-NEL\nमें\tO\nदिल्ली\tI-NEL\n",
            maps(dir).get("il"));
    assertEquals(
        List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "B-LOCATION"),
        r.sentences().get(0).tags());
    assertEquals(3, r.repairedTags());
  }

  @Test
  void readsSpaceSeparatedColumnsSkipsIdCommentsAndCollapsesPersonTypes(@TempDir Path dir)
      throws IOException {
    CorpusReader.Result r =
        read(
            "# id 1234\tdomain=hi\nमोहन _ _ B-Politician\nलाल _ _ I-Politician\nगीता _ _ B-Artist\n"
                + "लखनऊ, _ _ B-HumanSettlement\nगए। _ _ O\n\n",
            maps(dir).get("mc"));
    assertEquals(1, r.sentences().size());
    assertEquals(List.of("मोहन", "लाल", "गीता", "लखनऊ,", "गए।"), r.sentences().get(0).tokens());
    assertEquals(
        List.of("B-PERSON", "I-PERSON", "B-PERSON", "B-LOCATION", "O"),
        r.sentences().get(0).tags());
  }

  @Test
  void anUnlistedTypeFailsWithFileAndLine(@TempDir Path dir) throws IOException {
    TagMap il = maps(dir).get("il");
    NerFormatException e =
        assertThrows(NerFormatException.class, () -> read("क\tO\nख\tB-NEO\n", il));
    assertEquals("c.txt:2: tag 'B-NEO': type 'NEO' is not in map il", e.getMessage());
  }

  @Test
  void aMalformedMapLineFailsWithFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve(TagMap.FILE);
    Files.writeString(f, "map\ttag\ttype\nil\tNEP\tPEOPLE\n", StandardCharsets.UTF_8);
    NerFormatException e = assertThrows(NerFormatException.class, () -> TagMap.load(f));
    assertEquals(
        f + ":2: type 'PEOPLE' is not one of [PERSON, LOCATION, ORGANIZATION] or O",
        e.getMessage());
    Files.writeString(f, "map\ttag\ttype\nil\tNEP\tPERSON\nil\tNEP\tO\n", StandardCharsets.UTF_8);
    e = assertThrows(NerFormatException.class, () -> TagMap.load(f));
    assertEquals(f + ":3: tag 'NEP' is listed twice in map 'il'", e.getMessage());
    Files.writeString(f, "map\ttag\ttype\nil\tNEP\n", StandardCharsets.UTF_8);
    e = assertThrows(NerFormatException.class, () -> TagMap.load(f));
    assertEquals(f + ":2: 2 columns, expected 3", e.getMessage());
  }

  @Test
  void theShippedMapsLoadAndCoverThePersonTypes() throws IOException {
    Map<String, TagMap> m = TagMap.load(Path.of("models", TagMap.FILE));
    assertEquals(0, m.get("ilner").type("NEP"));
    assertEquals(0, m.get("multiconer").type("SportsManager"));
    assertEquals(1, m.get("multiconer").type("Facility"));
    assertEquals(TagMap.NONE, m.get("multiconer").type("VisualWork"));
    assertEquals(2, m.get("hiner").type("ORGANIZATION"));
  }
}
