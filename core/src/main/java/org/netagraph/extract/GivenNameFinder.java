package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * Finds the people the recogniser passes over because their given name is an ordinary word too
 * ({@code given_name_common}: पूजा, दिशा, सूरज, किरण): such a word and the surname after it. The
 * surname is a word of the name lists that is not mostly an ordinary word (सूरज मंडल), or a word
 * that neither the name lists nor the common words know (पूजा कांबले) when the name ends there: a
 * case marker, a list joiner, a mark or a lexicon word (a descriptor, a title) follows. {@code
 * विशेष पूजा की}, {@code आशा कार्यकर्ता}, {@code नई दिशा मिली} name no one.
 */
public final class GivenNameFinder implements MentionFinder {
  public static final String LAYER = "person:given";
  private final Lexicon lexicon;
  private final WordClasses.WordClass givenCommon;
  private final WordClasses.WordClass caseMarkers;
  private final WordClasses.WordClass joiners;

  public GivenNameFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    WordClasses wc = lexicon.wordClasses();
    givenCommon = wc.get("given_name_common");
    caseMarkers = wc.get("name_case_marker");
    joiners = wc.get("list_joiner");
  }

  @Override
  public Set<String> provides() {
    return Set.of(LAYER);
  }

  @Override
  public Set<String> requires() {
    return Set.of(LexiconFinder.LAYER);
  }

  @Override
  public List<Mention> find(Sentence s, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    List<Token> toks = s.tokens();
    for (int i = 0; i + 1 < toks.size(); i++) {
      Token given = toks.get(i);
      if (!given.isDevanagari()
          || !givenCommon.has(given.norm())
          || taken(found, i)
          || taken(found, i + 1)
          || !surname(toks.get(i + 1))
          || !(lexicon.isNameWord(toks.get(i + 1).norm()) || endsHere(s, found, i + 2))) {
        continue;
      }
      String surface = s.span(i, i + 2);
      out.add(new Mention(s.index(), i, i + 2, MentionType.PERSON, surface, "", surface, LAYER));
      i++;
    }
    return out;
  }

  /** A word that may be a family name after an ordinary given name. */
  private boolean surname(Token t) {
    String w = t.norm();
    if (!t.isDevanagari()
        || lexicon.isGivenName(w)
        || lexicon.isStopword(w)
        || lexicon.endsAsNoName(w)) {
      return false;
    }
    return lexicon.isNameWord(w) ? !lexicon.isStronglyCommon(w) : !lexicon.isCommonWord(w);
  }

  /** The name ends before token {@code i}: the sentence ends, or a marker or a lexicon word. */
  private boolean endsHere(Sentence s, List<Mention> found, int i) {
    if (i >= s.size()) {
      return true;
    }
    Token t = s.tokens().get(i);
    return !t.isWord()
        || caseMarkers.has(t.norm())
        || joiners.has(t.norm())
        || NameWords.covered(found, i);
  }

  /** Some mention (a person, a title, a place) has the token already. */
  private static boolean taken(List<Mention> found, int i) {
    for (Mention m : found) {
      if (m.start() <= i && i < m.end()) {
        return true;
      }
    }
    return false;
  }
}
