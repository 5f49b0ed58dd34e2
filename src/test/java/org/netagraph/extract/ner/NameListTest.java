package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading name words from a candidates-style list written for this test. */
class NameListTest {
  @Test
  void keepsDevanagariNameWordsAndSkipsInitialsAndShortWords(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("names.tsv");
    Files.writeString(
        f,
        "name_english\tname_hindi\tparty\n"
            + "RAMESH KUMAR\tरमेश  कुमार\tX\n"
            + "S. ANITA\tएस. अनिता\tY\n"
            + "K MANI\tके मणि\tZ\n"
            + "RAMESH\tरमेश\tX\n",
        StandardCharsets.UTF_8);
    assertEquals(
        List.of("रमेश", "कुमार", "अनिता", "मणि"), NameList.parse(f + ":name_hindi").words());
  }

  @Test
  void aMissingColumnOrAShortLineFailsWithFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("names.tsv");
    Files.writeString(f, "a\tb\nx\ty\nz\n", StandardCharsets.UTF_8);
    NerFormatException e =
        assertThrows(NerFormatException.class, () -> new NameList(f, "c").words());
    assertEquals(f + ":1: header [a, b] has no column 'c'", e.getMessage());
    e = assertThrows(NerFormatException.class, () -> new NameList(f, "b").words());
    assertEquals(f + ":3: 1 columns, the header names 2", e.getMessage());
  }
}
