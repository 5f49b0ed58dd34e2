package org.netagraph.extract.ner;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a training run did and how the written model scores on its evaluation sentences.
 *
 * @param corpora what became of each training corpus's sentences (read, held out, duplicates, kept)
 * @param trainSentences sentences trained on
 * @param trainTokens tokens trained on
 * @param evaluations scores of the written model: the first corpus's held-out fold first (when one
 *     is held out), then each evaluation corpus
 * @param epochScores scores on the first evaluation after each epoch (averaged weights), for
 *     choosing the number of epochs; empty without evaluations
 * @param features weighted features in the model
 * @param gazetteerPhrases gazetteer phrases baked into the model
 * @param clusteredWords words with learned classes in the model
 * @param modelBytes size of the written model file
 * @param elapsed wall-clock time of the whole run
 */
public record TrainingReport(
    List<CorpusStats> corpora,
    int trainSentences,
    long trainTokens,
    List<Evaluation> evaluations,
    List<List<TypeScore>> epochScores,
    int features,
    int gazetteerPhrases,
    int clusteredWords,
    long modelBytes,
    Duration elapsed) {

  /** Exact-span scores on one set of evaluation sentences. */
  public record Evaluation(String name, int sentences, long tokens, List<TypeScore> scores) {
    public Evaluation {
      scores = List.copyOf(scores);
    }
  }

  public TrainingReport {
    corpora = List.copyOf(corpora);
    evaluations = List.copyOf(evaluations);
    epochScores = epochScores.stream().map(List::copyOf).toList();
  }

  /** Sentences of the first evaluation (the held-out fold), 0 without one. */
  public int heldOutSentences() {
    return evaluations.isEmpty() ? 0 : evaluations.get(0).sentences();
  }

  /** Scores on the first evaluation (PERSON, LOCATION, ORGANIZATION), empty without one. */
  public List<TypeScore> scores() {
    return evaluations.isEmpty() ? List.of() : evaluations.get(0).scores();
  }

  /** A few lines for a terminal or a log. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(CorpusStats.header());
    for (CorpusStats c : corpora) {
      b.append(c.row());
    }
    b.append(
        String.format(
            Locale.ROOT, "trained on %d sentences (%d tokens)%n", trainSentences, trainTokens));
    for (Evaluation e : evaluations) {
      b.append(
          String.format(
              Locale.ROOT,
              "validated on %s: %d sentences (%d tokens)%n",
              e.name(),
              e.sentences(),
              e.tokens()));
      for (TypeScore s : e.scores()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-13s P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d)%n",
                s.type(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.gold(),
                s.predicted()));
      }
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
            "%d features, %d gazetteer phrases, %d clustered words, model %d bytes, %.1f s%n",
            features,
            gazetteerPhrases,
            clusteredWords,
            modelBytes,
            elapsed.toMillis() / 1000.0));
    return b.toString();
  }
}
