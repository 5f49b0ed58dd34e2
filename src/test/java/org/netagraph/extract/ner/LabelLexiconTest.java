package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLexiconTest {
  private static ConllSentence sentence(List<String> tokens, List<String> tags) {
    return new ConllSentence(tokens, tags, 1);
  }

  @Test
  void classIsMajorityTagAndHowOftenTheWordWasSeen() {
    LabelLexicon lexicon =
        LabelLexicon.of(
            List.of(
                sentence(List.of("कमला", "ने", "कहा"), List.of("B-PERSON", "O", "O")),
                sentence(List.of("कमला", "नगर", "में"), List.of("B-LOCATION", "I-LOCATION", "O")),
                sentence(List.of("कमला", "ने"), List.of("B-PERSON", "O"))));
    // PERSON twice, LOCATION once: majority PERSON (0), seen 3 times (bucket 1)
    assertEquals(1 + 0 * 3 + 1, lexicon.get(FeatureExtractor.wordHash("कमला")));
    // O once: majority O (3), bucket 0
    assertEquals(1 + 3 * 3 + 0, lexicon.get(FeatureExtractor.wordHash("कहा")));
    // matching form: edge punctuation and nukta do not make another word
    assertEquals(
        1 + 2 * 3 + 0,
        LabelLexicon.of(List.of(sentence(List.of("भाजपा"), List.of("B-ORGANIZATION"))))
            .get(FeatureExtractor.wordHash("भाजपा,")));
    assertEquals(0, lexicon.get(FeatureExtractor.wordHash("दिल्ली")));
  }

  @Test
  void rejectsUnsortedHashesAndBadClasses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LabelLexicon(new long[] {5, 3}, new byte[] {1, 1}));
    assertThrows(
        IllegalArgumentException.class, () -> new LabelLexicon(new long[] {3}, new byte[] {13}));
  }
}
