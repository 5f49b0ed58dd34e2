package org.netagraph.extract.ner;

import java.util.Map;

/**
 * How much a word looks like a person's name rather than a place or organisation word, from the
 * character bigrams and trigrams of the gazetteer: tokens of given names, surnames and persons on
 * one side, tokens of places, place words, organisations, organisation words and person titles on
 * the other (naive Bayes log-likelihood ratio per n-gram, averaged). Derived from the gazetteer
 * alone, so a model file needs nothing more. Immutable and thread-safe.
 */
final class NameLikeness {
  private static final int PERSON_MASK =
      (1 << Gazetteer.Category.GIVEN_NAME.ordinal())
          | (1 << Gazetteer.Category.SURNAME.ordinal())
          | (1 << Gazetteer.Category.PERSON.ordinal());

  private final LongIntMap positive;
  private final LongIntMap negative;
  private final double positiveTotal;
  private final double negativeTotal;

  NameLikeness(Map<String, Integer> entries) {
    positive = new LongIntMap(1 << 14);
    negative = new LongIntMap(1 << 14);
    long p = 0;
    long q = 0;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      int mask = e.getValue();
      boolean person = (mask & PERSON_MASK) != 0;
      boolean other = (mask & ~PERSON_MASK) != 0;
      if (person == other) {
        continue;
      }
      for (String token : e.getKey().split(" ")) {
        String w = TextNormalizer.looseForm(token);
        if (person) {
          p += add(positive, w);
        } else {
          q += add(negative, w);
        }
      }
    }
    positiveTotal = p + 1;
    negativeTotal = q + 1;
  }

  private static int add(LongIntMap counts, String w) {
    String s = "^" + w + "$";
    int n = 0;
    for (int k = 2; k <= 3; k++) {
      for (int i = 0; i + k <= s.length(); i++) {
        long h = Hashing.chars(s, i, i + k);
        counts.put(h, counts.get(h, 0) + 1);
        n++;
      }
    }
    return n;
  }

  /** Average log-likelihood ratio (person over other) of the word's n-grams; 0 for none. */
  double score(String matchForm) {
    String s = "^" + TextNormalizer.looseForm(matchForm) + "$";
    double sum = 0;
    int n = 0;
    for (int k = 2; k <= 3; k++) {
      for (int i = 0; i + k <= s.length(); i++) {
        long h = Hashing.chars(s, i, i + k);
        sum +=
            Math.log((positive.get(h, 0) + 0.5) / positiveTotal)
                - Math.log((negative.get(h, 0) + 0.5) / negativeTotal);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The score in one of nine bins, -4..4. */
  int bin(String matchForm) {
    long b = Math.round(score(matchForm) * 2);
    return (int) Math.max(-4, Math.min(4, b));
  }
}
