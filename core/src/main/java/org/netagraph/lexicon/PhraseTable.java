package org.netagraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.model.MentionType;
import org.netagraph.text.TextNormalizer;

/**
 * The lexicon's phrases as they are loaded: the phrase index, where each phrase was first listed
 * (the same phrase of one type on two rows is an error naming both: a duplicate if they mean the
 * same, a conflict if not), which short Latin phrases are listed in capitals only, and the words of
 * every phrase that names no person.
 */
final class PhraseTable {
  private final PhraseIndex<Lexicon.Entry> index = new PhraseIndex<>();
  private final Map<List<String>, Origin> origins = new HashMap<>();
  private final Set<String> acronyms = new HashSet<>();
  private final Set<String> notAcronyms = new HashSet<>();
  private final Set<String> vocabulary = new HashSet<>();

  /** Where a phrase was first listed. */
  private record Origin(String file, int line, Lexicon.Entry entry) {}

  void add(ModelSource.Row r, String phrase, Lexicon.Entry e) {
    List<String> key = List.of(e.type().name(), TextNormalizer.matchForm(phrase.strip()));
    Origin first = origins.putIfAbsent(key, new Origin(r.file(), r.number(), e));
    if (first != null && !(first.file().equals(r.file()) && first.line() == r.number())) {
      throw r.error(
          (first.entry().equals(e) ? "duplicate: '" : "conflict: '")
              + phrase
              + "' is already "
              + (first.entry().equals(e) ? "listed" : "listed as " + first.entry())
              + " on "
              + first.file()
              + ":"
              + first.line());
    }
    String bare = phrase.strip().replace(".", "");
    // a person's capitals (KCR) also stand in lower-case glosses: kcr meets naveen
    if (e.type() != MentionType.PERSON
        && bare.length() >= 2
        && bare.length() <= 4
        && bare.chars().allMatch(c -> c < 128)) {
      if (bare.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        acronyms.add(TextNormalizer.matchForm(bare));
      } else {
        notAcronyms.add(TextNormalizer.matchForm(bare));
      }
    }
    if (index.add(phrase, e) && e.type() != MentionType.PERSON) {
      for (String w : phrase.split("\\s+")) {
        vocabulary.add(TextNormalizer.matchForm(w));
      }
    }
  }

  PhraseIndex<Lexicon.Entry> index() {
    return index;
  }

  boolean isAcronym(String norm) {
    return acronyms.contains(norm) && !notAcronyms.contains(norm);
  }

  boolean inVocabulary(String norm) {
    return vocabulary.contains(norm);
  }
}
