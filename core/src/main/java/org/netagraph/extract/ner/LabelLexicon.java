package org.netagraph.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How each word of the training data was mostly tagged there: one small class per word
 * (matching-form hash), {@code 1 + 3 * majority + bucket}, where majority is 0 PERSON, 1 LOCATION,
 * 2 ORGANIZATION or 3 O (ties go to the earlier) and bucket is how often the word was seen (0:
 * once, 1: 2-4 times, 2: 5 or more); 0 for a word not seen. The trainer gives each training
 * sentence the lexicon of the other four fifths of the training data (jackknife), so the weights
 * learn how far to trust it on words the lexicon has from other sentences, as on new text; the
 * model stores the lexicon of all the training data. Immutable and thread-safe.
 */
final class LabelLexicon {
  static final int MAX_CLASS = 12;

  private final long[] keys;
  private final byte[] classes;
  private final LongIntMap index;

  /** From hashes in ascending order and their classes (1..{@link #MAX_CLASS}). */
  LabelLexicon(long[] keys, byte[] classes) {
    if (keys.length != classes.length) {
      throw new IllegalArgumentException(
          keys.length + " lexicon words but " + classes.length + " classes");
    }
    this.keys = keys.clone();
    this.classes = classes.clone();
    this.index = new LongIntMap(keys.length);
    for (int i = 0; i < keys.length; i++) {
      if (i > 0 && keys[i] <= keys[i - 1]) {
        throw new IllegalArgumentException("lexicon hashes not ascending at " + i);
      }
      if (classes[i] < 1 || classes[i] > MAX_CLASS) {
        throw new IllegalArgumentException("bad lexicon class " + classes[i] + " at " + i);
      }
      index.put(keys[i], classes[i]);
    }
  }

  static LabelLexicon empty() {
    return new LabelLexicon(new long[0], new byte[0]);
  }

  /** Counts the tags of every word of {@code sentences}. */
  static LabelLexicon of(List<ConllSentence> sentences) {
    LongIntMap rowOf = new LongIntMap(1 << 16);
    List<int[]> counts = new ArrayList<>();
    List<Long> hashes = new ArrayList<>();
    for (ConllSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        long h = FeatureExtractor.wordHash(s.tokens().get(i));
        int r = rowOf.get(h, -1);
        if (r < 0) {
          r = counts.size();
          rowOf.put(h, r);
          counts.add(new int[4]);
          hashes.add(h);
        }
        int tag = BioTags.index(s.tags().get(i));
        counts.get(r)[tag == BioTags.O ? 3 : BioTags.type(tag)]++;
      }
    }
    long[] keys = new long[hashes.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = hashes.get(i);
    }
    Arrays.sort(keys);
    byte[] classes = new byte[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int[] c = counts.get(rowOf.get(keys[i], -1));
      int total = c[0] + c[1] + c[2] + c[3];
      int best = 0;
      for (int k = 1; k < 4; k++) {
        if (c[k] > c[best]) {
          best = k;
        }
      }
      int bucket = total == 1 ? 0 : total < 5 ? 1 : 2;
      classes[i] = (byte) (1 + best * 3 + bucket);
    }
    return new LabelLexicon(keys, classes);
  }

  /** The class of the word with matching-form hash {@code wordHash}, 0 if not listed. */
  int get(long wordHash) {
    return index.get(wordHash, 0);
  }

  int size() {
    return keys.length;
  }

  long[] keys() {
    return keys.clone();
  }

  byte[] classes() {
    return classes.clone();
  }
}
