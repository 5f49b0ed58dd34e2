package org.netagraph.extract.ner;

import java.util.List;
import java.util.Locale;

/**
 * What became of one corpus's sentences when the training data were assembled.
 *
 * @param name the corpus (file name)
 * @param map the tag map it was read with
 * @param sentences sentences read
 * @param tokens tokens read
 * @param repairedTags malformed tags repaired while reading
 * @param heldOut sentences held out for validation (the first corpus's fold)
 * @param duplicates sentences equal to an earlier sentence of the same corpus
 * @param duplicatesOfEarlier sentences equal to a sentence of an earlier corpus
 * @param equalToEvaluation sentences equal to an evaluation sentence (never trained on)
 * @param kept sentences trained on
 * @param keptTokens tokens trained on
 * @param spans PERSON, LOCATION and ORGANIZATION spans in the sentences trained on
 */
public record CorpusStats(
    String name,
    String map,
    int sentences,
    long tokens,
    int repairedTags,
    int heldOut,
    int duplicates,
    int duplicatesOfEarlier,
    int equalToEvaluation,
    int kept,
    long keptTokens,
    List<Integer> spans) {

  public CorpusStats {
    spans = List.copyOf(spans);
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-28s %-10s %7s %8s %6s %6s %6s %7s %6s %7s %8s %6s %6s %6s%n",
        "corpus",
        "map",
        "read",
        "tokens",
        "fixed",
        "held",
        "dup",
        "dupEarl",
        "=eval",
        "kept",
        "keptTok",
        "PER",
        "LOC",
        "ORG");
  }

  String row() {
    return String.format(
        Locale.ROOT,
        "%-28s %-10s %7d %8d %6d %6d %6d %7d %6d %7d %8d %6d %6d %6d%n",
        name,
        map,
        sentences,
        tokens,
        repairedTags,
        heldOut,
        duplicates,
        duplicatesOfEarlier,
        equalToEvaluation,
        kept,
        keptTokens,
        spans.get(0),
        spans.get(1),
        spans.get(2));
  }
}
