package org.netagraph.extract.ner;

import java.util.Arrays;
import java.util.List;

/**
 * The mutable state of one averaged structured perceptron over BILOU tags ({@link ModelTags}), with
 * loss-augmented decoding, per-sentence update weights and, optionally, domain copies of every
 * feature (Daumé's "frustratingly easy" adaptation): a sentence of corpus {@code d} fires each
 * feature twice, once shared by all corpora and once for corpus {@code d} alone, so the shared
 * weights learn what the corpora agree on and the copies absorb each corpus's own habits. The model
 * keeps the shared weights plus the copies of the first corpus (the target), summed into one row
 * per feature, so tagging costs the same as without copies. Not thread-safe.
 */
final class PerceptronTrainer {
  private static final int T = ModelTags.COUNT;
  private static final float PRUNE_BELOW = 1e-4f;
  private static final long DOMAIN_SALT = 0x2545F4914F6CDD1DL;

  private final Shared shared;
  private final float[] weights;
  private final double[] accumulated; // sum of c * update, for averaging
  private final float[] transitions = new float[Viterbi.TRANSITIONS];
  private final double[] accumulatedTransitions = new double[Viterbi.TRANSITIONS];
  private long step = 1;

  /** Extracted features, shared by the members of an ensemble. */
  private static final class Shared {
    int[][] rows; // per sentence: feature rows, token after token
    int[][] offsets; // per sentence: start of token i's rows in rows[s], n + 1
    int[][] gold;
    float[] updateWeight;
    long[] keys;
    boolean[] domainRow;
    LongIntMap index;
  }

  /** A fresh perceptron over the same extracted features as {@code other}. */
  PerceptronTrainer(PerceptronTrainer other) {
    shared = other.shared;
    weights = new float[other.weights.length];
    accumulated = new double[other.accumulated.length];
  }

  /**
   * @param parts extractors for training sentence q: {@code parts[q % parts.length]}
   * @param adapt whether features get per-corpus copies
   */
  PerceptronTrainer(FeatureExtractor[] parts, List<TrainingData.Sentence> train, boolean adapt) {
    Shared sh = new Shared();
    LongIntMap index = new LongIntMap(1 << 20);
    long[] keyList = new long[1 << 20];
    boolean[] domainList = new boolean[1 << 20];
    int size = 0;
    sh.rows = new int[train.size()][];
    sh.offsets = new int[train.size()][];
    sh.gold = new int[train.size()][];
    sh.updateWeight = new float[train.size()];
    int copies = adapt ? 2 : 1;
    for (int s = 0; s < train.size(); s++) {
      TrainingData.Sentence ts = train.get(s);
      ConllSentence sentence = ts.sentence();
      int n = sentence.size();
      long[] k = new long[n * FeatureExtractor.MAX_FEATURES];
      int[] counts = new int[n];
      parts[s % parts.length].extract(sentence.tokens(), k, counts);
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      int[] r = new int[total * copies];
      int[] off = new int[n + 1];
      int p = 0;
      for (int i = 0; i < n; i++) {
        off[i] = p;
        for (int j = 0; j < counts[i]; j++) {
          long general = k[i * FeatureExtractor.MAX_FEATURES + j];
          for (int copy = 0; copy < copies; copy++) {
            long key = copy == 0 ? general : domainKey(general, ts.corpus());
            int row = index.get(key, -1);
            if (row < 0) {
              row = size++;
              index.put(key, row);
              if (row == keyList.length) {
                keyList = Arrays.copyOf(keyList, keyList.length * 2);
                domainList = Arrays.copyOf(domainList, domainList.length * 2);
              }
              keyList[row] = key;
              domainList[row] = copy == 1;
            }
            r[p++] = row;
          }
        }
      }
      off[n] = p;
      sh.rows[s] = r;
      sh.offsets[s] = off;
      sh.gold[s] = goldIndices(sentence);
      sh.updateWeight[s] = ts.weight();
    }
    sh.keys = Arrays.copyOf(keyList, size);
    sh.domainRow = Arrays.copyOf(domainList, size);
    sh.index = index;
    shared = sh;
    weights = new float[size * T];
    accumulated = new double[size * T];
  }

  static long domainKey(long key, int corpus) {
    return Hashing.mix(key ^ (DOMAIN_SALT * (corpus + 1)));
  }

  int sentences() {
    return shared.gold.length;
  }

