package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void dropsNuktaAndFoldsChandrabindu() {
    assertEquals("जिला", TextNormalizer.matchForm("ज़िला"));
    assertEquals("जिला", TextNormalizer.matchForm("\u095Bिला")); // precomposed ज़
    assertEquals("गांधी", TextNormalizer.matchForm("गाँधी"));
  }

  @Test
  void foldsNasalHalfConsonantIntoAnusvara() {
    assertEquals(TextNormalizer.matchForm("हिंदी"), TextNormalizer.matchForm("हिन्दी"));
    assertEquals(TextNormalizer.matchForm("नरेंद्र"), TextNormalizer.matchForm("नरेन्द्र"));
  }

  @Test
  void stripsEdgePunctuationButKeepsPurePunctuation() {
    assertEquals("है", TextNormalizer.matchForm("है."));
    assertEquals("मैं", TextNormalizer.matchForm("\"मैं"));
    assertEquals("जंमू-कश्मीर", TextNormalizer.matchForm("(जम्मू-कश्मीर),")); // म् + म folded
    assertEquals("।", TextNormalizer.matchForm("।"));
    assertEquals(".\"", TextNormalizer.matchForm(".\""));
  }

  @Test
  void lowerCasesLatinAndMapsDevanagariDigits() {
    assertEquals("bjp", TextNormalizer.matchForm("BJP"));
    assertEquals("2019", TextNormalizer.matchForm("२०१९"));
  }

  @Test
  void returnsTheSameStringWhenNothingChanges() {
    String s = "भोपाल";
    assertSame(s, TextNormalizer.matchForm(s));
  }

  @Test
  void looseFormFoldsLongAndShortVowelsForNames() {
    assertEquals(
        TextNormalizer.looseForm(TextNormalizer.matchForm("शाहरुख")),
        TextNormalizer.looseForm(TextNormalizer.matchForm("शाहरूख")));
    assertEquals(
        TextNormalizer.looseForm(TextNormalizer.matchForm("थरूर")),
        TextNormalizer.looseForm(TextNormalizer.matchForm("थरुर")));
    assertEquals("मोदि", TextNormalizer.looseForm("मोदी"));
    String unchanged = "भाजपा";
    assertSame(unchanged, TextNormalizer.looseForm(unchanged));
  }
}
