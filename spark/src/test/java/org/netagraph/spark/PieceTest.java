package org.netagraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Merging pieces gives the same row in whatever order Spark combines them. */
class PieceTest {
  private static Piece person(long ord, String name, int rank) {
    return new Piece(
        Piece.Kind.PERSON,
        "k",
        ord,
        new String[] {"id-of-" + ord, name, Long.toString(ord)},
        rank,
        null,
        null);
  }

  private static Piece holds(long ord, String article) {
    return new Piece(
        Piece.Kind.HOLDS,
        "k",
        ord,
        new String[] {"p", "o", "current"},
        0,
        null,
        List.of(new Piece.Evidence(ord, article, "s" + ord, "", "r")));
  }

  private static Piece mergeInRandomOrder(List<Piece> pieces, long seed) {
    List<Piece> l = new ArrayList<>(pieces);
    Random r = new Random(seed);
    Collections.shuffle(l, r);
    while (l.size() > 1) { // pairs as a tree, as partitions and combiners do
      int i = r.nextInt(l.size() - 1);
      l.set(i, Piece.merge(l.get(i), l.remove(i + 1)));
    }
    return l.get(0);
  }

  @Test
  void personKeepsFirstIdAndFirstNameOfTheBestSourceInAnyMergeOrder() {
    List<Piece> ps =
        List.of(person(1, "A", 1), person(2, "B", 3), person(3, "C", 3), person(4, "D", 2));
    for (long seed = 0; seed < 50; seed++) {
      Piece m = mergeInRandomOrder(ps, seed);
      assertEquals("id-of-1", m.values[0], "seed " + seed);
      assertEquals("B", m.values[1], "seed " + seed);
      assertEquals(3, m.rank);
    }
  }

  @Test
  void factEvidenceIsInInputOrderWithEachArticleOnce() {
    List<Piece> ps = List.of(holds(5, "e"), holds(1, "a"), holds(3, "c"), holds(2, "b"));
    for (long seed = 0; seed < 50; seed++) {
      Piece m = mergeInRandomOrder(ps, seed);
      assertEquals(
          List.of("a", "b", "c", "e"),
          m.evidence.stream().map(Piece.Evidence::article).toList(),
          "seed " + seed);
    }
  }
}
