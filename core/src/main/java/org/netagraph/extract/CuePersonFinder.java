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
 * Finds people no lexicon lists, from the words around them:
 *
 * <ul>
 *   <li>after an office or a title: {@code सीएम <name>}, {@code प्रभारी <name>}, {@code Union
 *       Minister <name>}, {@code कैप्टन <name>}, {@code Dr. <name>};
 *   <li>before a speech or agent cue: {@code <name> ने कहा}, {@code X के मुताबिक}, {@code X said};
 *       before a bare {@code ने} only a name of two words or more;
 *   <li>before an age in brackets ({@code <name> (24)}) and on both sides of {@code उर्फ}.
 * </ul>
 *
 * Honorifics stay outside the span. Name words are those of {@link NameWords}.
 */
public final class CuePersonFinder implements MentionFinder {
  public static final String LAYER = "person:cue";

  /** Cue kinds that say a lone word is someone: an age in brackets after it, an alias. */
  static final Set<String> IDENTIFYING_KINDS = Set.of("age", "alias");

  private static final int MAX_WORDS = 3;
  private final WordClasses.WordClass listJoiners;
  private final WordClasses.WordClass listEnds;
  private final WordClasses.WordClass predicate;
  private final WordClasses.WordClass home;
  private final WordClasses.WordClass agent;
  private final WordClasses.WordClass genitive;
  private final WordClasses.WordClass aliasWord;
  private final WordClasses.WordClass bracketOpen;
  private final WordClasses.WordClass bracketClose;
  private final NameWords words;

  public CuePersonFinder(Lexicon lexicon) {
    this.words = new NameWords(lexicon);
    WordClasses wc = lexicon.wordClasses();
    listJoiners = wc.get("list_joiner");
    listEnds = wc.get("list_end");
    predicate = wc.get("name_predicate");
    home = wc.get("home");
    agent = wc.get("agent_marker");
    genitive = wc.get("genitive");
    aliasWord = wc.get("alias_word");
    bracketOpen = wc.get("bracket_open");
    bracketClose = wc.get("bracket_close");
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
    for (Mention m : found) {
      boolean title =
          m.type() == MentionType.OFFICE
              || (m.type() == MentionType.HONORIFIC && m.kind().equals("prefix"));
      if (title) {
        int from = m.end();
        while (from < toks.size()
            && (isPrefixHonorific(found, from) || toks.get(from).text().equals("."))) {
          from = nextAfter(found, from);
        }
        int end = words.runFrom(s, found, from, MAX_WORDS, true);
        if (from < toks.size() && personEndAt(found, from) >= end) {
          continue; // a person found already, as long: a title cue's three-word name beats the
          // recogniser's two words
        }
        if (end == from + 1
            && toks.get(from).isDevanagari()
            && !m.kind().equals("prefix")
            && personEndAt(found, from) < 0) {
          continue; // मुख्यमंत्री बदलने, मुख्यमंत्री होंगी: one word after a title is a name only
          // if a recogniser says so
        }
        add(out, s, from, end, "title");
        // <name> राज्य मंत्री थे: a name of two words or more before a title used as predicate
        if (m.type() == MentionType.OFFICE
            && m.end() < toks.size()
            && predicate.has(toks.get(m.end()).norm())) {
          int start = words.runTo(s, found, m.start(), 3, true);
          if (m.start() - start >= 2 && personEndAt(found, start) < m.start()) {
            add(out, s, start, m.start(), "predicate");
          }
        }
      } else if (m.type() == MentionType.CUE && m.value().equals("after_name")) {
        int start = words.runTo(s, found, m.start(), 3, true);
        add(out, s, start, m.start(), "speech");
      }
    }
    for (int i = 1; i < toks.size(); i++) {
      if (agent.has(toks.get(i).norm()) && !NameWords.covered(found, i)) {
        int start = words.runTo(s, found, i, 3, true);
        if (i - start >= 2) {
          add(out, s, start, i, "agent");
        }
      }
      // <name>, <name> और <name>: a name of two words or more that continues a list of names
      if (listJoiners.has(toks.get(i).norm())
          && personEndingAt(found, i)
          && i + 1 < toks.size()
          && personEndAt(found, i + 1) < 0) {
        int end = words.runFrom(s, found, i + 1, 3, true);
        if (end - (i + 1) >= 2
            && (end >= toks.size()
                || !toks.get(end).isWord()
                || listJoiners.has(toks.get(end).norm())
                || listEnds.has(toks.get(end).norm()))) {
          add(out, s, i + 1, end, "list");
        }
      }
      // <name> (24): an age in brackets after a name, as crime news writes it
      if (i + 2 < toks.size()
          && bracketOpen.has(toks.get(i).norm())
          && isAge(toks.get(i + 1).text())
          && bracketClose.has(toks.get(i + 2).norm())) {
        int start = words.runTo(s, found, i, 3, true);
        if (start < i && personEndAt(found, start) < i) {
          add(out, s, start, i, "age");
        }
      }
      // <name> उर्फ <nickname>: both name one person (PersonResolver joins them)
      if (aliasWord.has(toks.get(i).norm())) {
        int start = words.runTo(s, found, i, 3, true);
        if (start < i && personEndAt(found, start) < i) {
          add(out, s, start, i, "alias");
        }
        int end = words.runFrom(s, found, i + 1, 3, true);
        if (end > i + 1 && personEndAt(found, i + 1) < end) {
          add(out, s, i + 1, end, "alias");
        }
      }
      // <name> के आवास पहुंचे: a name of two words or more before "X's residence"
      if (genitive.has(toks.get(i).norm())
          && i + 1 < toks.size()
          && home.has(toks.get(i + 1).norm())) {
        int start = words.runTo(s, found, i, 3, true);
        if (i - start >= 2) {
          add(out, s, start, i, "home");
        }
      }
    }
    return out;
  }

  /** A person's age as papers give it in brackets: a number from 1 to 110, in either script. */
  private static boolean isAge(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    int n = 0;
    for (int k = 0; k < text.length(); k++) {
      int d = Character.digit(text.charAt(k), 10);
      if (d < 0) {
        return false;
      }
      n = n * 10 + d;
    }
    return n >= 1 && n <= 110;
  }

  private static boolean isPrefixHonorific(List<Mention> found, int i) {
    for (Mention m : found) {
      if (m.type() == MentionType.HONORIFIC && m.kind().equals("prefix") && m.start() == i) {
        return true;
      }
    }
    return false;
  }

  private static boolean personEndingAt(List<Mention> found, int end) {
    for (Mention m : found) {
      if (m.type() == MentionType.PERSON && m.end() == end) {
        return true;
      }
    }
    return false;
  }

  /** The end of the longest person mention starting at {@code i}, or -1. */
  private static int personEndAt(List<Mention> found, int i) {
    int end = -1;
    for (Mention m : found) {
      if (m.type() == MentionType.PERSON && m.start() == i) {
        end = Math.max(end, m.end());
      }
    }
    return end;
  }

  private static int nextAfter(List<Mention> found, int i) {
    for (Mention m : found) {
      if (m.type() == MentionType.HONORIFIC && m.start() == i) {
        return m.end();
      }
    }
    return i + 1;
  }

  private static void add(List<Mention> out, Sentence s, int start, int end, String why) {
    if (end <= start) {
      return;
    }
    String surface = s.span(start, end);
    for (Mention m : out) {
      if (m.start() == start && m.end() == end) {
        return;
      }
    }
    out.add(new Mention(s.index(), start, end, MentionType.PERSON, surface, why, surface, LAYER));
  }
}
