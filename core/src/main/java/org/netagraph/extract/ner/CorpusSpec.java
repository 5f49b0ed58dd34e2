package org.netagraph.extract.ner;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A labelled corpus to train or evaluate on: its file, the {@link TagMap} its tags need (none: the
 * recogniser's own PERSON, LOCATION, ORGANIZATION tags) and the weight of its sentences' updates
 * while training (1 for the same weight as the first corpus).
 */
public record CorpusSpec(Path file, Optional<String> map, double weight) {
  public CorpusSpec {
    if (file == null || map == null) {
      throw new IllegalArgumentException("file and map must not be null");
    }
    if (!(weight > 0 && weight <= 10)) {
      throw new IllegalArgumentException(
          "weight of " + file + " must be in (0, 10], got " + weight);
    }
  }

  public static CorpusSpec of(Path file) {
    return new CorpusSpec(file, Optional.empty(), 1.0);
  }

  /**
   * Parses {@code FILE[:MAP[:WEIGHT]]}, as {@code netagraph train --conll} takes it: {@code
   * ../shared/corpus/ner-extra/ilner_hi_train.txt:ilner:0.5}.
   */
  public static CorpusSpec parse(String spec) {
    String[] parts = spec.split(":", -1);
    if (parts.length > 3 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("expected FILE[:MAP[:WEIGHT]], got '" + spec + "'");
    }
    Optional<String> map =
        parts.length >= 2 && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
    double weight = 1.0;
    if (parts.length == 3) {
      try {
        weight = Double.parseDouble(parts[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weight '" + parts[2] + "' in '" + spec + "'", e);
      }
    }
    return new CorpusSpec(Path.of(parts[0]), map, weight);
  }

  /** A short name for reports: the file name. */
  public String name() {
    Path f = file.getFileName();
    return f == null ? file.toString() : f.toString();
  }
}
