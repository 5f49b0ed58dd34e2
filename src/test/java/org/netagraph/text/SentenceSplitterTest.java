package org.netagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netagraph.model.Script;
import org.netagraph.model.Sentence;

class SentenceSplitterTest {
  @Test
  void dandaEndsHindiSentences() {
    List<Sentence> s = SentenceSplitter.split("राहुल गांधी दिल्ली पहुंचे। उन्होंने बैठक की।");
    assertEquals(2, s.size());
    assertEquals("राहुल गांधी दिल्ली पहुंचे।", s.get(0).text());
  }

  @Test
  void initialsAndTitlesDoNotEndSentences() {
    List<Sentence> s =
        SentenceSplitter.split("Puducherry CM V. Narayanasamy met Dr. Rao. Then he left.");
    assertEquals(2, s.size(), s.toString());
    List<Sentence> h =
        SentenceSplitter.split("भाजपा महासचिव बी.एल. संतोष और डॉ. सिंह पहुंचे। फिर बैठक हुई।");
    assertEquals(2, h.size(), h.toString());
  }

  @Test
  void tweetLinksStayInTheirSentence() {
    List<Sentence> s =
        SentenceSplitter.split(
            "It was a good meeting. pic.twitter.com/abc123 — ANI (@ANI) July 1, 2019");
    assertEquals(2, s.size(), s.toString());
    assertTrue(s.get(1).text().contains("twitter.com/abc123"));
  }

  @Test
  void paragraphsAreCounted() {
    List<Sentence> s = SentenceSplitter.split("पहला।\n\nदूसरा।");
    assertEquals(0, s.get(0).paragraph());
    assertEquals(1, s.get(1).paragraph());
  }

  @Test
  void tokensCarryTheirScript() {
    Sentence s = SentenceSplitter.split("कमलनाथ ( kamalnath meets rahul gandhi )").get(0);
    assertEquals(Script.DEVANAGARI, s.tokens().get(0).script());
    assertEquals(Script.PUNCT, s.tokens().get(1).script());
    assertEquals(Script.LATIN, s.tokens().get(2).script());
  }

  @Test
  void aVeryLongLineIsCut() {
    String line = "शब्द ".repeat(5000);
    List<Sentence> s = SentenceSplitter.split(line);
    assertTrue(s.size() >= 5000 / SentenceSplitter.MAX_TOKENS, "sentences: " + s.size());
  }
}
