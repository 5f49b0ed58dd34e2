package org.netagraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netagraph.model.Token;
import org.netagraph.text.Tokenizer;

/**
 * Finds the longest lexicon phrase starting at a token. Phrases and text are compared token by
 * token in their matching form ({@link org.netagraph.text.TextNormalizer#matchForm}); full stops
 * are skipped on both sides, so {@code V. Swamy} matches {@code V Swamy}.
 *
 * @param <E> what a phrase stands for
 */
public final class PhraseIndex<E> {
  private final Map<String, List<Phrase<E>>> byFirst = new HashMap<>();

  /** A phrase and the entries it stands for. */
  public record Phrase<E>(List<String> norms, List<E> entries) {}

  /** A match: tokens {@code start} (inclusive) to {@code end} (exclusive). */
  public record Match<E>(int start, int end, List<E> entries) {}

  /** Adds a phrase; a phrase added twice collects both entries. Returns false for no words. */
  public boolean add(String phrase, E entry) {
    List<String> norms = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(phrase)) {
      if (!t.norm().equals(".")) {
        norms.add(t.norm());
      }
    }
    if (norms.isEmpty()) {
      return false;
    }
    List<Phrase<E>> list = byFirst.computeIfAbsent(norms.get(0), k -> new ArrayList<>());
    for (Phrase<E> p : list) {
      if (p.norms().equals(norms)) {
        if (!p.entries().contains(entry)) {
          p.entries().add(entry);
        }
        return true;
      }
    }
    List<E> entries = new ArrayList<>();
    entries.add(entry);
    list.add(new Phrase<>(List.copyOf(norms), entries));
    return true;
  }

  /** The longest phrase starting at token {@code start}, or null. */
  public Match<E> longest(List<Token> tokens, int start) {
    List<Phrase<E>> list = byFirst.get(tokens.get(start).norm());
    if (list == null) {
      return null;
    }
    Match<E> best = null;
    for (Phrase<E> p : list) {
      int end = matchEnd(p.norms(), tokens, start);
      if (end > 0 && (best == null || end > best.end())) {
        best = new Match<>(start, end, p.entries());
      }
    }
    return best;
  }

  /** All phrases that start at {@code start}, shortest first. */
  public List<Match<E>> all(List<Token> tokens, int start) {
    List<Phrase<E>> list = byFirst.get(tokens.get(start).norm());
    List<Match<E>> out = new ArrayList<>();
    if (list != null) {
      for (Phrase<E> p : list) {
        int end = matchEnd(p.norms(), tokens, start);
        if (end > 0) {
          out.add(new Match<>(start, end, p.entries()));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.end(), b.end()));
    return out;
  }

  /** Whether the whole phrase {@code text} is in the index. */
  public List<E> exact(String text) {
    List<Token> toks = Tokenizer.tokenize(text);
    if (toks.isEmpty()) {
      return List.of();
    }
    Match<E> m = longest(toks, 0);
    return m != null && m.end() == toks.size() ? m.entries() : List.of();
  }

  private static int matchEnd(List<String> norms, List<Token> tokens, int start) {
    int i = start;
    for (String n : norms) {
      while (i < tokens.size() && i > start && tokens.get(i).norm().equals(".")) {
        i++;
      }
      if (i >= tokens.size() || !tokens.get(i).norm().equals(n)) {
        return -1;
      }
      i++;
    }
    return i;
  }
}
