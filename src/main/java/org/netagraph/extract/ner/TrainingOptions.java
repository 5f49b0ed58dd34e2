package org.netagraph.extract.ner;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@link HindiNerTrainer} trains.
 *
 * @param epochs passes over the training sentences (1 to 200)
 * @param seed seed of the per-epoch shuffle; the same data, options and seed give a byte-identical
 *     model file
 * @param holdoutEvery hold out sentence {@code s} (0-based, file order) for validation when {@code
 *     s % holdoutEvery == holdoutRemainder}; 0 holds out nothing and trains on all
 * @param holdoutRemainder see {@code holdoutEvery}
 * @param gazetteerDir directory with {@code ner-*.txt} lists and netagraph {@code .tsv} lexicons to
 *     bake into the model, or empty for none
 */
public record TrainingOptions(
    int epochs, long seed, int holdoutEvery, int holdoutRemainder, Optional<Path> gazetteerDir) {

  public static final int DEFAULT_EPOCHS = 15;
  public static final long DEFAULT_SEED = 20260401L;

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
  }

  /** 15 epochs, the default seed, every 5th sentence (s % 5 == 4) held out, no gazetteers. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(DEFAULT_EPOCHS, DEFAULT_SEED, 5, 4, Optional.empty());
  }

  public TrainingOptions withEpochs(int n) {
    return new TrainingOptions(n, seed, holdoutEvery, holdoutRemainder, gazetteerDir);
  }

  public TrainingOptions withSeed(long s) {
    return new TrainingOptions(epochs, s, holdoutEvery, holdoutRemainder, gazetteerDir);
  }

  public TrainingOptions withHoldout(int every, int remainder) {
    return new TrainingOptions(epochs, seed, every, remainder, gazetteerDir);
  }

  /** Trains on every sentence; the report then has no validation scores. */
  public TrainingOptions withoutHoldout() {
    return new TrainingOptions(epochs, seed, 0, 0, gazetteerDir);
  }

  public TrainingOptions withGazetteerDir(Path dir) {
    return new TrainingOptions(epochs, seed, holdoutEvery, holdoutRemainder, Optional.of(dir));
  }

  /** Whether sentence {@code index} (0-based, file order) is held out for validation. */
  public boolean isHeldOut(int index) {
    return holdoutEvery > 0 && index % holdoutEvery == holdoutRemainder;
  }
}
