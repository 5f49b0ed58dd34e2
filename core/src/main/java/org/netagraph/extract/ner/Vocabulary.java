package org.netagraph.extract.ner;

import java.util.Arrays;

/** An immutable set of word hashes (matching form), stored sorted; thread-safe. */
final class Vocabulary {
  private static final Vocabulary EMPTY = new Vocabulary(new long[0]);

  private final long[] sorted;

  private Vocabulary(long[] sorted) {
    this.sorted = sorted;
  }

  static Vocabulary empty() {
    return EMPTY;
  }

  /** From hashes in any order; duplicates are dropped. */
  static Vocabulary of(long[] hashes) {
    long[] s = Arrays.stream(hashes).sorted().distinct().toArray();
    return new Vocabulary(s);
  }

  boolean contains(long hash) {
    return Arrays.binarySearch(sorted, hash) >= 0;
  }

  int size() {
    return sorted.length;
  }

  /** The hashes in ascending order (a copy). */
  long[] hashes() {
    return sorted.clone();
  }
}
