package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * Step 1 of {@link PersonResolver}: the person mentions of a sentence that name someone.
 * Overlapping mentions are reduced to one (a lexicon name first, then the longer span, then CoreNLP
 * before the Hindi recogniser before a cue span); a name that is part of an institution's (<name>
 * अस्पताल) or a place's ({@code located}: <name> स्थित) is dropped; a cue span that starts with a
 * name found elsewhere is cut back to it.
 */
final class MentionPicker {
  /**
   * Words allowed between a name and its institution's word (सरोजिनी नायडू शासकीय कन्या स्नातकोत्तर
   * महाविद्यालय).
   */
  private static final int MAX_GAP = 4;

  private final WordClasses.WordClass located;
  private final WordClasses.WordClass caseMarkers;
  private final WordClasses.WordClass linkWords;
  private final WordClasses.WordClass modifiers;
  private final Lexicon lexicon;

  MentionPicker(Lexicon lexicon) {
    this.lexicon = lexicon;
    WordClasses wc = lexicon.wordClasses();
    modifiers = wc.get("institution_modifier");
    located = wc.get("located");
    caseMarkers = wc.get("name_case_marker");
    linkWords = wc.get("link_word");
  }

  /**
   * The mentions without a listed person's name that is only the start of a longer name found by
   * another finder, where each word after it is a surname of the name lists and no ordinary word
   * (किशोर कुमार of किशोर कुमार महंत is not the singer): a longer name is another person.
   */
  List<Mention> withoutCutLexiconNames(Sentence s, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found);
    out.removeIf(
        lex ->
            lex.type() == MentionType.PERSON
                && lex.source().equals(LexiconFinder.LAYER)
                && found.stream().anyMatch(o -> extendsWithSurnames(s, lex, o)));
    return out;
  }

  private boolean extendsWithSurnames(Sentence s, Mention lex, Mention o) {
    if (o.type() != MentionType.PERSON
        || o.source().equals(LexiconFinder.LAYER)
        || o.start() != lex.start()
        || o.end() <= lex.end()) {
      return false;
    }
    for (int i = lex.end(); i < o.end(); i++) {
      Token t = s.tokens().get(i);
      if (!t.isDevanagari() || !lexicon.isNameWord(t.norm()) || lexicon.isCommonWord(t.norm())) {
        return false;
      }
    }
    return true;
  }

  /** Overlapping person mentions reduced to one (see the class comment). */
  static List<Mention> pick(List<Mention> found) {
    List<Mention> persons = new ArrayList<>();
    for (Mention m : found) {
      if (m.type() == MentionType.PERSON) {
        persons.add(m);
      }
    }
    // a lexicon name first; else the longer span (a title cue's three-word name over the
    // recogniser's देव सिंह), then the surer finder
    persons.sort(
        Comparator.comparingInt((Mention m) -> m.source().equals(LexiconFinder.LAYER) ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparingInt(m -> rank(m.source())));
    List<Mention> out = new ArrayList<>();
    for (Mention m : persons) {
      boolean clash = false;
      for (Mention o : out) {
        clash |= o.overlaps(m);
      }
      if (!clash) {
        out.add(m);
      }
    }
    return out;
  }

  private static int rank(String source) {
    if (source.equals(LexiconFinder.LAYER)) {
      return 0;
    }
    if (source.contains("corenlp")) {
      return 1;
    }
    if (source.contains("ner")) {
      return 2;
    }
    return 3;
  }

  /**
   * A cue span of three or more words whose first words are a name found by a stronger finder
   * anywhere in the article ({@code <first> <last> इसके लिए}) is cut back to that name.
   */
  Mention trimToKnownPrefix(Sentence s, Mention m, List<List<Mention>> found) {
    if (!m.source().equals(CuePersonFinder.LAYER) || m.length() < 3) {
      return m;
    }
    // names a stronger finder found in another sentence: a name seen on its own elsewhere
    // (a three-word name after राज्यपाल, where the recogniser stopped a word short, is not cut
    // back)
    Set<String> strong = new java.util.HashSet<>();
    for (List<Mention> l : found) {
      for (Mention o : l) {
        if (o.type() == MentionType.PERSON
            && !o.source().equals(CuePersonFinder.LAYER)
            && o.sentence() != m.sentence()) {
          strong.add(TranslitKey.of(List.of(o.surface().split("[\\s.]+"))));
        }
      }
    }
    for (int end = m.end() - 1; end > m.start(); end--) {
      List<String> w = new ArrayList<>();
      for (int i = m.start(); i < end; i++) {
        w.add(s.tokens().get(i).text());
      }
      if (strong.contains(TranslitKey.of(w))) {
        return new Mention(
            m.sentence(),
            m.start(),
            end,
            m.type(),
            s.span(m.start(), end),
            m.kind(),
            s.span(m.start(), end),
            m.source());
      }
    }
    return m;
  }

  /**
   * A name that is part of an institution's or place's name (<name> अस्पताल, <name> Government
   * General Hospital): an institution cue within the next five words, with only capitalised words
   * or Devanagari words other than case markers between; or an institution word read into the name.
   */
  boolean namesAnInstitution(Sentence s, Mention m, List<Mention> found) {
    if (m.end() < s.size() && located.has(s.tokens().get(m.end()).norm())) {
      return true; // मुख्यमंत्री X स्थित आवास पर पहुंचे: X स्थित (located in X) is a place, even
      // after a title
    }
    for (Mention c : found) {
      if (c.end() == m.start() && c.type() == MentionType.OFFICE) {
        return false; // मुख्यमंत्री X सचिवालय पहुंचे: a title names a person, who went to the place
      }
    }
    for (Mention c : found) {
      if (isInstitution(c) && c.start() > m.start() && c.start() < m.end()) {
        return true; // गांधी मैदान read as one name: the institution word ends it
      }
    }
    int i = m.end();
    for (int step = 0; step <= MAX_GAP && i < s.size(); step++) {
      for (Mention c : found) {
        if (c.start() == i && isInstitution(c)) {
          return true;
        }
      }
      if (!inInstitutionName(s.tokens().get(i))) {
        return false; // <name> अंतरराष्ट्रीय हवाई अड्डा, <name> Government General Hospital
      }
      i++;
    }
    return false;
  }

  /**
   * A word that can stand between a name and its institution's word: capitalised, or a Devanagari
   * word that is no case marker and no frequent word (आज, शुक्रवार: <name> आज ग्रामीण आवास योजना का
   * शुभारंभ करेंगे names a person) unless it is an institution's modifier (सरकारी, जिला).
   */
  private boolean inInstitutionName(Token t) {
    if (t.isCapitalised()) {
      return true;
    }
    String w = t.norm();
    return t.isDevanagari()
        && !caseMarkers.has(w)
        && !linkWords.has(w)
        && (!lexicon.isStopword(w) || modifiers.has(w));
  }

  /** An institution cue of cues.tsv (अस्पताल, स्टेडियम). */
  static boolean isInstitution(Mention c) {
    return c.type() == MentionType.CUE && c.value().equals("institution");
  }
}
