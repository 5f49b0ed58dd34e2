package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * The state each sentence's story is about. A day page or a digest holds many stories, each opened
 * by its own dateline ({@code जयपुर (एजेंसी)।}, {@code लखनऊ, 12 मार्च।}): from a dateline on, a
 * bare title (मुख्यमंत्री, DGP) belongs to the dateline's state, not to the page's. A sentence
 * opens a story when it begins with a city or a state followed by a bracket, a slash, a comma and a
 * number, or nothing more. A dateline in a shared seat (Delhi, Chandigarh: {@code shared_seat})
 * names no state: on a page of several datelined stories its paragraph is national (no state), in a
 * single story it leaves the article's own. Paragraphs without a dateline keep the article's.
 */
final class StoryStates {
  private final Lexicon lexicon;

  StoryStates(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** One state id (or null) per sentence. */
  List<String> of(List<Sentence> sentences, List<List<Mention>> found, String articleState) {
    List<String> out = new ArrayList<>(Collections.nCopies(sentences.size(), articleState));
    List<Mention> datelines = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      datelines.add(dateline(sentences.get(i), found.get(i)));
    }
    // a page of several stories: a Delhi story on it is national, its bare titles of no state
    boolean page = datelines.stream().filter(d -> d != null).count() >= 2;
    String current = articleState;
    int paragraph = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).paragraph() != paragraph) {
        paragraph = sentences.get(i).paragraph();
        current = articleState; // a dateline speaks for its own paragraph
      }
      Mention d = datelines.get(i);
      if (d != null) {
        current = !sharedSeat(d.value()) ? d.value() : page ? null : articleState;
      }
      out.set(i, current);
    }
    return out;
  }

  private Mention dateline(Sentence s, List<Mention> found) {
    for (Mention m : found) {
      if (m.start() != 0
          || !m.source().equals(LexiconFinder.LAYER)
          || (m.type() != MentionType.CITY && m.type() != MentionType.STATE)) {
        continue;
      }
      if (m.end() >= s.size()) {
        return m;
      }
      Token next = s.tokens().get(m.end());
      WordClasses wc = lexicon.wordClasses();
      boolean numberAfter =
          m.end() + 1 < s.size()
              && s.tokens().get(m.end() + 1).text().chars().allMatch(Character::isDigit);
      if (wc.get("bracket_open").has(next.norm())
          || next.text().equals("/")
          || (next.text().equals(",") && numberAfter)
          || (!next.isWord() && m.end() + 1 == s.size())) {
        return m;
      }
    }
    return null;
  }

  private boolean sharedSeat(String placeId) {
    return lexicon.wordClasses().get("shared_seat").has(placeId);
  }
}
