package org.netagraph.extract.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains a {@link HindiNer} model: the mean of {@link #ENSEMBLE} averaged structured perceptrons
 * (Collins 2002) over BILOU tags ({@link ModelTags}) with first-order constrained Viterbi, on a
 * CoNLL file with gold BIO tags. Single-threaded and deterministic: the same file, options and
 * gazetteers give a byte-identical model.
 */
public final class HindiNerTrainer {
  private static final float PRUNE_BELOW = 1e-4f;

  /** Words seen at least this often in training are "frequent"; others get rare-word features. */
  static final int MIN_FREQUENT = 2;

  /**
   * Cost-augmented decoding while training (loss-augmented perceptron): every wrong tag gets this
   * bonus, so updates continue until the gold sequence wins by a margin. Predicting O for an entity
   * token costs more than the reverse, which trades a little precision for recall.
   */
  static final float MARGIN = 2f;

  static final float MARGIN_O = 4f;

  /**
   * Independent perceptrons trained side by side on the same features, each with its own shuffle of
   * the sentences; the model is the mean of their averaged weights (measured: PERSON F1 +0.005 over
   * one in 5-fold cross-validation on HiNER, about the size of the noise).
   */
  static final int ENSEMBLE = 3;

  /** Parts of the training data for the jackknifed label lexicon ({@link LabelLexicon}). */
  static final int JACKKNIFE = 5;

  private HindiNerTrainer() {}

  /**
   * Trains on the sentences of {@code conll} that {@code options} does not hold out, writes the
   * model to {@code modelOut} (atomically, via a temporary file next to it), reloads it and scores
   * it on the held-out sentences.
   */
  public static TrainingReport train(Path conll, Path modelOut, TrainingOptions options)
      throws IOException {
    long startNanos = System.nanoTime();
    List<ConllSentence> all = ConllReader.readTagged(conll);
    if (all.isEmpty()) {
      throw new NerFormatException(conll.toString(), 0, "no sentences");
    }
    List<ConllSentence> train = new ArrayList<>();
    List<ConllSentence> heldOut = new ArrayList<>();
    for (int s = 0; s < all.size(); s++) {
      (options.isHeldOut(s) ? heldOut : train).add(all.get(s));
    }
    if (train.isEmpty()) {
      throw new IllegalArgumentException("the hold-out options leave no training sentences");
    }
    Gazetteer.Builder gazetteer = new Gazetteer.Builder();
    if (options.gazetteerDir().isPresent()) {
      gazetteer.addDirectory(options.gazetteerDir().get());
    }
    Gazetteer lists = gazetteer.build();
    Vocabulary frequent = frequentWords(train, MIN_FREQUENT);

    // jackknife: training sentence q sees the label lexicon of the parts other than q % JACKKNIFE
    FeatureExtractor[] parts = new FeatureExtractor[JACKKNIFE];
    for (int j = 0; j < JACKKNIFE; j++) {
      List<ConllSentence> others = new ArrayList<>();
      for (int q = 0; q < train.size(); q++) {
        if (q % JACKKNIFE != j) {
          others.add(train.get(q));
        }
      }
      parts[j] = new FeatureExtractor(lists, frequent, LabelLexicon.of(others));
    }
    Trainer t = new Trainer(parts, train, LabelLexicon.of(train));
    List<List<TypeScore>> epochScores = new ArrayList<>();
    Random random = new Random(options.seed());
    int[] order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<Trainer> ensemble = new ArrayList<>();
    ensemble.add(t);
    for (int m = 1; m < ENSEMBLE; m++) {
      ensemble.add(new Trainer(t));
    }
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      for (Trainer member : ensemble) {
        shuffle(order, random);
        member.epoch(order);
      }
      if (!heldOut.isEmpty()) {
        ModelCodec.Data sofar = Trainer.averaged(ensemble, "epoch " + (epoch + 1));
        epochScores.add(evaluate(HindiNer.of(sofar), heldOut));
      }
    }
    String description =
        String.format(
            Locale.ROOT,
            "mean of %d averaged perceptrons (BILOU), %d epochs, seed %d,"
                + " trained on %d of %d sentences of %s%s",
            ENSEMBLE,
            options.epochs(),
            options.seed(),
            train.size(),
            all.size(),
            conll.getFileName(),
            options.holdoutEvery() > 0
                ? String.format(
                    Locale.ROOT,
                    " (held out: sentence index %% %d == %d)",
                    options.holdoutEvery(),
                    options.holdoutRemainder())
                : "");
    ModelCodec.Data data = Trainer.averaged(ensemble, description);

    Path parent = modelOut.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = modelOut.resolveSibling(modelOut.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ModelCodec.write(out, data);
      }
      Files.move(
          tmp, modelOut, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    HindiNer written = HindiNer.load(modelOut);
    List<TypeScore> scores = heldOut.isEmpty() ? List.of() : evaluate(written, heldOut);
    return new TrainingReport(
        train.size(),
        tokens(train),
        heldOut.size(),
        tokens(heldOut),
        scores,
        epochScores,
        written.featureCount(),
        written.gazetteerSize(),
        Files.size(modelOut),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** Exact-span scores of {@code ner} on gold-tagged sentences. */
  static List<TypeScore> evaluate(HindiNer ner, List<ConllSentence> sentences) {
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (ConllSentence s : sentences) {
      gold.add(s.tags());
      predicted.add(ner.tag(s.tokens()));
    }
    return SpanScorer.score(gold, predicted);
  }

  static Vocabulary frequentWords(List<ConllSentence> sentences, int minCount) {
    LongIntMap counts = new LongIntMap(1 << 16);
    List<Long> frequent = new ArrayList<>();
    for (ConllSentence s : sentences) {
      for (String token : s.tokens()) {
        long h = FeatureExtractor.wordHash(token);
        int c = counts.get(h, 0) + 1;
        counts.put(h, c);
        if (c == minCount) {
          frequent.add(h);
        }
      }
    }
    return Vocabulary.of(frequent.stream().mapToLong(Long::longValue).toArray());
  }

  private static long tokens(List<ConllSentence> sentences) {
    long n = 0;
    for (ConllSentence s : sentences) {
      n += s.size();
    }
    return n;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
  }

  /** The mutable training state. */
  private static final class Trainer {
    private static final int T = ModelTags.COUNT;

    private final int[][] rows; // per sentence: feature rows, token after token
    private final int[][] offsets; // per sentence: start of token i's rows in rows[s], n + 1
    private final int[][] gold;
    private final long[] keys;
    private final Gazetteer gazetteer;
    private final Vocabulary frequent;
    private final LabelLexicon lexicon;
    private final float[] weights;
    private final double[] accumulated; // sum of c * update, for averaging
    private final float[] transitions = new float[Viterbi.TRANSITIONS];
    private final double[] accumulatedTransitions = new double[Viterbi.TRANSITIONS];
    private long step = 1;

    /** A fresh model over the same extracted features as {@code other}. */
    Trainer(Trainer other) {
      rows = other.rows;
      offsets = other.offsets;
      gold = other.gold;
      keys = other.keys;
      gazetteer = other.gazetteer;
      frequent = other.frequent;
      lexicon = other.lexicon;
      weights = new float[other.weights.length];
      accumulated = new double[other.accumulated.length];
    }

    /**
     * @param parts extractors for training sentence q: {@code parts[q % parts.length]}
     * @param lexicon the label lexicon of all the training data, for the model
     */
    Trainer(FeatureExtractor[] parts, List<ConllSentence> train, LabelLexicon lexicon) {
      FeatureExtractor extractor = parts[0];
      this.lexicon = lexicon;
      this.gazetteer = extractor.gazetteer();
      this.frequent = extractor.frequent();
      LongIntMap index = new LongIntMap(1 << 20);
      long[] keyList = new long[1 << 20];
      int size = 0;
      rows = new int[train.size()][];
      offsets = new int[train.size()][];
      gold = new int[train.size()][];
      for (int s = 0; s < train.size(); s++) {
        ConllSentence sentence = train.get(s);
        int n = sentence.size();
        long[] k = new long[n * FeatureExtractor.MAX_FEATURES];
        int[] counts = new int[n];
        parts[s % parts.length].extract(sentence.tokens(), k, counts);
        int total = 0;
        for (int c : counts) {
          total += c;
        }
        int[] r = new int[total];
        int[] off = new int[n + 1];
        int p = 0;
        for (int i = 0; i < n; i++) {
          off[i] = p;
          for (int j = 0; j < counts[i]; j++) {
            long key = k[i * FeatureExtractor.MAX_FEATURES + j];
            int row = index.get(key, -1);
            if (row < 0) {
              row = size++;
              index.put(key, row);
              if (row == keyList.length) {
                keyList = Arrays.copyOf(keyList, keyList.length * 2);
              }
              keyList[row] = key;
            }
            r[p++] = row;
          }
        }
        off[n] = p;
        rows[s] = r;
        offsets[s] = off;
        gold[s] = goldIndices(sentence);
      }
      keys = Arrays.copyOf(keyList, size);
      weights = new float[size * T];
      accumulated = new double[size * T];
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

    void epoch(int[] order) {
      for (int s : order) {
        int n = gold[s].length;
        int[] r = rows[s];
        int[] off = offsets[s];
        float[] emissions = new float[n * T];
        for (int i = 0; i < n; i++) {
          for (int p = off[i]; p < off[i + 1]; p++) {
            int w = r[p] * T;
            for (int t = 0; t < T; t++) {
              emissions[i * T + t] += weights[w + t];
            }
          }
        }
        int[] g = gold[s];
        for (int i = 0; i < n; i++) {
          for (int t = 0; t < T; t++) {
            if (t != g[i]) {
              emissions[i * T + t] += t == ModelTags.O ? MARGIN_O : MARGIN;
            }
          }
        }
        int[] predicted = new int[n];
        Viterbi.decode(emissions, n, transitions, predicted);
        double c = step;
        for (int i = 0; i < n; i++) {
          int gt = g[i];
          int pt = predicted[i];
          if (gt != pt) {
            for (int p = off[i]; p < off[i + 1]; p++) {
              int w = r[p] * T;
              weights[w + gt] += 1f;
              accumulated[w + gt] += c;
              weights[w + pt] -= 1f;
              accumulated[w + pt] -= c;
            }
          }
          int gPrev = i == 0 ? -1 : g[i - 1];
          int pPrev = i == 0 ? -1 : predicted[i - 1];
          if (gt != pt || gPrev != pPrev) {
            int gi = (gPrev + 1) * T + gt;
            int pi = (pPrev + 1) * T + pt;
            transitions[gi] += 1f;
            accumulatedTransitions[gi] += c;
            transitions[pi] -= 1f;
            accumulatedTransitions[pi] -= c;
          }
        }
        step++;
      }
    }

    /**
     * Averaged weights (w - acc / c) of each member, then their mean, without features whose
     * weights all round to zero.
     */
    static ModelCodec.Data averaged(List<Trainer> members, String description) {
      Trainer first = members.get(0);
      long[] keys = first.keys;
      double[] sum = new double[first.weights.length];
      double[] transSum = new double[Viterbi.TRANSITIONS];
      for (Trainer m : members) {
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
        boolean any = false;
        for (int t = 0; t < T; t++) {
          int i = row * T + t;
          float a = (float) (sum[i] / members.size());
          avg[i] = a;
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
          first.gazetteer.entries(),
          first.frequent.hashes(),
          first.lexicon.keys(),
          first.lexicon.classes(),
          outKeys,
          outWeights);
    }
  }
}
