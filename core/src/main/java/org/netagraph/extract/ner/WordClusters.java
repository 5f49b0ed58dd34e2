package org.netagraph.extract.ner;

/**
 * Word classes learned from unlabelled text ({@link ExchangeClustering}): for each clustered word
 * (matching-form hash), {@link #LEVELS} class ids packed into a long, 16 bits each: the class by
 * the words that follow it, coarse and fine, then by the words that precede it, coarse and fine.
 * Ids are stored plus one, so 0 means "not clustered". Immutable and thread-safe.
 */
final class WordClusters {
  static final int LEVELS = 4;
  static final int RIGHT_COARSE = 0;
  static final int RIGHT_FINE = 1;
  static final int LEFT_COARSE = 2;
  static final int LEFT_FINE = 3;

  private final long[] words;
  private final long[] paths;
  private final LongLongMap index;

  /** From hashes in ascending order and their packed classes (non-zero). */
  WordClusters(long[] words, long[] paths) {
    if (words.length != paths.length) {
      throw new IllegalArgumentException(
          words.length + " clustered words but " + paths.length + " class entries");
    }
    this.words = words.clone();
    this.paths = paths.clone();
    this.index = new LongLongMap(words.length);
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && words[i] <= words[i - 1]) {
        throw new IllegalArgumentException("cluster word hashes not ascending at " + i);
      }
      if (paths[i] == 0) {
        throw new IllegalArgumentException("empty cluster entry at " + i);
      }
      index.put(words[i], paths[i]);
    }
  }

  static WordClusters empty() {
    return new WordClusters(new long[0], new long[0]);
  }

  /** The packed classes of a word (0 if it was not clustered). */
  long get(long wordHash) {
    return index.get(wordHash);
  }

  /** Class id plus one at {@code level} of a packed entry; 0 for none. */
  static int level(long packed, int level) {
    return (int) ((packed >>> (16 * level)) & 0xFFFF);
  }

  static long pack(int[] idsPlusOne) {
    long p = 0;
    for (int l = 0; l < LEVELS; l++) {
      p |= ((long) (idsPlusOne[l] & 0xFFFF)) << (16 * l);
    }
    return p;
  }

  int size() {
    return words.length;
  }

  long[] words() {
    return words.clone();
  }

  long[] paths() {
    return paths.clone();
  }

  /** Open-addressing long-to-long map (0 absent). */
  private static final class LongLongMap {
    private final long[] keys;
    private final long[] values;
    private final int mask;

    LongLongMap(int expected) {
      int cap = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) << 1;
      keys = new long[cap];
      values = new long[cap];
      mask = cap - 1;
    }

    void put(long key, long value) {
      int i = (int) Hashing.mix(key) & mask;
      while (values[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
    }

    long get(long key) {
      int i = (int) Hashing.mix(key) & mask;
      while (values[i] != 0) {
        if (keys[i] == key) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return 0;
    }
  }
}
