package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word classes from a small made-up text where word groups have distinct contexts. */
class ExchangeClusteringTest {
  private static int rightFine(WordClusters c, String w) {
    return WordClusters.level(c.get(FeatureExtractor.wordHash(w)), WordClusters.RIGHT_FINE);
  }

  @Test
  void wordsFollowedByDifferentWordsGetDifferentClasses() {
    String[] names = {"रमेश", "सुनीता", "मोहन", "गीता"};
    String[] places = {"जयपुर", "भोपाल", "पटना", "लखनऊ"};
    List<List<String>> text = new ArrayList<>();
    for (int r = 0; r < 6; r++) {
      for (String n : names) {
        for (String p : places) {
          text.add(List.of(n, "ने", p, "में", "कहा"));
        }
      }
    }
    WordClusters c = ExchangeClustering.learn(text, 2, 6, 2, 10);
    assertEquals(4 + 4 + 3, c.size()); // names, places and ने, में, कहा
    for (String n : names) {
      for (String p : places) {
        assertNotEquals(rightFine(c, n), rightFine(c, p), n + " and " + p);
      }
    }
    assertEquals(0, c.get(FeatureExtractor.wordHash("अनदेखा")));
  }

  @Test
  void sameTextGivesTheSameClasses() {
    List<List<String>> text = List.of(List.of("क", "ख", "ग"), List.of("क", "ख", "ग", "घ"));
    WordClusters a = ExchangeClustering.learn(text, 2, 3, 1, 5);
    WordClusters b = ExchangeClustering.learn(text, 2, 3, 1, 5);
    assertEquals(List.of(a.words().length, a.paths()[0]), List.of(b.words().length, b.paths()[0]));
  }
}
