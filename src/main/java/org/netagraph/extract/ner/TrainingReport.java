package org.netagraph.extract.ner;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a training run did and how the written model scores on the held-out sentences.
 *
 * @param trainSentences sentences trained on
 * @param trainTokens tokens trained on
 * @param heldOutSentences validation sentences (0 when nothing was held out)
 * @param heldOutTokens validation tokens
 * @param scores per-type exact-span scores of the written model on the validation sentences
 *     (PERSON, LOCATION, ORGANIZATION); empty when nothing was held out
 * @param epochScores validation scores after each epoch (averaged weights), for choosing the number
 *     of epochs; empty when nothing was held out
 * @param features weighted features in the model
 * @param gazetteerPhrases gazetteer phrases baked into the model
 * @param modelBytes size of the written model file
 * @param elapsed wall-clock time of the whole run
 */
public record TrainingReport(
    int trainSentences,
    long trainTokens,
    int heldOutSentences,
    long heldOutTokens,
    List<TypeScore> scores,
    List<List<TypeScore>> epochScores,
    int features,
    int gazetteerPhrases,
    long modelBytes,
    Duration elapsed) {

  public TrainingReport {
    scores = List.copyOf(scores);
    epochScores = epochScores.stream().map(List::copyOf).toList();
  }

  /** A few lines for a terminal or a log. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "trained on %d sentences (%d tokens), validated on %d sentences (%d tokens)%n",
            trainSentences,
            trainTokens,
            heldOutSentences,
            heldOutTokens));
    for (TypeScore s : scores) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-13s P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d)%n",
              s.type(),
              s.precision(),
              s.recall(),
              s.f1(),
              s.gold(),
              s.predicted()));
    }
    if (!epochScores.isEmpty()) {
      for (int t = 0; t < epochScores.get(0).size(); t++) {
        b.append(
            String.format(Locale.ROOT, "%-13s F1 by epoch:", epochScores.get(0).get(t).type()));
        for (List<TypeScore> e : epochScores) {
          b.append(String.format(Locale.ROOT, " %.3f", e.get(t).f1()));
        }
        b.append(System.lineSeparator());
      }
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%d features, %d gazetteer phrases, model %d bytes, %.1f s%n",
            features,
            gazetteerPhrases,
            modelBytes,
            elapsed.toMillis() / 1000.0));
    return b.toString();
  }
}
