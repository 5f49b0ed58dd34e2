package org.netagraph.extract.ner;

/**
 * First-order Viterbi decoding over the {@link ModelTags} (BILOU) with their constraints built in:
 * an I- or L- tag only follows B- or I- of its type, B- and I- are always followed by I- or L- of
 * their type, and a sentence does not end inside a name. Every decoded sequence is therefore valid
 * and reads as valid BIO, whatever the weights.
 */
final class Viterbi {
  static final int T = ModelTags.COUNT;

  /** Transition table size: row 0 is the sentence start, row {@code p + 1} follows tag p. */
  static final int TRANSITIONS = (T + 1) * T;

  /** Allowed predecessors of each tag, for a tight inner loop. */
  private static final int[][] PREDECESSORS = new int[T][];

  static {
    for (int t = 0; t < T; t++) {
      int c = 0;
      int[] p = new int[T];
      for (int q = 0; q < T; q++) {
        if (ModelTags.allowed(q, t)) {
          p[c++] = q;
        }
      }
      PREDECESSORS[t] = java.util.Arrays.copyOf(p, c);
    }
  }

  private Viterbi() {}

  /**
   * Best tag sequence for {@code n} tokens with scores {@code emissions[i * T + t]} and {@code
   * transitions[(prev + 1) * T + t]}; writes tags to {@code out[0, n)}.
   */
  static void decode(float[] emissions, int n, float[] transitions, int[] out) {
    if (n == 0) {
      return;
    }
    double[] score = new double[n * T];
    int[] back = new int[n * T];
    for (int t = 0; t < T; t++) {
      score[t] =
          ModelTags.allowed(-1, t)
              ? (double) emissions[t] + transitions[t]
              : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int prevRow = (i - 1) * T;
      int row = i * T;
      for (int t = 0; t < T; t++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : PREDECESSORS[t]) {
          double s = score[prevRow + p] + transitions[(p + 1) * T + t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[row + t] = best + emissions[row + t];
        back[row + t] = arg;
      }
    }
    int last = (n - 1) * T;
    int arg = ModelTags.O;
    for (int t = 0; t < T; t++) {
      if (ModelTags.mayEnd(t) && score[last + t] > score[last + arg]) {
        arg = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * T + arg];
    }
  }
}
