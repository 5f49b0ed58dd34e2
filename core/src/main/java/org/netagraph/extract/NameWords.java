package org.netagraph.extract;

import java.util.List;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * Which tokens may be part of a person's name: words that are not stop words, not words of a
 * non-person lexicon phrase, not covered by a state, party, office or cue mention; initials only
 * before another name word. Shared by the finders and the resolver.
 */
public final class NameWords {
  private final Lexicon lexicon;

  NameWords(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Token {@code i} is covered by a non-person lexicon mention. */
  public static boolean covered(List<Mention> found, int i) {
    for (Mention m : found) {
      if (m.type() != MentionType.PERSON && m.start() <= i && i < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token {@code i} reads as an initial: one letter (V, वी). A Devanagari initial that is also a
   * function word (के is both K and the genitive, से both S and "from") counts only with a full
   * stop or another initial after it: in {@code राज्यपाल के <name>} it is the genitive.
   */
  boolean initialAt(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!TranslitKey.isInitial(t.text())) {
      return false;
    }
    if (t.isDevanagari() && lexicon.isStopword(t.norm())) {
      if (i + 1 >= s.size()) {
        return false;
      }
      Token next = s.tokens().get(i + 1);
      // के. <name>, or के टी <name>: a full stop, or another initial that is no function word
      return next.text().equals(".")
          || (TranslitKey.isInitial(next.text())
              && next.isDevanagari()
              && !lexicon.isStopword(next.norm()));
    }
    return true;
  }

  /** A word that can stand in a name, ignoring what covers it. */
  boolean nameLike(Token t, boolean latinNeedsCapital) {
    if (t.isDevanagari()) {
      return t.text().length() >= 2
          && t.text().codePoints().anyMatch(Character::isLetter)
          && !lexicon.isStopword(t.norm())
          // a word of a longer lexicon phrase (राज of पंचायती राज) alone is still a name word
          && (!lexicon.inVocabulary(t.norm())
              || lexicon.isGivenName(t.norm())
              // खान is a surname and the mines of खान मंत्री
              || (lexicon.isNameWord(t.norm()) && !lexicon.isCommonWord(t.norm())));
    }
    if (t.isLatin()) {
      return (!latinNeedsCapital || t.isCapitalised())
          && t.text().length() >= 1
          && !lexicon.isEnglishStopword(t.norm())
          && !lexicon.inVocabulary(t.norm())
          && t.text().chars().allMatch(Character::isLetter);
    }
    return false;
  }

  /**
   * The end (exclusive) of the longest run of name words starting at {@code from}, at most {@code
   * max} words besides leading initials, all of one script; {@code from} if there is none. Initials
   * (V, वी) count only when another name word follows; a full stop after an initial is skipped.
   */
  int runFrom(Sentence s, List<Mention> found, int from, int max, boolean latinNeedsCapital) {
    int i = from;
    int words = 0;
    int lastGood = from;
    Boolean deva = null;
    boolean onlyInitials =
        true; // initials stand at the start of a name: बनाने के फॉर्मूले is no name
    while (i < s.size() && words < max) {
      Token t = s.tokens().get(i);
      if (deva != null && deva != t.isDevanagari()) {
        break;
      }
      boolean initial = onlyInitials && initialAt(s, i) && (t.isLatin() ? t.isCapitalised() : true);
      if (initial && i + 1 < s.size()) {
        int next = i + 1;
        if (s.tokens().get(next).text().equals(".")) {
          next++;
        }
        if (next < s.size() && !covered(found, i)) {
          deva = t.isDevanagari();
          i = next; // initials do not count against max: वाई एस X Y Z is a name of three words
          continue;
        }
      }
      if (covered(found, i) || !nameLike(t, latinNeedsCapital)) {
        break;
      }
      onlyInitials = false;
      deva = t.isDevanagari();
      i++;
      words++;
      lastGood = i;
    }
    return lastGood;
  }

  /**
   * The start (inclusive) of the longest run of name words ending just before {@code end}, at most
   * {@code max} words; {@code end} if none.
   */
  int runTo(Sentence s, List<Mention> found, int end, int max, boolean latinNeedsCapital) {
    int i = end - 1;
    int words = 0;
    Boolean deva = null;
    boolean sawInitial = false; // going left, once an initial is taken only initials may precede it
    while (i >= 0 && words < max) {
      Token t = s.tokens().get(i);
      if (t.text().equals(".") && i > 0 && initialAt(s, i - 1) && words > 0) {
        i--; // the full stop of an initial (before the script check: it has no script)
        continue;
      }
      if (deva != null && deva != t.isDevanagari()) {
        break;
      }
      boolean initial = words > 0 && initialAt(s, i) && !covered(found, i);
      if (!initial && (sawInitial || covered(found, i) || !nameLike(t, latinNeedsCapital))) {
        break;
      }
      sawInitial |= initial;
      deva = t.isDevanagari();
      i--;
      words++;
    }
    return i + 1;
  }
}
