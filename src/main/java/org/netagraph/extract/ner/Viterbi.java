package org.netagraph.extract.ner;

/**
 * First-order Viterbi decoding over the seven BIO tags with the BIO constraint built in: an
 * I- tag is only reachable from the B- or I- tag of its type, so every decoded sequence is valid
 * BIO whatever the weights.
 */
final class Viterbi {
  static final int T = BioTags.COUNT;

  /** Transition table size: row 0 is the sentence start, row {@code p + 1} follows tag p. */
  static final int TRANSITIONS = (T + 1) * T;

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
          BioTags.allowed(-1, t)
              ? (double) emissions[t] + transitions[t]
              : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int prevRow = (i - 1) * T;
      int row = i * T;
      for (int t = 0; t < T; t++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < T; p++) {
          if (!BioTags.allowed(p, t)) {
            continue;
          }
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
    int arg = 0;
    for (int t = 1; t < T; t++) {
      if (score[last + t] > score[last + arg]) {
        arg = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * T + arg];
    }
  }
}
