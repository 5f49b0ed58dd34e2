package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.PhraseIndex;
import org.netagraph.model.Mention;
import org.netagraph.model.Sentence;

/**
 * Longest-match lookup of every lexicon phrase (states, cities, parties, offices, portfolios,
 * honorifics, cue phrases, known people) in both scripts. One mention per entry of the match.
 */
public final class LexiconFinder implements MentionFinder {
  public static final String LAYER = "lexicon";
  private final Lexicon lexicon;

  public LexiconFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Set<String> provides() {
    return Set.of(LAYER);
  }

  @Override
  public Set<String> requires() {
    return Set.of();
  }

  @Override
  public List<Mention> find(Sentence sentence, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < sentence.size()) {
      PhraseIndex.Match<Lexicon.Entry> m = lexicon.index().longest(sentence.tokens(), i);
      if (m == null) {
        i++;
        continue;
      }
      String surface = sentence.span(m.start(), m.end());
      for (Lexicon.Entry e : m.entries()) {
        out.add(new Mention(
                sentence.index(), m.start(), m.end(), e.type(), e.value(), e.kind(), surface, LAYER));
      }
      i = m.end();
    }
    return out;
  }
}
