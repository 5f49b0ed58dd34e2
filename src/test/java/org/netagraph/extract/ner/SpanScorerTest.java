package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScorerTest {
  @Test
  void countsExactSpansPerType() {
    List<List<String>> gold =
        List.of(List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION"), List.of("B-ORGANIZATION"));
    List<List<String>> pred =
        List.of(List.of("B-PERSON", "O", "O", "B-LOCATION"), List.of("B-ORGANIZATION"));
    List<TypeScore> s = SpanScorer.score(gold, pred);
    assertEquals(new TypeScore("PERSON", 1, 1, 0), s.get(0));
    assertEquals(new TypeScore("LOCATION", 1, 1, 1), s.get(1));
    assertEquals(1.0, s.get(2).f1());
  }

  @Test
  void insideTagWithoutBeginStartsASpanLikeConllF1() {
    List<TypeScore> s =
        SpanScorer.score(
            List.of(List.of("O", "I-PERSON", "I-PERSON")),
            List.of(List.of("O", "B-PERSON", "I-PERSON")));
    assertEquals(new TypeScore("PERSON", 1, 1, 1), s.get(0));
  }

  @Test
  void adjacentBeginTagsAreTwoSpans() {
    List<TypeScore> s =
        SpanScorer.score(
            List.of(List.of("B-PERSON", "B-PERSON")), List.of(List.of("B-PERSON", "I-PERSON")));
    assertEquals(new TypeScore("PERSON", 2, 1, 0), s.get(0));
  }

  @Test
  void rejectsMisalignedInput() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SpanScorer.score(List.of(List.of("O")), List.of(List.of("O", "O"))));
  }
}
