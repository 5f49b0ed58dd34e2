package org.netagraph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.netagraph.text.TextNormalizer;

/**
 * The classes of words of {@code wordclasses.tsv} ({@code class word lang}). A word is compared in
 * matching form; {@code abc*} stands for every word that begins so, {@code *abc} for every word
 * that ends so, {@code *abc*} for every word that holds it; {@code word=N} gives the word a number
 * (number words: {@code दो=2}).
 */
public final class WordClasses {
  /**
   * The classes the Java code reads; rule files may read any class of the file (their loader checks
   * that it exists).
   */
  static final Set<String> CLASSES =
      Set.of(
          "descriptor",
          "not_name_ending",
          "place_after",
          "case_marker",
          "agent_marker",
          "person_case_after",
          "list_joiner",
          "qualifier_link",
          "portfolio_joiner",
          "of_for",
          "definite_article",
          "former_after",
          "and_word",
          "capital_word",
          "place_in_before",
          "place_in_after",
          "state_unit_prefix",
          "party_word",
          "plural_word",
          "plural_ending",
          "number_word",
          "list_opener",
          "late_list_opener",
          "count_opener",
          "name_gap",
          "genitive",
          "state_of",
          "postposition",
          "companion",
          "pair_separator",
          "title_link",
          "list_end",
          "name_predicate",
          "home",
          "compound_rest",
          "name_continuation",
          "shared_seat",
          "place_marker_before",
          "place_marker_after",
          "common_name_word",
          "given_name_common",
          "institution_modifier",
          "worship_after",
          "deity_before",
          "possessive",
          "verb_ending",
          "alias_word",
          "link_word",
          "name_case_marker",
          "located",
          "quote",
          "bracket_open",
          "bracket_close",
          "thing_before",
          "contest_win",
          "contest_lose",
          "locative",
          "ablative");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** One class: its words and word patterns. */
  public static final class WordClass {
    private final String name;
    private final Set<String> words = new LinkedHashSet<>();
    private final Map<String, Integer> values = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<String> infixes = new ArrayList<>();
    private final List<List<String>> phrases = new ArrayList<>();

    private WordClass(String name) {
      this.name = name;
    }

    public String name() {
      return name;
    }

    /** The word (matching form) is in the class, as a word or by one of its patterns. */
    public boolean has(String norm) {
      if (words.contains(norm)) {
        return true;
      }
      for (String p : prefixes) {
        if (norm.startsWith(p)) {
          return true;
        }
      }
      for (String s : suffixes) {
        if (norm.endsWith(s)) {
          return true;
        }
      }
      for (String s : infixes) {
        if (norm.contains(s)) {
          return true;
        }
      }
      return false;
    }

    /** The text holds one of the class's words or patterns anywhere (as a substring). */
    public boolean inside(String text) {
      for (String w : words) {
        if (text.contains(w)) {
          return true;
        }
      }
      for (List<String> l : List.of(prefixes, suffixes, infixes)) {
        for (String p : l) {
          if (text.contains(p)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The number a word of the class stands for, or -1. */
    public int value(String norm) {
      return values.getOrDefault(norm, -1);
    }

    /** The phrases of several words, each as its words in matching form. */
    public List<List<String>> phrases() {
      return Collections.unmodifiableList(phrases);
    }

    /**
     * The end of the longest phrase or word of the class that starts at token {@code i}, else
     * {@code i}.
     */
    public int phraseAt(List<org.netagraph.model.Token> toks, int i) {
      int best = i < toks.size() && has(toks.get(i).norm()) ? i + 1 : i;
      for (List<String> p : phrases) {
        boolean all = i + p.size() <= toks.size();
        for (int k = 0; all && k < p.size(); k++) {
          all = toks.get(i + k).norm().equals(p.get(k));
        }
        if (all && i + p.size() > best) {
          best = i + p.size();
        }
      }
      return best;
    }

    /** The plain words (no patterns). */
    public Set<String> words() {
      return Collections.unmodifiableSet(words);
    }

    private boolean add(String raw) {
      if (raw.strip().contains(" ")) {
        List<String> p = new ArrayList<>();
        for (String w : raw.strip().split("\\s+")) {
          p.add(TextNormalizer.matchForm(w));
        }
        return !phrases.contains(p) && phrases.add(List.copyOf(p));
      }
      String w = raw;
      int eq = w.lastIndexOf('=');
      Integer value = null;
      if (eq > 0
          && eq < w.length() - 1
          && w.substring(eq + 1).chars().allMatch(Character::isDigit)) {
        value = Integer.parseInt(w.substring(eq + 1));
        w = w.substring(0, eq);
      }
      boolean pre = w.length() > 1 && w.endsWith("*");
      boolean suf = w.length() > 1 && w.startsWith("*");
      String core = TextNormalizer.matchForm(w.substring(suf ? 1 : 0, w.length() - (pre ? 1 : 0)));
      if (core.isEmpty()) {
        return false;
      }
      if (value != null) {
        values.put(core, value);
      }
      if (pre && suf) {
        return !infixes.contains(core) && infixes.add(core);
      } else if (pre) {
        return !prefixes.contains(core) && prefixes.add(core);
      } else if (suf) {
        return !suffixes.contains(core) && suffixes.add(core);
      }
      return words.add(core);
    }
  }

  private final Map<String, WordClass> classes = new TreeMap<>();
  private final List<ModelSource.Row> descriptors = new ArrayList<>();

  static WordClasses load(ModelSource src) {
    WordClasses wc = new WordClasses();
    for (ModelSource.Row r : src.tsv("wordclasses.tsv", 3)) {
      String cls = r.get(0);
      if (!NAME.matcher(cls).matches()) {
        throw r.error(
            "a word class is named in lower-case letters, digits and _, not '" + cls + "'");
      }
      if (!wc.classes.computeIfAbsent(cls, WordClass::new).add(r.get(1))) {
        throw r.error("duplicate: '" + r.get(1) + "' is already in the class " + cls);
      }
      if (cls.equals("descriptor")) {
        wc.descriptors.add(r);
      }
    }
    for (String cls : CLASSES) {
      if (!wc.classes.containsKey(cls)) {
        throw new org.netagraph.ModelException(
            "wordclasses.tsv: the class " + cls + " that extraction reads has no word", null);
      }
    }
    return wc;
  }

  /** The rows of descriptor words, which the lexicon indexes as phrases. */
  List<ModelSource.Row> descriptorRows() {
    return Collections.unmodifiableList(descriptors);
  }

  Set<String> words(String cls) {
    WordClass c = classes.get(cls);
    return c == null ? Set.of() : c.words();
  }

  /** The class of that name, or null. */
  public WordClass find(String cls) {
    return classes.get(cls);
  }

  /** The class of that name; an error naming it if {@code wordclasses.tsv} has no such class. */
  public WordClass get(String cls) {
    WordClass c = classes.get(cls);
    if (c == null) {
      throw new IllegalArgumentException("wordclasses.tsv has no class " + cls);
    }
    return c;
  }

  /** The names of all classes of the file. */
  public Set<String> names() {
    return Collections.unmodifiableSet(classes.keySet());
  }

  /** The word ends with one of the {@code not_name_ending} endings and is longer than it. */
  boolean endsAsNoName(String norm) {
    for (String e : words("not_name_ending")) {
      if (norm.length() > e.length() + 1 && norm.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