  /**
   * Gold tags as {@link ModelTags} (BILOU) indices, with an I- tag that continues nothing read as
   * B- (as scored).
   */
  private static int[] goldIndices(ConllSentence sentence) {
    int[] g = new int[sentence.size()];
    int previous = -1;
    for (int i = 0; i < g.length; i++) {
      int tag = BioTags.index(sentence.tags().get(i));
      if (!BioTags.allowed(previous, tag)) {
        tag = tag - 1;
      }
      g[i] = tag;
      previous = tag;
    }
    return ModelTags.fromBio(g);
  }

  /** One pass over the sentences in {@code order}. */
  void epoch(int[] order) {
    for (int s : order) {
      int n = shared.gold[s].length;
      int[] r = shared.rows[s];
      int[] off = shared.offsets[s];
      float[] emissions = new float[n * T];
      for (int i = 0; i < n; i++) {
        for (int p = off[i]; p < off[i + 1]; p++) {
          int w = r[p] * T;
          for (int t = 0; t < T; t++) {
            emissions[i * T + t] += weights[w + t];
          }
        }
      }
      int[] g = shared.gold[s];
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < T; t++) {
          if (t != g[i]) {
            emissions[i * T + t] +=
                t == ModelTags.O ? HindiNerTrainer.MARGIN_O : HindiNerTrainer.MARGIN;
          }
        }
      }
      int[] predicted = new int[n];
      Viterbi.decode(emissions, n, transitions, predicted);
      float u = shared.updateWeight[s];
      double c = step * (double) u;
      for (int i = 0; i < n; i++) {
        int gt = g[i];
        int pt = predicted[i];
        if (gt != pt) {
          for (int p = off[i]; p < off[i + 1]; p++) {
            int w = r[p] * T;
            weights[w + gt] += u;
            accumulated[w + gt] += c;
            weights[w + pt] -= u;
            accumulated[w + pt] -= c;
          }
        }
        int gPrev = i == 0 ? -1 : g[i - 1];
        int pPrev = i == 0 ? -1 : predicted[i - 1];
        if (gt != pt || gPrev != pPrev) {
          int gi = (gPrev + 1) * T + gt;
          int pi = (pPrev + 1) * T + pt;
          transitions[gi] += u;
          accumulatedTransitions[gi] += c;
          transitions[pi] -= u;
          accumulatedTransitions[pi] -= c;
        }
      }
      step++;
    }
  }

  /**
   * Averaged weights (w - acc / c) of each member, then their mean; the first corpus's domain copy
   * of a feature is added to its shared row, other copies are dropped, and so are features whose
   * weights all round to zero.
   */
  static ModelCodec.Data averaged(
      List<PerceptronTrainer> members,
      String description,
      Gazetteer gazetteer,
      Vocabulary frequent,
      LabelLexicon lexicon,
      WordClusters clusters,
      NgramTypeModel ngrams) {
    Shared sh = members.get(0).shared;
    long[] keys = sh.keys;
    double[] sum = new double[keys.length * T];
    double[] transSum = new double[Viterbi.TRANSITIONS];
    for (PerceptronTrainer m : members) {
      double c = m.step;
      for (int i = 0; i < sum.length; i++) {
        sum[i] += m.weights[i] - m.accumulated[i] / c;
      }
      for (int i = 0; i < transSum.length; i++) {
        transSum[i] += m.transitions[i] - m.accumulatedTransitions[i] / c;
      }
    }
    int kept = 0;
    float[] avg = new float[sum.length];
    boolean[] keep = new boolean[keys.length];
    for (int row = 0; row < keys.length; row++) {
      if (sh.domainRow[row]) {
        continue;
      }
      int target = sh.index.get(domainKey(keys[row], 0), -1);
      boolean any = false;
      for (int t = 0; t < T; t++) {
        double v = sum[row * T + t];
        if (target >= 0) {
          v += sum[target * T + t];
        }
        float a = (float) (v / members.size());
        avg[row * T + t] = a;
        any |= Math.abs(a) >= PRUNE_BELOW;
      }
      keep[row] = any;
      if (any) {
        kept++;
      }
    }
    long[] outKeys = new long[kept];
    float[] outWeights = new float[kept * T];
    int o = 0;
    for (int row = 0; row < keys.length; row++) {
      if (keep[row]) {
        outKeys[o] = keys[row];
        System.arraycopy(avg, row * T, outWeights, o * T, T);
        o++;
      }
    }
    float[] trans = new float[Viterbi.TRANSITIONS];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = (float) (transSum[i] / members.size());
    }
    return new ModelCodec.Data(
        description,
        trans,
        gazetteer.entries(),
        frequent.hashes(),
        lexicon.keys(),
        lexicon.classes(),
        clusters.words(),
        clusters.paths(),
        ngrams.grams(),
        ngrams.counts(),
        outKeys,
        outWeights);
  }
}
