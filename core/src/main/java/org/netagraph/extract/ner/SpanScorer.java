package org.netagraph.extract.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact-match span precision/recall/F1 per type, computed like HiNER's and netagraph's {@code
 * conll_f1.py}: a span starts at a B- tag, or at an I- tag not continuing a span of its type, and
 * runs over following I- tags of its type.
 */
public final class SpanScorer {
  private SpanScorer() {}

  record Span(int sentence, int start, int end, int type) {}

  /** Scores sentence-aligned taggings (same number of sentences and tokens). */
  public static List<TypeScore> score(List<List<String>> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold sentences but " + predicted.size() + " predicted");
    }
    Set<Span> g = new HashSet<>();
    Set<Span> p = new HashSet<>();
    for (int s = 0; s < gold.size(); s++) {
      if (gold.get(s).size() != predicted.get(s).size()) {
        throw new IllegalArgumentException(
            "sentence "
                + s
                + ": "
                + gold.get(s).size()
                + " gold tags but "
                + predicted.get(s).size()
                + " predicted");
      }
      spans(s, gold.get(s), g);
      spans(s, predicted.get(s), p);
    }
    List<TypeScore> out = new ArrayList<>();
    for (int type = 0; type < BioTags.TYPES.size(); type++) {
      int gc = 0;
      int pc = 0;
      int correct = 0;
      for (Span span : g) {
        if (span.type() == type) {
          gc++;
        }
      }
      for (Span span : p) {
        if (span.type() == type) {
          pc++;
          if (g.contains(span)) {
            correct++;
          }
        }
      }
      out.add(new TypeScore(BioTags.TYPES.get(type), gc, pc, correct));
    }
    return List.copyOf(out);
  }

  private static void spans(int sentence, List<String> tags, Set<Span> out) {
    int start = -1;
    int type = -1;
    for (int i = 0; i <= tags.size(); i++) {
      int tag = i < tags.size() ? BioTags.index(tags.get(i)) : BioTags.O;
      if (tag < 0) {
        throw new IllegalArgumentException(
            "sentence " + sentence + " token " + i + ": unknown tag '" + tags.get(i) + "'");
      }
      boolean continues = BioTags.isInside(tag) && BioTags.type(tag) == type;
      if (start >= 0 && !continues) {
        out.add(new Span(sentence, start, i, type));
        start = -1;
        type = -1;
      }
      if (tag != BioTags.O && !continues) {
        start = i;
        type = BioTags.type(tag);
      }
    }
  }
}
