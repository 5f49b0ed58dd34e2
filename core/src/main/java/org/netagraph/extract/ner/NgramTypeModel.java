package org.netagraph.extract.ner;

import java.util.Arrays;
import java.util.List;

/**
 * What kind of entity a word looks like from its letters alone, learned from labelled text: for
 * every character n-gram (lengths 2 to 4 of {@code ^word$}, loose form) the number of distinct
 * training words of each class (PERSON, LOCATION, ORGANIZATION, O) that contain it. A word's score
 * for a class is the mean log-likelihood ratio of its n-grams, that class against the others, so
 * names never seen in training still score by how they are spelt (ओबांडा, लिवनी). Counting word
 * types, not tokens, keeps frequent function words from dominating. Immutable and thread-safe.
 */
final class NgramTypeModel {
  static final int CLASSES = 4;
  private static final int O = 3;

  private final long[] grams;
  private final int[] counts; // CLASSES per gram
  private final long[] totals = new long[CLASSES];
  private final LongIntMap index;

  /** From n-gram hashes in ascending order and their {@link #CLASSES} counts each. */
  NgramTypeModel(long[] grams, int[] counts) {
    if (counts.length != grams.length * CLASSES) {
      throw new IllegalArgumentException(
          grams.length + " n-grams but " + counts.length + " counts");
    }
    this.grams = grams.clone();
    this.counts = counts.clone();
    this.index = new LongIntMap(grams.length);
    for (int i = 0; i < grams.length; i++) {
      if (i > 0 && grams[i] <= grams[i - 1]) {
        throw new IllegalArgumentException("n-gram hashes not ascending at " + i);
      }
      index.put(grams[i], i);
      for (int c = 0; c < CLASSES; c++) {
        if (counts[i * CLASSES + c] < 0) {
          throw new IllegalArgumentException("negative n-gram count at " + i);
        }
        totals[c] += counts[i * CLASSES + c];
      }
    }
  }

  static NgramTypeModel empty() {
    return new NgramTypeModel(new long[0], new int[0]);
  }

  /** Counts the n-grams of each distinct (word, class) of {@code sentences}. */
  static NgramTypeModel of(List<ConllSentence> sentences) {
    return of(sentences, List.of());
  }

  /**
   * Counts the n-grams of each distinct (word, class) of {@code sentences}, and of {@code
   * personWords} as PERSON words.
   */
  static NgramTypeModel of(List<ConllSentence> sentences, List<String> personWords) {
    List<ConllSentence> all = new java.util.ArrayList<>(sentences);
    for (String w : personWords) {
      all.add(new ConllSentence(List.of(w), List.of("B-PERSON"), 0));
    }
    return count(all);
  }

  private static NgramTypeModel count(List<ConllSentence> sentences) {
    LongIntMap seen = new LongIntMap(1 << 16); // word hash -> class bits seen
    LongIntMap gramRow = new LongIntMap(1 << 16);
    long[] rowGram = new long[1 << 16];
    int[] rowCounts = new int[(1 << 16) * CLASSES];
    int rows = 0;
    for (ConllSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        String form = TextNormalizer.matchForm(s.tokens().get(i));
        int script = TextNormalizer.script(form);
        if (script == TextNormalizer.SCRIPT_PUNCT || script == TextNormalizer.SCRIPT_DIGIT) {
          continue;
        }
        int tag = BioTags.index(s.tags().get(i));
        int cls = tag == BioTags.O ? O : BioTags.type(tag);
        String loose = TextNormalizer.looseForm(form);
        long wordHash = Hashing.chars(loose);
        int bits = seen.get(wordHash, 0);
        if ((bits & (1 << cls)) != 0) {
          continue; // one count per word type and class
        }
        seen.put(wordHash, bits | (1 << cls));
        String w = "^" + loose + "$";
        for (int k = 2; k <= 4; k++) {
          for (int j = 0; j + k <= w.length(); j++) {
            long g = Hashing.chars(w, j, j + k);
            int r = gramRow.get(g, -1);
            if (r < 0) {
              r = rows++;
              gramRow.put(g, r);
              if (r == rowGram.length) {
                rowGram = Arrays.copyOf(rowGram, r * 2);
                rowCounts = Arrays.copyOf(rowCounts, r * 2 * CLASSES);
              }
              rowGram[r] = g;
            }
            rowCounts[r * CLASSES + cls]++;
          }
        }
      }
    }
    long[] sorted = Arrays.copyOf(rowGram, rows);
    Arrays.sort(sorted);
    int[] counts = new int[rows * CLASSES];
    for (int i = 0; i < rows; i++) {
      int r = gramRow.get(sorted[i], -1);
      System.arraycopy(rowCounts, r * CLASSES, counts, i * CLASSES, CLASSES);
    }
    return new NgramTypeModel(sorted, counts);
  }

  int size() {
    return grams.length;
  }

  long[] grams() {
    return grams.clone();
  }

  int[] counts() {
    return counts.clone();
  }

  /**
   * Bins (-4..4) of the scores of PERSON, LOCATION and ORGANIZATION against the rest, written to
   * {@code out[0..2]}; all 0 for an empty model.
   */
  void bins(String matchForm, int[] out) {
    if (grams.length == 0) {
      Arrays.fill(out, 0, 3, 0);
      return;
    }
    String w = "^" + TextNormalizer.looseForm(matchForm) + "$";
    double[] sum = new double[3];
    int n = 0;
    long all = totals[0] + totals[1] + totals[2] + totals[3];
    for (int k = 2; k <= 4; k++) {
      for (int j = 0; j + k <= w.length(); j++) {
        int r = index.get(Hashing.chars(w, j, j + k), -1);
        n++;
        int rowAll = 0;
        if (r >= 0) {
          for (int c = 0; c < CLASSES; c++) {
            rowAll += counts[r * CLASSES + c];
          }
        }
        for (int c = 0; c < 3; c++) {
          int in = r < 0 ? 0 : counts[r * CLASSES + c];
          int out2 = rowAll - in;
          sum[c] +=
              Math.log((in + 0.5) / (totals[c] + 1.0))
                  - Math.log((out2 + 0.5) / (all - totals[c] + 1.0));
        }
      }
    }
    for (int c = 0; c < 3; c++) {
      long b = Math.round(sum[c] / n * 2);
      out[c] = (int) Math.max(-4, Math.min(4, b));
    }
  }
}
