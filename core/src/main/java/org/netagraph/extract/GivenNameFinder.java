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
 * ({@code given_name_common}: पूजा, दिशा, सूरज, किरण): such a word, a second given name if one
 * follows (सूर्य प्रताप शाही), and the surname after them. The surname is a word of the name lists
 * that is not mostly an ordinary word (सूरज मंडल), or a word that neither the name lists nor the
 * common words know (पूजा कांबले) when the name ends there: a case marker, a list joiner, a mark or
 * a lexicon word (a descriptor, a title) follows. {@code विशेष पूजा की}, {@code आशा कार्यकर्ता},
 * {@code नई दिशा मिली} name no one.
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
      if (!given.isDevanagari() || !givenCommon.has(given.norm()) || taken(found, i)) {
        continue;
      }
      Mention after = twoWordNameAt(found, toks, i + 1);
      if (after != null) {
        // गुलाब | चंद मुर्मू: the recogniser began the name one word late
        String surface = s.span(i, after.end());
        out.add(
            new Mention(
                s.index(), i, after.end(), MentionType.PERSON, surface, "", surface, LAYER));
        i = after.end() - 1;
        continue;
      }
      // सूर्य प्रताप शाही: a second given name, no ordinary word, before the surname
      int last = i + 1 < toks.size() && secondGiven(toks.get(i + 1)) ? i + 2 : i + 1;
      if (last >= toks.size()
          || taken(found, i + 1)
          || taken(found, last)
          || !surname(toks.get(last))
          || !(lexicon.isNameWord(toks.get(last).norm()) || endsHere(s, found, last + 1))) {
        continue;
      }
      String surface = s.span(i, last + 1);
      out.add(new Mention(s.index(), i, last + 1, MentionType.PERSON, surface, "", surface, LAYER));
      i = last;
    }
    return out;
  }

  /** A person mention of two words that starts at {@code i} with a given name. */
  private Mention twoWordNameAt(List<Mention> found, List<Token> toks, int i) {
    for (Mention m : found) {
      if (m.type() == MentionType.PERSON
          && m.start() == i
          && m.length() == 2
          && secondGiven(toks.get(i))) {
        return m;
      }
    }
    return null;
  }

  private boolean secondGiven(Token t) {
    String w = t.norm();
    return t.isDevanagari()
        && lexicon.isGivenName(w)
        && !lexicon.isCommonWord(w)
        && !lexicon.isStopword(w);
  }

  private boolean surname(Token t) {
    return surnameAfterOrdinaryGiven(lexicon, t);
  }

  /**
   * A word that may be a family name after an ordinary given name (also for {@link PersonVetting}):
   * a word of the name lists that is not mostly an ordinary word (मंडल), or a word neither the name
   * lists nor the common words know (कोर्राम, कांबले) that has no verb's ending (not संतोष जताया);
   * no given name, frequent word or plural.
   */
  static boolean surnameAfterOrdinaryGiven(Lexicon lexicon, Token t) {
    String w = t.norm();
    if (!t.isDevanagari()
        || lexicon.isGivenName(w)
        || lexicon.isStopword(w)
        || lexicon.endsAsNoName(w)) {
      return false;
    }
    if (lexicon.isNameWord(w)) {
      return !lexicon.isStronglyCommon(w);
    }
    return !lexicon.isCommonWord(w) && !lexicon.wordClasses().get("verb_ending").has(w);
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
