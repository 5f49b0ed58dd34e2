package org.netagraph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hindi named-entity recogniser: averaged structured perceptrons (their mean) over hashed lexical,
 * affix, shape, context, gazetteer, name-likeness, label-lexicon, word-cluster and n-gram word-type
 * features, scoring BILOU tags ({@link ModelTags}) decoded with constrained first-order Viterbi and
 * read out as valid BIO. Tags PERSON, LOCATION and ORGANIZATION. Trained on HiNER and other
 * labelled corpora by {@link HindiNerTrainer}.
 *
 * <p>Instances are immutable and thread-safe: {@link #tag(List)} only reads the model and allocates
 * a handful of arrays sized to the sentence.
 */
public final class HindiNer {
  private final FeatureExtractor extractor;
  private final LongIntMap index;
  private final float[] weights;
  private final float[] transitions;
  private final String description;

  private HindiNer(ModelCodec.Data data) {
    this.description = data.description();
    this.transitions = data.transitions().clone();
    if (transitions.length != Viterbi.TRANSITIONS) {
      throw new IllegalArgumentException("transition table of " + transitions.length);
    }
    long[] keys = data.keys();
    if (data.weights().length != keys.length * ModelTags.COUNT) {
      throw new IllegalArgumentException(
          keys.length + " features but " + data.weights().length + " weights");
    }
    this.weights = data.weights().clone();
    this.index = new LongIntMap(keys.length);
    for (int i = 0; i < keys.length; i++) {
      if (index.put(keys[i], i) >= 0) {
        throw new IllegalArgumentException("feature key " + keys[i] + " is stored twice");
      }
    }
    this.extractor =
        new FeatureExtractor(
            Gazetteer.ofNormalized(data.gazetteer()),
            Vocabulary.of(data.frequentWords()),
            new LabelLexicon(data.lexiconWords(), data.lexiconClasses()),
            new WordClusters(data.clusterWords(), data.clusterPaths()),
            new NgramTypeModel(data.ngrams(), data.ngramCounts()));
  }

  /** Loads a gzip-compressed model file (see {@code MODEL.md} for the format). */
  public static HindiNer load(Path modelFile) throws IOException {
    try (InputStream in = Files.newInputStream(modelFile)) {
      return load(in, modelFile.toString());
    }
  }

  /** Loads a model from a gzip-compressed stream; the stream is read to its end, not closed. */
  public static HindiNer load(InputStream in) throws IOException {
    return load(in, "<stream>");
  }

  /** As {@link #load(InputStream)}, naming the stream {@code sourceName} in error messages. */
  public static HindiNer load(InputStream in, String sourceName) throws IOException {
    ModelCodec.Data data = ModelCodec.read(in, sourceName);
    try {
      return new HindiNer(data);
    } catch (IllegalArgumentException e) {
      throw new NerFormatException(sourceName, 0, e.getMessage(), e);
    }
  }

  /** Built in memory by the trainer. */
  static HindiNer of(ModelCodec.Data data) {
    return new HindiNer(data);
  }

  /** How the model was trained, as recorded in the model file. */
  public String description() {
    return description;
  }

  /** Number of weighted features in the model. */
  public int featureCount() {
    return index.size();
  }

  /** Number of gazetteer phrases baked into the model. */
  public int gazetteerSize() {
    return extractor.gazetteer().size();
  }

  /**
   * BIO tags for one sentence of tokens (as {@link HindiTokenizer} or HiNER split them), one per
   * token: {@code O}, {@code B-PERSON}, {@code I-PERSON}, {@code B-LOCATION}, {@code I-LOCATION},
   * {@code B-ORGANIZATION} or {@code I-ORGANIZATION}. The result is always valid BIO. Tokens must
   * not be null; an empty list gives an empty list.
   */
  public List<String> tag(List<String> tokens) {
    int[] tags = tagIndices(tokens);
    List<String> out = new ArrayList<>(tags.length);
    for (int t : tags) {
      out.add(BioTags.NAMES.get(t));
    }
    return List.copyOf(out);
  }

  int[] tagIndices(List<String> tokens) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens is null");
    }
    int n = tokens.size();
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    long[] keys = new long[n * FeatureExtractor.MAX_FEATURES];
    int[] counts = new int[n];
    extractor.extract(tokens, keys, counts);
    float[] emissions = new float[n * ModelTags.COUNT];
    for (int i = 0; i < n; i++) {
      int base = i * FeatureExtractor.MAX_FEATURES;
      int e = i * ModelTags.COUNT;
      for (int k = 0; k < counts[i]; k++) {
        int row = index.get(keys[base + k], -1);
        if (row < 0) {
          continue;
        }
        int w = row * ModelTags.COUNT;
        for (int t = 0; t < ModelTags.COUNT; t++) {
          emissions[e + t] += weights[w + t];
        }
      }
    }
    Viterbi.decode(emissions, n, transitions, out);
    for (int i = 0; i < n; i++) {
      out[i] = ModelTags.toBio(out[i]);
    }
    return out;
  }

  /**
   * The dictionary baseline: BIO tags from the model's gazetteer alone, longest listed phrase first
   * (persons, places, organisations; no learned weights). For speed comparisons.
   */
  public List<String> dictionaryTag(List<String> tokens) {
    int n = tokens.size();
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = Hashing.chars(TextNormalizer.looseForm(TextNormalizer.matchForm(tokens.get(i))));
    }
    int[] tags = new int[n];
    extractor.gazetteer().tagLongest(hashes, n, tags);
    List<String> out = new ArrayList<>(n);
    for (int t : tags) {
      out.add(BioTags.NAMES.get(t));
    }
    return List.copyOf(out);
  }

  /** Gazetteer phrases baked into the model (matching form to category mask). */
  Map<String, Integer> gazetteerEntries() {
    return extractor.gazetteer().entries();
  }
}
