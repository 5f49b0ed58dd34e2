package org.netagraph.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Learns {@link WordClusters} from unlabelled sentences with the predictive exchange algorithm
 * (Uszkoreit and Brants 2008): words are put into classes so that the class of a word predicts the
 * next word well, maximising {@code sum N(c,w) log N(c,w) - sum N(c) log N(c)} by moving one word
 * at a time to its best class, for a few passes over the vocabulary in order of frequency (the
 * start puts the word of rank r in class r mod C, so the result is deterministic). Run once on the
 * text and once on the reversed text, at two numbers of classes each, for the four levels of {@link
 * WordClusters}. Words seen fewer than {@code minCount} times are not clustered.
 */
final class ExchangeClustering {
  private static final int F_CACHE = 1 << 16;
  private static final double[] F = new double[F_CACHE];

  static {
    for (int i = 1; i < F_CACHE; i++) {
      F[i] = i * Math.log(i);
    }
  }

  private ExchangeClustering() {}

  private static double f(int x) {
    return x < F_CACHE ? F[x] : x * Math.log(x);
  }

  /**
   * @param sentences token lists (any text; tags are not read)
   * @param coarse classes of the coarse levels
   * @param fine classes of the fine levels
   * @param passes passes over the vocabulary
   */
  static WordClusters learn(
      List<List<String>> sentences, int coarse, int fine, int minCount, int passes) {
    LongIntMap ids = new LongIntMap(1 << 16);
    List<Long> hashes = new ArrayList<>();
    List<int[]> encoded = new ArrayList<>();
    hashes.add(0L); // id 0: sentence boundary
    for (List<String> s : sentences) {
      int[] e = new int[s.size()];
      for (int i = 0; i < e.length; i++) {
        long h = FeatureExtractor.wordHash(s.get(i));
        int id = ids.get(h, -1);
        if (id < 0) {
          id = hashes.size();
          ids.put(h, id);
          hashes.add(h);
        }
        e[i] = id;
      }
      encoded.add(e);
    }
    int v = hashes.size();
    int[] count = new int[v];
    for (int[] e : encoded) {
      for (int id : e) {
        count[id]++;
      }
    }
    // words to cluster, by falling frequency (ties by id, i.e. first appearance)
    Integer[] byFreq = new Integer[v - 1];
    for (int i = 1; i < v; i++) {
      byFreq[i - 1] = i;
    }
    Arrays.sort(byFreq, (a, b) -> count[a] != count[b] ? count[b] - count[a] : a - b);
    int clustered = 0;
    while (clustered < byFreq.length && count[byFreq[clustered]] >= minCount) {
      clustered++;
    }
    int[] order = new int[clustered];
    for (int i = 0; i < clustered; i++) {
      order[i] = byFreq[i];
    }
    int[][] levels = new int[WordClusters.LEVELS][];
    levels[WordClusters.RIGHT_COARSE] = cluster(encoded, v, order, coarse, passes, false);
    levels[WordClusters.RIGHT_FINE] = cluster(encoded, v, order, fine, passes, false);
    levels[WordClusters.LEFT_COARSE] = cluster(encoded, v, order, coarse, passes, true);
    levels[WordClusters.LEFT_FINE] = cluster(encoded, v, order, fine, passes, true);
    long[] words = new long[clustered];
    long[] paths = new long[clustered];
    Integer[] byHash = new Integer[clustered];
    for (int i = 0; i < clustered; i++) {
      byHash[i] = order[i];
    }
    Arrays.sort(byHash, (a, b) -> Long.compare(hashes.get(a), hashes.get(b)));
    int[] ids1 = new int[WordClusters.LEVELS];
    for (int i = 0; i < clustered; i++) {
      int w = byHash[i];
      words[i] = hashes.get(w);
      for (int l = 0; l < WordClusters.LEVELS; l++) {
        ids1[l] = levels[l][w] + 1;
      }
      paths[i] = WordClusters.pack(ids1);
    }
    return new WordClusters(words, paths);
  }

