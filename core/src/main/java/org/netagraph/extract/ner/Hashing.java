package org.netagraph.extract.ner;

/**
 * Stable 64-bit hashing of strings and feature conjunctions. The values are part of the model file
 * format: changing anything here changes every feature key, so bump {@link
 * ModelCodec#FEATURE_VERSION}.
 */
final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  /** SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Hash of the UTF-16 code units {@code s[from, to)}. */
  static long chars(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return mix(h ^ (to - from));
  }

  static long chars(CharSequence s) {
    return chars(s, 0, s.length());
  }

  /** Feature key of template {@code template} with one value. */
  static long feature(int template, long value) {
    return mix(value + GOLDEN * (template + 1));
  }

  /** Feature key of template {@code template} with two values. */
  static long feature(int template, long a, long b) {
    return mix(feature(template, a) ^ (b * 0xff51afd7ed558ccdL + GOLDEN));
  }

  /** Extends a phrase key by one more token hash (gazetteer phrases). */
  static long extendPhrase(long phrase, long token) {
    return mix(phrase * 31 + token + GOLDEN);
  }

  /** The key of the empty phrase. */
  static final long EMPTY_PHRASE = 0x5bd1e9955bd1e995L;
}
