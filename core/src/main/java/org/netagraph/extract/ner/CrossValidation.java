package org.netagraph.extract.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * K-fold cross-validation over the first training corpus, for one or more shuffle seeds: fold k
 * trains on the other folds plus every other corpus and scores on sentences {@code s % K == k}; the
 * per-type counts are pooled over the folds (F1 of the pooled counts), per seed, and the seeds' F1
 * averaged. Evaluation corpora are scored by every fold's model, pooled the same way.
 */
public final class CrossValidation {
  private CrossValidation() {}

  /** Pooled scores per evaluation name (the folds as one), per seed. */
  public record Result(List<Long> seeds, List<Map<String, List<TypeScore>>> pooled) {
    public Result {
      seeds = List.copyOf(seeds);
      pooled = List.copyOf(pooled);
    }

    /** Mean over seeds of the pooled F1 of {@code type} on {@code evaluation}. */
    public double meanF1(String evaluation, int type) {
      double sum = 0;
      for (Map<String, List<TypeScore>> p : pooled) {
        sum += p.get(evaluation).get(type).f1();
      }
      return sum / pooled.size();
    }

    public String summary() {
      StringBuilder b = new StringBuilder();
      for (String name : pooled.get(0).keySet()) {
        b.append(String.format(Locale.ROOT, "%s, pooled over folds:%n", name));
        for (int t = 0; t < BioTags.TYPES.size(); t++) {
          b.append(String.format(Locale.ROOT, "  %-13s", BioTags.TYPES.get(t)));
          for (int s = 0; s < seeds.size(); s++) {
            TypeScore x = pooled.get(s).get(name).get(t);
            b.append(
                String.format(
                    Locale.ROOT,
                    " seed %d: P=%.3f R=%.3f F1=%.4f;",
                    seeds.get(s),
                    x.precision(),
                    x.recall(),
                    x.f1()));
          }
          b.append(String.format(Locale.ROOT, " mean F1=%.4f%n", meanF1(name, t)));
        }
      }
      return b.toString();
    }
  }

  /**
   * Runs {@code folds} folds for each seed, writing each fold's model to a temporary file, and
   * prints each fold's report to {@code log}.
   */
  public static Result run(
      List<CorpusSpec> corpora,
      List<CorpusSpec> evalCorpora,
      TrainingOptions options,
      int folds,
      List<Long> seeds,
      PrintWriter log)
      throws IOException {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2, got " + folds);
    }
    List<Map<String, List<TypeScore>>> pooled = new ArrayList<>();
    for (long seed : seeds) {
      Map<String, List<TypeScore>> sums = new LinkedHashMap<>();
      for (int k = 0; k < folds; k++) {
        Path model = Files.createTempFile("netagraph-cv", ".bin.gz");
        try {
          TrainingReport r =
              HindiNerTrainer.train(
                  corpora, evalCorpora, model, options.withSeed(seed).withHoldout(folds, k));
          log.printf(Locale.ROOT, "== seed %d, fold %d of %d%n%s", seed, k, folds, r.summary());
          log.flush();
          for (int e = 0; e < r.evaluations().size(); e++) {
            String name =
                e == 0
                    ? corpora.get(0).name() + " (" + folds + " folds)"
                    : r.evaluations().get(e).name();
            sums.merge(name, r.evaluations().get(e).scores(), CrossValidation::add);
          }
        } finally {
          Files.deleteIfExists(model);
        }
      }
      pooled.add(sums);
    }
    return new Result(seeds, pooled);
  }

  private static List<TypeScore> add(List<TypeScore> a, List<TypeScore> b) {
    List<TypeScore> out = new ArrayList<>();
    for (int t = 0; t < a.size(); t++) {
      TypeScore x = a.get(t);
      TypeScore y = b.get(t);
      out.add(
          new TypeScore(
              x.type(),
              x.gold() + y.gold(),
              x.predicted() + y.predicted(),
              x.correct() + y.correct()));
    }
    return out;
  }
}