  /**
   * Classes of the words in {@code order} (others: -1), by the words that follow them, or precede
   * them when {@code reverse}. Followers are all words (rare ones share one id with the boundary).
   */
  private static int[] cluster(
      List<int[]> sentences, int v, int[] order, int classes, int passes, boolean reverse) {
    int[] cls = new int[v];
    Arrays.fill(cls, -1);
    for (int r = 0; r < order.length; r++) {
      cls[order[r]] = r % classes;
    }
    // successor lists: for each history word, (next word, count) pairs
    LongIntMap pairIndex = new LongIntMap(1 << 18);
    List<int[]> pairs = new ArrayList<>(); // {history, next, count}
    int[] histCount = new int[v];
    for (int[] s : sentences) {
      int n = s.length;
      for (int k = 0; k <= n; k++) {
        int a = k == 0 ? 0 : s[reverse ? n - k : k - 1];
        int b = k == n ? 0 : s[reverse ? n - 1 - k : k];
        if (cls[a] < 0 && a != 0) {
          continue; // an unclustered history predicts nothing
        }
        long key = Hashing.mix(((long) a << 32) | b); // mixed: LongIntMap folds the halves
        int p = pairIndex.get(key, -1);
        if (p < 0) {
          pairIndex.put(key, pairs.size());
          pairs.add(new int[] {a, b, 1});
        } else {
          pairs.get(p)[2]++;
        }
        histCount[a]++;
      }
    }
    // group pairs by history
    int[] start = new int[v + 1];
    for (int[] p : pairs) {
      start[p[0] + 1]++;
    }
    for (int i = 0; i < v; i++) {
      start[i + 1] += start[i];
    }
    int[] next = new int[pairs.size()];
    int[] pairCount = new int[pairs.size()];
    int[] fill = Arrays.copyOf(start, v);
    for (int[] p : pairs) {
      int at = fill[p[0]]++;
      next[at] = p[1];
      pairCount[at] = p[2];
    }
    cls[0] = -1; // the boundary history stays out of the classes
    // N(class, next word), stored by next word so that one word's counts over classes are
    // contiguous: nc[w * classes + c]
    if ((long) v * classes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(v + " words in " + classes + " classes is too many");
    }
    int[] nc = new int[v * classes];
    long[] ncTotal = new long[classes];
    for (int w : order) {
      int c = cls[w];
      for (int p = start[w]; p < start[w + 1]; p++) {
        nc[next[p] * classes + c] += pairCount[p];
      }
      ncTotal[c] += histCount[w];
    }
    double[] gain = new double[classes];
    for (int pass = 0; pass < passes; pass++) {
      int moved = 0;
      for (int w : order) {
        int from = cls[w];
        int hw = histCount[w];
        // take w out of its class
        for (int p = start[w]; p < start[w + 1]; p++) {
          nc[next[p] * classes + from] -= pairCount[p];
        }
        ncTotal[from] -= hw;
        for (int c = 0; c < classes; c++) {
          long t = ncTotal[c];
          gain[c] = fl(t) - fl(t + hw);
        }
        for (int p = start[w]; p < start[w + 1]; p++) {
          int base = next[p] * classes;
          int k = pairCount[p];
          double fk = f(k);
          for (int c = 0; c < classes; c++) {
            int x = nc[base + c];
            gain[c] += x == 0 ? fk : f(x + k) - f(x);
          }
        }
        int best = from;
        double bestGain = gain[from];
        for (int c = 0; c < classes; c++) {
          if (gain[c] > bestGain + 1e-9) {
            bestGain = gain[c];
            best = c;
          }
        }
        for (int p = start[w]; p < start[w + 1]; p++) {
          nc[next[p] * classes + best] += pairCount[p];
        }
        ncTotal[best] += hw;
        if (best != from) {
          cls[w] = best;
          moved++;
        }
      }
      if (moved == 0) {
        break;
      }
    }
    return cls;
  }

  private static double fl(long x) {
    return x < F_CACHE ? F[(int) x] : x * Math.log(x);
  }
}
