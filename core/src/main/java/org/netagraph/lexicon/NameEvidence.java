package org.netagraph.lexicon;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.text.TextNormalizer;

/**
 * What words say about names: words of names ({@code name-words-hi.tsv}, the recogniser's
 * given-name and surname lists, the words of listed people) with their usual Latin spellings, and
 * words that running text uses as ordinary words ({@code common-words-hi.tsv}).
 */
final class NameEvidence {
  /** Seen this often in running text and never in a name: a function word (जिसमें, लेकिन). */
  static final int FREQUENT = 200;

  private final Set<String> common = new HashSet<>();
  private final Set<String> mostlyCommon = new HashSet<>();
  private final Set<String> frequent = new HashSet<>();
  private final Set<String> names = new HashSet<>();
  private final Set<String> given = new HashSet<>();
  private final Map<String, String> latin = new HashMap<>();

  static NameEvidence load(ModelSource src, Collection<Lexicon.Person> people) {
    NameEvidence ne = new NameEvidence();
    if (src.exists("common-words-hi.tsv")) {
      for (ModelSource.Row r : src.tsv("common-words-hi.tsv", 3)) {
        String w = TextNormalizer.matchForm(r.get(0));
        int seen;
        int inName;
        try {
          seen = Integer.parseInt(r.get(1));
          inName = Integer.parseInt(r.get(2));
        } catch (NumberFormatException e) {
          throw r.error("seen and in_name must be whole numbers");
        }
        if ((seen >= 2 && inName == 0) || (seen >= 5 && inName * 10 < seen)) {
          ne.common.add(w);
        }
        if (seen >= 5 && inName * 5 < seen) {
          ne.mostlyCommon.add(w);
        }
        if (seen >= FREQUENT && inName == 0) {
          ne.frequent.add(w);
        }
      }
    }
    if (src.exists("name-words-hi.tsv")) {
      for (ModelSource.Row r : src.tsv("name-words-hi.tsv", 4)) {
        String w = TextNormalizer.matchForm(r.get(0));
        ne.names.add(w);
        ne.latin.put(w, r.get(1));
      }
    }
    for (String f : List.of("ner-given-names.txt", "ner-surnames.txt")) {
      if (src.exists(f)) {
        for (ModelSource.Line l : src.lines(f)) {
          String w = TextNormalizer.matchForm(l.text().strip());
          ne.names.add(w);
          if (f.startsWith("ner-given")) {
            ne.given.add(w);
          }
        }
      }
    }
    for (Lexicon.Person p : people) {
      for (String a : p.aliases()) {
        String[] words = a.split("[\\s.]+");
        for (String w : words) {
          if (!w.isBlank()) {
            ne.names.add(TextNormalizer.matchForm(w));
          }
        }
        if (words.length >= 2 && words[0].length() > 2) {
          ne.given.add(TextNormalizer.matchForm(words[0]));
        }
      }
    }
    return ne;
  }

  boolean common(String norm) {
    return common.contains(norm);
  }

  boolean frequent(String norm) {
    return frequent.contains(norm);
  }

  boolean mostlyCommon(String norm) {
    return mostlyCommon.contains(norm);
  }

  boolean name(String norm) {
    return names.contains(norm);
  }

  boolean given(String norm) {
    return given.contains(norm);
  }

  String latin(String norm) {
    return latin.get(norm);
  }
}
