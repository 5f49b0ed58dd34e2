package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * Initials belong to the name they stand in. A Devanagari initial is a letter's name with a full
 * stop after it ({@code एम.}, {@code जी.के.}); the recogniser often finds only the words after
 * them, and the cue finder stops at an initial that is also a word (जी is an honorific, के the
 * genitive). After vetting, each Devanagari person mention is widened:
 *
 * <ul>
 *   <li>to the left over a run of initials ({@code एम.जी. <name>}), and over one given name with
 *       initials before it ({@code एन. उत्तम <name>}), or one name word before a single initial
 *       ({@code एडप्पाडी के. <name>}: Tamil names put the place or father's name first);
 *   <li>to the right over a middle initial and the words after it ({@code प्रताप सी. रेड्डी}).
 * </ul>
 *
 * A letter's name that follows a person's name directly is that name's honorific ({@code मोदी
 * जी.}), not an initial of the next one; an honorific mention over a letter taken as an initial is
 * dropped.
 */
final class Initials {
  private final Lexicon lexicon;
  private final NameWords names;

  Initials(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.names = new NameWords(lexicon);
  }

  /** The vetted mentions of one sentence with person names widened over their initials. */
  List<Mention> widen(Sentence s, List<Mention> vetted) {
    List<Mention> out = new ArrayList<>(vetted.size());
    List<int[]> taken = new ArrayList<>();
    for (Mention m : vetted) {
      Mention w = m;
      if (m.type() == MentionType.PERSON && s.tokens().get(m.start()).isDevanagari()) {
        int start = leftEdge(s, vetted, m.start());
        int end = rightEdge(s, vetted, m.end());
        if (start != m.start() || end != m.end()) {
          String surface = s.span(start, end);
          String value = m.source().equals(LexiconFinder.LAYER) ? m.value() : surface;
          w = new Mention(m.sentence(), start, end, m.type(), value, m.kind(), surface, m.source());
          taken.add(new int[] {start, m.start()});
        }
      }
      out.add(w);
    }
    if (taken.isEmpty()) {
      return out;
    }
    out.removeIf(
        m ->
            m.type() == MentionType.HONORIFIC
                && taken.stream().anyMatch(r -> r[0] <= m.start() && m.end() <= r[1]));
    return out;
  }

  private int leftEdge(Sentence s, List<Mention> found, int start) {
    int j = start;
    int count = 0;
    if (j < s.size() && stop(s, j) && j >= 1 && initial(s, j - 1)) {
      j--; // the mention starts at an initial's full stop: . मल्लेश
      count++;
    }
    while (j >= 2 && stop(s, j - 1) && initial(s, j - 2)) {
      j -= 2;
      count++;
    }
    if (count == 0) {
      // एन. उत्तम कुमार रेड्डी: one given name between the initials and the recognised words
      if (j >= 3
          && givenName(s, found, j - 1)
          && stop(s, j - 2)
          && initial(s, j - 3)
          && !afterPerson(found, j - 3)) {
        j -= 3;
        while (j >= 2 && stop(s, j - 1) && initial(s, j - 2)) {
          j -= 2;
        }
        return j;
      }
      return start;
    }
    if (afterPerson(found, j)) {
      return start; // मोदी जी. <name>: the honorific of the name before
    }
    if (count == 1
        && j >= 1
        && s.tokens().get(j - 1).isDevanagari()
        && !NameWords.covered(found, j - 1)
        && lexicon.isNameWord(s.tokens().get(j - 1).norm())
        && !lexicon.isCommonWord(s.tokens().get(j - 1).norm())) {
      j--; // एडप्पाडी के. पलानीस्वामी
    }
    return j;
  }

  private int rightEdge(Sentence s, List<Mention> found, int end) {
    if (end >= 1 && initial(s, end - 1) && end < s.size() && stop(s, end)) {
      int after = names.runFrom(s, found, end + 1, 2, false);
      return after > end + 1 ? after : end; // डिंडीगुल सी. श्रीनिवासन
    }
    if (end + 2 < s.size()
        && initial(s, end)
        && stop(s, end + 1)
        && !NameWords.covered(found, end)) { // मोदी जी. <name>: an honorific, no middle initial
      int after = names.runFrom(s, found, end + 2, 2, false);
      return after > end + 2 ? after : end; // प्रताप सी. रेड्डी
    }
    return end;
  }

  private boolean givenName(Sentence s, List<Mention> found, int i) {
    Token t = s.tokens().get(i);
    return t.isDevanagari()
        && !NameWords.covered(found, i)
        && (lexicon.isGivenName(t.norm()) || lexicon.isNameWord(t.norm()));
  }

  private static boolean stop(Sentence s, int i) {
    return s.tokens().get(i).text().equals(".");
  }

  private static boolean initial(Sentence s, int i) {
    Token t = s.tokens().get(i);
    return t.isDevanagari() && TranslitKey.isInitial(t.text());
  }

  private static boolean afterPerson(List<Mention> found, int i) {
    for (Mention m : found) {
      if (m.type() == MentionType.PERSON && m.end() == i) {
        return true;
      }
    }
    return false;
  }
}
