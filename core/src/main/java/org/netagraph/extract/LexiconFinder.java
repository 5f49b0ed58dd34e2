package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.PhraseIndex;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.text.TextNormalizer;

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
      if (initialsBeforeAName(sentence, m)) {
        i = m.end(); // C. M. X: the initials of a name, not the Chief Minister
        continue;
      }
      if (acronymInLowerCase(sentence, m)) {
        i++; // "us", "up": English words, not US or UP
        continue;
      }
      String surface = sentence.span(m.start(), m.end());
      for (Lexicon.Entry e : m.entries()) {
        out.add(
            new Mention(
                sentence.index(),
                m.start(),
                m.end(),
                e.type(),
                e.value(),
                e.kind(),
                surface,
                LAYER));
      }
      i = m.end();
    }
    return out;
  }

  /** A phrase listed only in capitals, matched by a word with a lower-case letter. */
  private boolean acronymInLowerCase(Sentence sentence, PhraseIndex.Match<Lexicon.Entry> m) {
    StringBuilder b = new StringBuilder();
    for (int k = m.start(); k < m.end(); k++) {
      String t = sentence.tokens().get(k).text();
      if (!t.equals(".")) {
        b.append(t);
      }
    }
    String word = b.toString();
    return word.chars().anyMatch(Character::isLowerCase)
        && lexicon.isAcronym(TextNormalizer.matchForm(word));
  }

  /**
   * An office abbreviation written as dotted capitals (C. M., P. M.) right before a capitalised
   * word: a person's initials ({@code C. M. X}), since the titles are written CM, PM or C.M. before
   * a name only rarely. Undotted forms (CM Yogi) stay titles.
   */
  static boolean initialsBeforeAName(Sentence sentence, PhraseIndex.Match<Lexicon.Entry> m) {
    boolean office = false;
    for (Lexicon.Entry e : m.entries()) {
      office |= e.type() == MentionType.OFFICE;
    }
    if (!office) {
      return false;
    }
    int letters = 0;
    int dots = 0;
    for (int k = m.start(); k < m.end(); k++) {
      String t = sentence.tokens().get(k).text();
      if (t.equals(".")) {
        dots++;
      } else if (t.length() == 1 && Character.isUpperCase(t.charAt(0)) && t.charAt(0) < 128) {
        letters++;
      } else {
        return false;
      }
    }
    int next = m.end();
    while (next < sentence.size() && sentence.tokens().get(next).text().equals(".")) {
      next++;
      dots++;
    }
    return letters >= 2
        && dots >= letters
        && next < sentence.size()
        && sentence.tokens().get(next).isCapitalised()
        && sentence.tokens().get(next).isLatin()
        && sentence.tokens().get(next).text().length() > 1;
  }
}
