package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Script;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;
import org.netagraph.text.TextNormalizer;

/**
 * Splits a Devanagari office word run into the next word without a space, as hurried copy does
 * (मुख्यमंत्री + a name with no space between): the token becomes the office word and the rest,
 * with their offsets, so that the cue and the name are seen.
 *
 * <p>A token is split when (1) it starts with an office word of the lexicon (the longest one), (2)
 * the whole token is no word the lexicon knows, (3) the rest is at least three characters and
 * starts with a letter, not a vowel sign or virama (so inflections such as सांसदों, अध्यक्षीय and
 * सचिवालय stay whole), and (4) the rest is not one of the few nouns that form compounds with office
 * words ({@code compound_rest}: मंत्रिमंडल, अध्यक्षता, मंत्रिपरिषद).
 */
final class FusedWords {
  private final Lexicon lexicon;
  private final Set<String> officeWords;
  private final WordClasses.WordClass compoundRests;

  FusedWords(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.officeWords = lexicon.officeWords();
    this.compoundRests = lexicon.wordClasses().get("compound_rest");
  }

  List<Sentence> split(List<Sentence> sentences) {
    List<Sentence> out = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<Token> tokens = null;
      for (int t = 0; t < s.size(); t++) {
        Token tok = s.tokens().get(t);
        int cut = tok.isDevanagari() ? cut(tok) : -1;
        if (cut > 0 && tokens == null) {
          tokens = new ArrayList<>(s.tokens().subList(0, t));
        }
        if (cut > 0) {
          String a = tok.text().substring(0, cut);
          String b = tok.text().substring(cut);
          tokens.add(
              new Token(
                  a,
                  TextNormalizer.matchForm(a),
                  tok.start(),
                  tok.start() + cut,
                  Script.DEVANAGARI));
          tokens.add(
              new Token(
                  b, TextNormalizer.matchForm(b), tok.start() + cut, tok.end(), Script.DEVANAGARI));
        } else if (tokens != null) {
          tokens.add(tok);
        }
      }
      if (tokens != null) {
        if (out == null) {
          out = new ArrayList<>(sentences);
        }
        out.set(i, new Sentence(s.index(), s.paragraph(), s.text(), tokens));
      }
    }
    return out == null ? sentences : out;
  }

  /** Where to cut the token's text, or -1. */
  private int cut(Token tok) {
    String text = tok.text();
    if (text.length() < 7 || lexicon.inVocabulary(tok.norm()) || lexicon.isStopword(tok.norm())) {
      return -1;
    }
    int best = -1;
    for (int k = 4; k <= text.length() - 3; k++) {
      char next = text.charAt(k);
      if (!startsAkshara(next)) {
        continue;
      }
      String head = TextNormalizer.matchForm(text.substring(0, k));
      if (officeWords.contains(head)
          && !compoundRests.has(TextNormalizer.matchForm(text.substring(k)))) {
        best = k;
      }
    }
    return best;
  }

  /** A Devanagari independent vowel or consonant: a new syllable can start here. */
  private static boolean startsAkshara(char c) {
    return (c >= '\u0904' && c <= '\u0939')
        || (c >= '\u0958' && c <= '\u0961')
        || (c >= '\u0972' && c <= '\u097F');
  }
}
