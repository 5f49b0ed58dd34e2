package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.netagraph.extract.rules.Doc;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Token;

/**
 * The predicate {@code &coordinated}: the sentence's people stand in one list (X और Y, X, Y and Z).
 * Only then does a meeting sentence without a host say that they met each other: {@code बैठक से
 * पहले X ने कहा कि A और B हमारे नेता हैं} names three people, not a meeting of them. A title may
 * stand before the next name (X और मुख्यमंत्री Y, X and BJP president Y, X and Mr. Y).
 */
final class Coordination {
  private final WordClasses.WordClass joiners;
  private final WordClasses.WordClass pairSeparators;
  private final WordClasses.WordClass titleLinks;

  Coordination(Lexicon lexicon) {
    WordClasses wc = lexicon.wordClasses();
    joiners = wc.get("list_joiner");
    pairSeparators = wc.get("pair_separator");
    titleLinks = wc.get("title_link");
  }

  boolean coordinated(Doc d) {
    List<Token> toks = d.tokens();
    List<Mention> ps = new ArrayList<>(d.persons());
    ps.sort(Comparator.comparingInt(Mention::start));
    for (int k = 0; k + 1 < ps.size(); k++) {
      int i = Mentions.afterGloss(toks, ps.get(k).end());
      int end = ps.get(k + 1).start();
      if (i > end) {
        continue;
      }
      boolean joined = i < end;
      boolean separated = false;
      while (i < end) {
        String w = toks.get(i).norm();
        Mention l = firstLexicon(d, i);
        if (joiners.has(w) || pairSeparators.has(w)) {
          separated = true;
          i++;
        } else if (separated && l != null && !meetingWord(l)) {
          i = l.end(); // the next one's title
          if (l.type() == MentionType.HONORIFIC && i < end && toks.get(i).text().equals(".")) {
            i++;
          }
        } else if (separated && titleLinks.has(w)) {
          i++;
        } else {
          joined = false;
          break;
        }
      }
      if (!joined || !separated) {
        return false;
      }
    }
    return true;
  }

  private static boolean meetingWord(Mention l) {
    return l.type() == MentionType.CUE && l.value().equals("meet");
  }

  private static Mention firstLexicon(Doc d, int i) {
    for (Mention m : d.lexicon()) {
      if (m.start() == i) {
        return m;
      }
    }
    return null;
  }
}
