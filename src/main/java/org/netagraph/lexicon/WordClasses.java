package org.netagraph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netagraph.text.TextNormalizer;

/** The classes of words of {@code wordclasses.tsv} ({@code class word lang}). */
final class WordClasses {
  /** The classes of {@code wordclasses.tsv}; a class not listed here is an error. */
  static final Set<String> CLASSES =
      Set.of(
          "descriptor",
          "not_name_ending",
          "place_after",
          "case_marker",
          "agent_marker",
          "list_joiner",
          "quote",
          "bracket_open",
          "bracket_close",
          "thing_before",
          "contest_win",
          "contest_lose",
          "locative",
          "ablative");

  private final Map<String, Set<String>> classes = new HashMap<>();
  private final List<ModelSource.Row> descriptors = new ArrayList<>();

  static WordClasses load(ModelSource src) {
    WordClasses wc = new WordClasses();
    for (ModelSource.Row r : src.tsv("wordclasses.tsv", 3)) {
      String cls = r.get(0);
      if (!CLASSES.contains(cls)) {
        throw r.error(
            "word class must be one of " + new TreeSet<>(CLASSES) + ", not '" + cls + "'");
      }
      String w = TextNormalizer.matchForm(r.get(1));
      if (!wc.classes.computeIfAbsent(cls, k -> new HashSet<>()).add(w)) {
        throw r.error("duplicate: '" + r.get(1) + "' is already in the class " + cls);
      }
      if (cls.equals("descriptor")) {
        wc.descriptors.add(r);
      }
    }
    return wc;
  }

  /** The rows of descriptor words, which the lexicon indexes as phrases. */
  List<ModelSource.Row> descriptorRows() {
    return Collections.unmodifiableList(descriptors);
  }

  Set<String> words(String cls) {
    return Collections.unmodifiableSet(classes.getOrDefault(cls, Set.of()));
  }

  /** The word ends with one of the {@code not_name_ending} endings and is longer than it. */
  boolean endsAsNoName(String norm) {
    for (String e : classes.getOrDefault("not_name_ending", Set.of())) {
      if (norm.length() > e.length() + 1 && norm.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
