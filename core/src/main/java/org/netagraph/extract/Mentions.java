package org.netagraph.extract;

import java.util.List;
import org.netagraph.model.Mention;
import org.netagraph.model.Token;

/** Look-ups of the people of a sentence by position. */
final class Mentions {
  private Mentions() {}

  static Mention personAt(FactRules.SentenceView v, int i) {
    for (Mention m : v.persons()) {
      if (m.start() == i) {
        return m;
      }
    }
    return null;
  }

  static Mention personEndingAt(FactRules.SentenceView v, int end) {
    for (Mention m : v.persons()) {
      if (m.end() == end) {
        return m;
      }
    }
    return null;
  }

  /**
   * The index after a bracketed gloss that starts at {@code i} ({@code ( Ramesh Verma )}), else
   * {@code i}.
   */
  static int afterGloss(List<Token> toks, int i) {
    if (i < toks.size() && toks.get(i).text().equals("(")) {
      for (int j = i + 1; j < toks.size() && j <= i + 8; j++) {
        if (toks.get(j).text().equals(")")) {
          return j + 1;
        }
      }
    }
    return i;
  }
}
