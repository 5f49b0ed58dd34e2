package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word types from character n-grams, on made-up words. */
class NgramTypeModelTest {
  @Test
  void anUnseenWordSpeltLikeTrainingNamesScoresAsAPerson() {
    List<ConllSentence> s = new ArrayList<>();
    for (String name : new String[] {"सुरेश", "महेश", "रमेश", "दिनेश", "उमेश"}) {
      s.add(new ConllSentence(List.of(name, "ने", "कहा"), List.of("B-PERSON", "O", "O"), 1));
    }
    for (String place : new String[] {"रामपुर", "सीतापुर", "जयपुर", "कानपुर", "नागपुर"}) {
      s.add(new ConllSentence(List.of(place, "में", "रैली"), List.of("B-LOCATION", "O", "O"), 1));
    }
    NgramTypeModel m = NgramTypeModel.of(s);
    int[] bins = new int[3];
    m.bins("गणेश", bins);
    assertTrue(bins[0] > 0 && bins[1] < 0, "गणेश " + bins[0] + " " + bins[1]);
    m.bins("बदनपुर", bins);
    assertTrue(bins[1] > 0 && bins[0] < 0, "बदनपुर " + bins[0] + " " + bins[1]);
  }

  @Test
  void countsEachWordTypeOncePerClassAndRoundTripsItsTables() {
    ConllSentence a = new ConllSentence(List.of("के", "के", "के"), List.of("O", "O", "O"), 1);
    NgramTypeModel m = NgramTypeModel.of(List.of(a));
    // ^के$ has the n-grams ^क, के, े$, ^के, के$, ^के$: six, each counted once
    assertEquals(6, m.size());
    for (int i = 0; i < m.size(); i++) {
      assertArrayEquals(
          new int[] {0, 0, 0, 1}, java.util.Arrays.copyOfRange(m.counts(), i * 4, i * 4 + 4));
    }
    NgramTypeModel copy = new NgramTypeModel(m.grams(), m.counts());
    int[] x = new int[3];
    int[] y = new int[3];
    m.bins("केला", x);
    copy.bins("केला", y);
    assertArrayEquals(x, y);
  }
}
