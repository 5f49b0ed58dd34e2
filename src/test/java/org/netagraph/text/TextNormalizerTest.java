package org.netagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void removesJoinersAndFoldsSpaces() {
    assertEquals(
        "कांग्रेस अध्यक्ष", TextNormalizer.normalize("कां\u200Dग्रेस\u00A0\u00A0अध्य\u200Cक्ष"));
  }

  @Test
  void keepsDoubledVowelSignOnce() {
    assertEquals("छोड़ने", TextNormalizer.normalize("छोड़नेे"));
  }

  @Test
  void composesToNfc() {
    // precomposed ड़ (U+095C) and ड + nukta normalise to one form
    assertEquals(TextNormalizer.normalize("\u095C"), TextNormalizer.normalize("\u0921\u093C"));
  }

  @Test
  void matchFormDropsNuktaAndChandrabindu() {
    assertEquals(TextNormalizer.matchForm("गांधी"), TextNormalizer.matchForm("गाँधी"));
    assertEquals(TextNormalizer.matchForm("जाखड"), TextNormalizer.matchForm("जाखड़"));
    assertEquals("madhya pradesh", TextNormalizer.matchForm("Madhya Pradesh"));
  }
}
