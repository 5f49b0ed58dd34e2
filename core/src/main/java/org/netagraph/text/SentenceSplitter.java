package org.netagraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.model.Script;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * Cuts text into paragraphs (blank lines) and sentences.
 *
 * <p>A sentence ends at {@code ।}, {@code ॥}, {@code ?}, {@code !}, at a line end, and at a full
 * stop that is followed by a space unless the word before it is an initial or an abbreviation
 * ({@code V. Swamy}, {@code डॉ. सिंह}, {@code बी.एल. वर्मा}, {@code Dr.}). A sentence that runs
 * past {@value #MAX_TOKENS} tokens is cut there, so one enormous line cannot stall the rules.
 */
public final class SentenceSplitter {
  static final int MAX_TOKENS = 400;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "dr", "mr", "mrs", "ms", "shri", "smt", "sri", "st", "jr", "sr", "prof", "capt", "lt",
          "col", "gen", "no", "vs", "maj", "brig", "adv", "hon", "rs", "govt", "dept", "sh", "km",
          "प्रो", "डॉ", "श्री", "स्व", "श्रीमती", "सं", "मो", "रु", "कु");

  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    String[] paragraphs = text.split("\\n\\s*\\n");
    int paragraph = 0;
    for (String para : paragraphs) {
      if (para.isBlank()) {
        continue;
      }
      for (String line : para.split("\\n")) {
        List<Token> tokens = Tokenizer.tokenize(line);
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
          boolean end =
              i == tokens.size() - 1 || i + 1 - from >= MAX_TOKENS || endsSentence(tokens, i);
          if (end) {
            out.add(make(out.size(), paragraph, line, tokens.subList(from, i + 1)));
            from = i + 1;
          }
        }
      }
      paragraph++;
    }
    return out;
  }

  private static boolean endsSentence(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.text();
    if (w.equals("।") || w.equals("॥") || w.equals("?") || w.equals("!")) {
      return !(i + 1 < tokens.size() && isClosing(tokens.get(i + 1).text()));
    }
    if (isClosing(w) && i > 0) {
      String p = tokens.get(i - 1).text();
      return p.equals("।") || p.equals("?") || p.equals("!") || p.equals(".");
    }
    if (!w.equals(".") || i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    if (next.start() == t.end()) {
      return false; // no space after: a link, a number, an initial run like बी.एल.
    }
    if (isClosing(next.text())) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (prev.end() != t.start()) {
      return true;
    }
    return !isAbbreviation(prev);
  }

  static boolean isAbbreviation(Token prev) {
    if (ABBREVIATIONS.contains(prev.norm())) {
      return true;
    }
    if (prev.script() == Script.LATIN) {
      return prev.text().length() == 1;
    }
    if (prev.script() == Script.DEVANAGARI) {
      int letters = 0;
      String s = prev.text();
      for (int k = 0; k < s.length(); k++) {
        int type = Character.getType(s.charAt(k));
        if (type == Character.OTHER_LETTER) {
          letters++;
        }
      }
      return letters <= 2 && s.length() <= 3;
    }
    return false;
  }

  private static boolean isClosing(String w) {
    return w.equals("\"") || w.equals("”") || w.equals("’") || w.equals(")") || w.equals("'");
  }

  private static Sentence make(int index, int paragraph, String line, List<Token> toks) {
    int base = toks.get(0).start();
    int end = toks.get(toks.size() - 1).end();
    List<Token> shifted = new ArrayList<>(toks.size());
    for (Token t : toks) {
      shifted.add(new Token(t.text(), t.norm(), t.start() - base, t.end() - base, t.script()));
    }
    return new Sentence(index, paragraph, line.substring(base, end), shifted);
  }
}
