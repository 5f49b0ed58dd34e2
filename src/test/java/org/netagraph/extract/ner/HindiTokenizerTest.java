package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HindiTokenizerTest {
  private static List<String> texts(String s) {
    return HindiTokenizer.instance().tokenize(s).stream().map(Token::text).toList();
  }

  @Test
  void separatesDandaCommaQuotesAndBrackets() {
    assertEquals(
        List.of("सुनीता", "ने", "कहा", ",", "\"", "हम", "जीतेंगे", "\"", "(", "पटना", ")", "।"),
        texts("सुनीता ने कहा, \"हम जीतेंगे\" (पटना)।"));
  }

  @Test
  void keepsHyphenatedWordsAndNumbersTogether() {
    assertEquals(
        List.of("जम्मू-कश्मीर", "में", "2008-09", "के", "1,200", "और", "3.5", "%"),
        texts("जम्मू-कश्मीर में 2008-09 के 1,200 और 3.5%"));
  }

  @Test
  void keepsLatinInitialsAndAbbreviations() {
    assertEquals(
        List.of("V.", "Narayanasamy", "U.S.", "N.Z.A.", ",", "Dr", "."),
        texts("V. Narayanasamy U.S. N.Z.A., Dr."));
  }

  @Test
  void keepsRunsOfOnePunctuationCharacter() {
    assertEquals(List.of("अच्छा", "...", "ठीक", "?", "!"), texts("अच्छा... ठीक?!"));
  }

  @Test
  void sentenceFinalFullStopIsItsOwnToken() {
    assertEquals(List.of("यह", "अच्छा", "है", "."), texts("यह अच्छा है."));
  }

  @Test
  void offsetsPointIntoTheSource() {
    String s = "  भोपाल,\u00A0इंदौर ";
    for (Token t : HindiTokenizer.instance().tokenize(s)) {
      assertEquals(t.text(), s.substring(t.start(), t.end()));
    }
    assertEquals(3, HindiTokenizer.instance().tokenize(s).size());
  }

  @Test
  void keepsZeroWidthJoinersInsideWords() {
    assertEquals(List.of("क्\u200Dष"), texts("क्\u200Dष"));
  }

  @Test
  void emptyAndBlankTextGiveNoTokens() {
    assertEquals(List.of(), texts(""));
    assertEquals(List.of(), texts(" \n\t"));
    assertThrows(IllegalArgumentException.class, () -> HindiTokenizer.instance().tokenize(null));
  }
}
