package org.netagraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.support.TestPipeline;

class WordListBuilderTest {
  @Test
  void countsWordsInsideAndOutsideNames(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.conll");
    Files.writeString(
        f,
        "रिपोर्ट\tO\nजारी\tO\n\nरिपोर्ट\tO\nराहुल\tB-NEP\nरिपोर्ट\tI-NEP\n\nजारी\tO\n",
        StandardCharsets.UTF_8);
    Map<String, WordListBuilder.Counts> c = WordListBuilder.tagCounts(List.of(f), Set.of("NEP"));
    assertEquals(new WordListBuilder.Counts(3, 1), c.get("रिपोर्ट"));
    assertEquals(new WordListBuilder.Counts(2, 0), c.get("जारी"));
    Map<String, WordListBuilder.Counts> common = WordListBuilder.common(c);
    assertTrue(common.containsKey("जारी"), "twice, never in a name");
    assertTrue(!common.containsKey("रिपोर्ट"), "once in three inside a name");
    assertTrue(!common.containsKey("राहुल"));
  }

  @Test
  void alignsNamesWordByWordOnlyWhenBothHaveAsManyWords(@TempDir Path dir) throws Exception {
    Path eci = dir.resolve("eci.tsv");
    Files.writeString(
        eci,
        "name_english\tname_hindi\tparty\nRAMESH KUMAR\tरमेश कुमार\tX\nRamesh Kumaar\tरमेश कुमार\tX\n"
            + "RAMESH KUMAR\tरमेश कुमार\tY\nA. B. SEN\tए बी सेन\tZ\nSONU\tसोनू कुमार\tZ\n",
        StandardCharsets.UTF_8);
    List<String> got = new ArrayList<>();
    for (WordListBuilder.NameWord n : WordListBuilder.nameWords(eci)) {
      got.add(n.word() + "=" + n.latin() + "/" + n.pairs() + "/" + n.seen());
    }
    assertEquals(List.of("कुमार=Kumar/2/3", "रमेश=Ramesh/3/3"), got);
  }

  /** The lists in models/ are exactly what build-wordlists makes from the shared corpora. */
  @Test
  void shippedListsAreWhatTheBuilderMakes(@TempDir Path out) throws Exception {
    Path extra = TestPipeline.sharedCorpus().resolve("ner-extra");
    assumeTrue(Files.isDirectory(extra), "needs ../shared/corpus/ner-extra");
    List<Path> conll = new ArrayList<>();
    for (String c :
        List.of(
            "ilner_hi_train.txt",
            "ilner_hi_dev.txt",
            "ilner_hi_test.txt",
            "multiconer2_hi_train.conll",
            "multiconer2_hi_dev.conll")) {
      conll.add(extra.resolve(c));
    }
    WordListBuilder.build(
        conll,
        Set.of(
            "NEP",
            "Politician",
            "Artist",
            "OtherPER",
            "Athlete",
            "Cleric",
            "Scientist",
            "SportsManager"),
        extra.resolve("eci2021_candidates_en_hi.tsv"),
        out,
        "IL-NER Hindi (CC BY 4.0), MultiCoNER II Hindi (CC BY 4.0) and the ECI 2021 candidates"
            + " list of in-rolls/indicate (MIT)");
    for (String f : List.of("common-words-hi.tsv", "name-words-hi.tsv")) {
      assertEquals(
          Files.readString(TestPipeline.modelsDir().resolve(f), StandardCharsets.UTF_8),
          Files.readString(out.resolve(f), StandardCharsets.UTF_8),
          f + " differs from what build-wordlists makes: rebuild it");
    }
  }
}
