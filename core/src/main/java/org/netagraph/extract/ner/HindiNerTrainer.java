package org.netagraph.extract.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
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

  /** Words seen fewer times than this in the training text get no word class. */
  static final int CLUSTER_MIN_COUNT = 2;

  /** Passes of the exchange algorithm over the vocabulary. */
  static final int CLUSTER_PASSES = 8;

  private HindiNerTrainer() {}

  /**
   * Trains on one corpus in the recogniser's own tags, as {@link #train(List, List, Path,
   * TrainingOptions)}.
   */
  public static TrainingReport train(Path conll, Path modelOut, TrainingOptions options)
      throws IOException {
    return train(List.of(CorpusSpec.of(conll)), List.of(), modelOut, options);
  }

  /**
   * Trains on {@code corpora} (see {@link TrainingData} for how they are read, held out and
   * deduplicated; sentences equal to one of {@code evalCorpora} are never trained on), writes the
   * model to {@code modelOut} (atomically, via a temporary file next to it), reloads it and scores
   * it on the held-out fold of the first corpus and on each evaluation corpus.
   */
  public static TrainingReport train(
      List<CorpusSpec> corpora,
      List<CorpusSpec> evalCorpora,
      Path modelOut,
      TrainingOptions options)
      throws IOException {
    long startNanos = System.nanoTime();
    TrainingData data = TrainingData.assemble(corpora, evalCorpora, options);
    List<ConllSentence> train = data.trainSentences();
    Gazetteer.Builder gazetteer = new Gazetteer.Builder();
    if (options.gazetteerDir().isPresent()) {
      gazetteer.addDirectory(options.gazetteerDir().get());
    }
    Gazetteer lists = gazetteer.build();
    Vocabulary frequent = frequentWords(train, MIN_FREQUENT);
    WordClusters clusters =
        options.coarseClusters() == 0
            ? WordClusters.empty()
            : ExchangeClustering.learn(
                train.stream().map(ConllSentence::tokens).toList(),
                options.coarseClusters(),
                options.fineClusters(),
                CLUSTER_MIN_COUNT,
                CLUSTER_PASSES);

    List<String> nameWords = new ArrayList<>();
    for (NameList list : options.names()) {
      nameWords.addAll(list.words());
    }
    // jackknife: training sentence q sees the label lexicon of the parts other than q % JACKKNIFE
    FeatureExtractor[] parts = new FeatureExtractor[JACKKNIFE];
    for (int j = 0; j < JACKKNIFE; j++) {
      List<ConllSentence> others = new ArrayList<>();
      for (int q = 0; q < train.size(); q++) {
        if (q % JACKKNIFE != j) {
          others.add(train.get(q));
        }
      }
      parts[j] =
          new FeatureExtractor(
              lists,
              frequent,
              LabelLexicon.of(others),
              clusters,
              options.ngramTypes() ? NgramTypeModel.of(others, nameWords) : NgramTypeModel.empty());
    }
    LabelLexicon lexicon = LabelLexicon.of(train);
    NgramTypeModel ngrams =
        options.ngramTypes() ? NgramTypeModel.of(train, nameWords) : NgramTypeModel.empty();
    PerceptronTrainer t = new PerceptronTrainer(parts, data.train, options.adapt());
    List<List<TypeScore>> epochScores = new ArrayList<>();
    Random random = new Random(options.seed());
    int[] order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<PerceptronTrainer> ensemble = new ArrayList<>();
    ensemble.add(t);
    for (int m = 1; m < ENSEMBLE; m++) {
      ensemble.add(new PerceptronTrainer(t));
    }
    List<ConllSentence> firstEval =
        data.evaluations.isEmpty() ? List.of() : data.evaluations.get(0).sentences();
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      for (PerceptronTrainer member : ensemble) {
        shuffle(order, random);
        member.epoch(order);
      }
      if (!firstEval.isEmpty() && options.epochs() > 1) {
        ModelCodec.Data sofar =
            PerceptronTrainer.averaged(
                ensemble, "epoch " + (epoch + 1), lists, frequent, lexicon, clusters, ngrams);
        epochScores.add(evaluate(HindiNer.of(sofar), firstEval));
      }
    }
    String description =
        String.format(
            Locale.ROOT,
            "mean of %d averaged perceptrons (BILOU), %s, trained on %d sentences (%s)",
            ENSEMBLE,
            options.describe(),
            train.size(),
            describe(data.stats, options));
    ModelCodec.Data model =
        PerceptronTrainer.averaged(
            ensemble, description, lists, frequent, lexicon, clusters, ngrams);

    Path parent = modelOut.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = modelOut.resolveSibling(modelOut.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ModelCodec.write(out, model);
      }
      Files.move(
          tmp, modelOut, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    HindiNer written = HindiNer.load(modelOut);
    List<TrainingReport.Evaluation> evaluations = new ArrayList<>();
    for (TrainingData.Evaluation e : data.evaluations) {
      evaluations.add(
          new TrainingReport.Evaluation(
              e.name(),
              e.sentences().size(),
              tokens(e.sentences()),
              evaluate(written, e.sentences())));
    }
    return new TrainingReport(
        data.stats,
        train.size(),
        tokens(train),
        evaluations,
        epochScores,
        written.featureCount(),
        written.gazetteerSize(),
        clusters.size(),
        Files.size(modelOut),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private static String describe(List<CorpusStats> stats, TrainingOptions options) {
    StringBuilder b = new StringBuilder();
    for (CorpusStats c : stats) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(
          String.format(
              Locale.ROOT, "%d of %d of %s [%s]", c.kept(), c.sentences(), c.name(), c.map()));
    }
    if (options.holdoutEvery() > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "; held out of the first: sentence index %% %d == %d",
              options.holdoutEvery(),
              options.holdoutRemainder()));
    }
    return b.toString();
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
}
