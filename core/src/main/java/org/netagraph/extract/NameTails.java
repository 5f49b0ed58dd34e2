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
 * The recogniser often ends a name one word early ({@code सूर्य प्रताप} of सूर्य प्रताप शाही,
 * {@code संदीप रेड्डी} of संदीप रेड्डी वांगा). After vetting, a Devanagari person mention takes the
 * next word when the name clearly goes on there: the word is a name word (of the name lists) and no
 * ordinary word, or, after a name of two words or more, a word no list knows; and the name clearly
 * ends after it: a list separator, the end of the clause, or a case marker that attaches to a
 * person (ने, की, को). A place before में or से is not taken ({@code X Y तिपटूर में हारे}). A
 * one-word title that is also a name word, closing a list item or before such a marker, is the
 * surname it is there ({@code चंद्र मोहन पटवारी,}, {@code भास्कर ज्योति महंत ने}): a title is
 * followed by its holder's name, not by a comma or ने. After a title, a one-word given name takes
 * the next word before ने or a list separator even when it is an ordinary word ({@code विधायक उत्तम
 * जानकर ने}).
 */
final class NameTails {
  private final Lexicon lexicon;
  private final Set<String> joiners;
  private final Set<String> attaches;
  private final WordClasses.WordClass caseMarkers;
  private final Set<String> agent;
  private final WordClasses.WordClass verbEndings;

  NameTails(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.caseMarkers = lexicon.wordClasses().get("name_case_marker");
    this.agent = lexicon.wordClass("agent_marker");
    this.verbEndings = lexicon.wordClasses().get("verb_ending");
    this.joiners = lexicon.wordClass("list_joiner");
    this.attaches = lexicon.wordClass("person_case_after");
  }

  /** The mentions of one sentence with person names taking a last word the recogniser left. */
  List<Mention> extend(Sentence s, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    List<Mention> dropped = new ArrayList<>();
    for (Mention m : mentions) {
      Mention w = m;
      if (m.type() == MentionType.PERSON
          && !m.source().equals(LexiconFinder.LAYER)
          && s.tokens().get(m.start()).isDevanagari()
          && takesNext(s, mentions, m)) {
        int end = m.end() + 1;
        String surface = s.span(m.start(), end);
        w =
            new Mention(
                m.sentence(), m.start(), end, m.type(), surface, m.kind(), surface, m.source());
        for (Mention c : mentions) {
          if (c.type() != MentionType.PERSON && c.start() == m.end() && c.end() == end) {
            dropped.add(c);
          }
        }
      }
      out.add(w);
    }
    out.removeAll(dropped);
    return out;
  }

  private boolean takesNext(Sentence s, List<Mention> found, Mention m) {
    int i = m.end();
    if (i >= s.size()) {
      return false;
    }
    Token t = s.tokens().get(i);
    if (!t.isDevanagari() || !t.isWord() || longerPerson(found, m)) {
      return false;
    }
    if (titledGivenName(s, found, m) && surnameAfterGiven(t) && nonPersonAt(found, i) == null) {
      // विधायक उत्तम जानकर ने, अटॉर्नी जनरल विलियम बार ने: after a title the given name alone is
      // rare, so the word closing the name is its surname, even an ordinary word; not before a
      // genitive (प्रिंस हैरी ताबूत के पीछे)
      return listBoundary(s, i + 1)
          || (i + 1 < s.size() && agent.contains(s.tokens().get(i + 1).norm()));
    }
    if (lexicon.isStopword(t.norm())) {
      return false;
    }
    boolean nameWord = lexicon.isNameWord(t.norm()) && !lexicon.isCommonWord(t.norm());
    boolean unknown =
        !lexicon.isNameWord(t.norm())
            && !lexicon.isCommonWord(t.norm())
            && !lexicon.inVocabulary(t.norm())
            && !lexicon.endsAsNoName(t.norm())
            && words(s, m) >= 2;
    Mention cover = nonPersonAt(found, i);
    if (cover != null) {
      // चंद्र मोहन पटवारी, रनोज पेगु: a one-word title closing a list item is a surname
      return cover.end() == i + 1
          && (cover.type() == MentionType.OFFICE || cover.type() == MentionType.HONORIFIC)
          && lexicon.isNameWord(t.norm())
          && (listBoundary(s, i + 1) || attachesAt(s, i + 1));
    }
    if (!nameWord && !unknown) {
      return false;
    }
    return listBoundary(s, i + 1) || attachesAt(s, i + 1);
  }

  /** A one-word given name right after a title or a word that describes a person. */
  private boolean titledGivenName(Sentence s, List<Mention> found, Mention m) {
    if (words(s, m) != 1 || !lexicon.isGivenName(s.tokens().get(m.start()).norm())) {
      return false;
    }
    for (Mention c : found) {
      if (c.end() == m.start()
          && (c.type() == MentionType.OFFICE || c.type() == MentionType.HONORIFIC)) {
        return true;
      }
    }
    return false;
  }

  /** A word that may close a name after a given name: no marker, joiner or frequent word. */
  private boolean surnameAfterGiven(Token t) {
    String w = t.norm();
    return !joiners.contains(w)
        && !attaches.contains(w)
        && !caseMarkers.has(w)
        && !lexicon.isFrequentWord(w)
        && !lexicon.endsAsNoName(w)
        && !verbEndings.has(w);
  }

  private boolean attachesAt(Sentence s, int i) {
    return i < s.size() && attaches.contains(s.tokens().get(i).norm());
  }

  private boolean listBoundary(Sentence s, int i) {
    if (i >= s.size()) {
      return true;
    }
    Token t = s.tokens().get(i);
    return joiners.contains(t.norm()) || (!t.isWord() && !t.text().equals("."));
  }

  private static int words(Sentence s, Mention m) {
    int n = 0;
    for (int i = m.start(); i < m.end(); i++) {
      if (s.tokens().get(i).isWord()) {
        n++;
      }
    }
    return n;
  }

  /** Another person mention already covers the word after {@code m}. */
  private static boolean longerPerson(List<Mention> found, Mention m) {
    for (Mention o : found) {
      if (o != m && o.type() == MentionType.PERSON && o.start() <= m.end() && m.end() < o.end()) {
        return true;
      }
    }
    return false;
  }

  private static Mention nonPersonAt(List<Mention> found, int i) {
    for (Mention m : found) {
      if (m.type() != MentionType.PERSON && m.start() <= i && i < m.end()) {
        return m;
      }
    }
    return null;
  }
}
