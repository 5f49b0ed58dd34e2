package org.netagraph.extract.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How {@link HindiNerTrainer} trains.
 *
 * @param epochs passes over the training sentences (1 to 200)
 * @param seed seed of the per-epoch shuffle; the same data, options and seed give a byte-identical
 *     model file
 * @param holdoutEvery hold out sentence {@code s} (0-based, file order) of the first corpus for
 *     validation when {@code s % holdoutEvery == holdoutRemainder}; 0 holds out nothing
 * @param holdoutRemainder see {@code holdoutEvery}
 * @param gazetteerDir directory with {@code ner-*.txt} lists and netagraph {@code .tsv} lexicons to
 *     bake into the model, and the tag maps ({@code ner-tagmaps.tsv}); empty for none
 * @param adapt whether each corpus gets its own copy of every feature besides the shared one
 *     (domain adaptation; the model keeps the shared weights plus the first corpus's copy)
 * @param coarseClusters word classes of the coarse cluster levels, 0 for no word clusters
 * @param fineClusters word classes of the fine cluster levels
 * @param ngramTypes whether the model learns what kind of entity a word looks like from its
 *     character n-grams ({@link NgramTypeModel})
 * @param names lists of person names whose words the n-gram word types learn from as well
 */
public record TrainingOptions(
    int epochs,
    long seed,
    int holdoutEvery,
    int holdoutRemainder,
    Optional<Path> gazetteerDir,
    boolean adapt,
    int coarseClusters,
    int fineClusters,
    boolean ngramTypes,
    List<NameList> names) {

  public static final int DEFAULT_EPOCHS = 6;
  public static final long DEFAULT_SEED = 20260401L;
  public static final int DEFAULT_COARSE_CLUSTERS = 64;
  public static final int DEFAULT_FINE_CLUSTERS = 256;

  public TrainingOptions {
    if (epochs < 1 || epochs > 200) {
      throw new IllegalArgumentException("epochs must be 1..200, got " + epochs);
    }
    if (holdoutEvery < 0) {
      throw new IllegalArgumentException("holdoutEvery must be >= 0, got " + holdoutEvery);
    }
    if (holdoutEvery > 0 && (holdoutRemainder < 0 || holdoutRemainder >= holdoutEvery)) {
      throw new IllegalArgumentException(
          "holdoutRemainder must be in [0, " + holdoutEvery + "), got " + holdoutRemainder);
    }
    if (holdoutEvery == 0 && holdoutRemainder != 0) {
      throw new IllegalArgumentException("holdoutRemainder without holdoutEvery");
    }
    if (gazetteerDir == null) {
      throw new IllegalArgumentException("gazetteerDir is null; use Optional.empty()");
    }
    if (coarseClusters < 0 || coarseClusters > 4096 || fineClusters < 0 || fineClusters > 4096) {
      throw new IllegalArgumentException(
          "cluster counts must be 0..4096, got " + coarseClusters + " and " + fineClusters);
    }
    names = List.copyOf(names);
    if ((coarseClusters == 0) != (fineClusters == 0)) {
      throw new IllegalArgumentException("coarse and fine clusters are both 0 or both set");
    }
  }

  /**
   * 6 epochs, the default seed, every 5th sentence (s % 5 == 4) held out, no gazetteers; domain
   * adaptation, word clusters and n-gram word types on.
   */
  public static TrainingOptions defaults() {
    return new TrainingOptions(
        DEFAULT_EPOCHS,
        DEFAULT_SEED,
        5,
        4,
        Optional.empty(),
        true,
        DEFAULT_COARSE_CLUSTERS,
        DEFAULT_FINE_CLUSTERS,
        true,
        List.of());
  }

  public TrainingOptions withEpochs(int n) {
    return new TrainingOptions(
        n,
        seed,
        holdoutEvery,
        holdoutRemainder,
        gazetteerDir,
        adapt,
        coarseClusters,
        fineClusters,
        ngramTypes,
        names);
  }

  public TrainingOptions withSeed(long s) {
    return new TrainingOptions(
        epochs,
        s,
        holdoutEvery,
        holdoutRemainder,
        gazetteerDir,
        adapt,
        coarseClusters,
        fineClusters,
        ngramTypes,
        names);
  }

  public TrainingOptions withHoldout(int every, int remainder) {
    return new TrainingOptions(
        epochs,
        seed,
        every,
        remainder,
        gazetteerDir,
        adapt,
        coarseClusters,
        fineClusters,
        ngramTypes,
        names);
  }

  /** Trains on every sentence; the report then has no validation scores. */
  public TrainingOptions withoutHoldout() {
    return withHoldout(0, 0);
  }

  public TrainingOptions withGazetteerDir(Path dir) {
    return new TrainingOptions(
        epochs,
        seed,
        holdoutEvery,
        holdoutRemainder,
        Optional.of(dir),
        adapt,
        coarseClusters,
        fineClusters,
        ngramTypes,
        names);
  }

  public TrainingOptions withAdapt(boolean a) {
    return new TrainingOptions(
        epochs,
        seed,
        holdoutEvery,
        holdoutRemainder,
        gazetteerDir,
        a,
        coarseClusters,
        fineClusters,
        ngramTypes,
        names);
  }

  /** Word clusters of {@code coarse} and {@code fine} classes; 0 and 0 for none. */
  public TrainingOptions withClusters(int coarse, int fine) {
    return new TrainingOptions(
        epochs,
        seed,
        holdoutEvery,
        holdoutRemainder,
        gazetteerDir,
        adapt,
        coarse,
        fine,
        ngramTypes,
        names);
  }

  public TrainingOptions withNgramTypes(boolean on) {
    return new TrainingOptions(
        epochs,
        seed,
        holdoutEvery,
        holdoutRemainder,
        gazetteerDir,
        adapt,
        coarseClusters,
        fineClusters,
        on,
        names);
  }

  public TrainingOptions withNames(List<NameList> lists) {
    return new TrainingOptions(
        epochs,
        seed,
        holdoutEvery,
        holdoutRemainder,
        gazetteerDir,
        adapt,
        coarseClusters,
        fineClusters,
        ngramTypes,
        lists);
  }

  /** Whether sentence {@code index} (0-based, file order) of the first corpus is held out. */
  public boolean isHeldOut(int index) {
    return holdoutEvery > 0 && index % holdoutEvery == holdoutRemainder;
  }

  /** One line for a model's description. */
  String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%d epochs, seed %d, %s, %s, %s",
        epochs,
        seed,
        adapt ? "per-corpus feature copies" : "no per-corpus feature copies",
        coarseClusters == 0
            ? "no word clusters"
            : "word clusters " + coarseClusters + "/" + fineClusters,
        ngramTypes
            ? "n-gram word types"
                + (names.isEmpty() ? "" : " with " + names.size() + " name list(s)")
            : "no n-gram word types");
  }
}
