package org.netagraph.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word and phrase lists baked into the model: each phrase (tokens in matching form, joined by one
 * space) carries a bit set of {@link Category categories}. Immutable and thread-safe.
 */
final class Gazetteer {
  /** What a listed phrase is; the ordinal is the bit in the mask and part of the format. */
  enum Category {
    GIVEN_NAME("ner-given-names.txt"),
    SURNAME("ner-surnames.txt"),
    PERSON("ner-persons.txt"),
    PLACE("ner-places.txt"),
    ORGANIZATION("ner-organizations.txt"),
    ORG_WORD("ner-org-words.txt"),
    PERSON_TITLE("ner-person-titles.txt"),
    PLACE_WORD("ner-place-words.txt");

    final String fileName;

    Category(String fileName) {
      this.fileName = fileName;
    }
  }

  static final int MAX_PHRASE_TOKENS = 6;
  static final int CATEGORY_COUNT = Category.values().length;

  /** Phrase (matching form) to category mask, sorted. */
  private final Map<String, Integer> entries;

  private final LongIntMap index;

  private Gazetteer(Map<String, Integer> entries) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    this.index = new LongIntMap(entries.size());
    for (Map.Entry<String, Integer> e : this.entries.entrySet()) {
      long key = Hashing.EMPTY_PHRASE;
      for (String token : e.getKey().split(" ")) {
        key = Hashing.extendPhrase(key, Hashing.chars(TextNormalizer.looseForm(token)));
      }
      index.put(key, index.get(key, 0) | e.getValue());
    }
  }

  static Gazetteer empty() {
    return new Gazetteer(Map.of());
  }

  /** From phrases already in matching form (as stored in a model file). */
  static Gazetteer ofNormalized(Map<String, Integer> entries) {
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String phrase = e.getKey();
      if (phrase.isEmpty()
          || phrase.startsWith(" ")
          || phrase.endsWith(" ")
          || phrase.contains("  ")) {
        throw new IllegalArgumentException("bad gazetteer phrase '" + phrase + "'");
      }
      if (phrase.split(" ").length > MAX_PHRASE_TOKENS) {
        throw new IllegalArgumentException("gazetteer phrase too long: '" + phrase + "'");
      }
      int mask = e.getValue();
      if (mask == 0 || (mask >>> CATEGORY_COUNT) != 0) {
        throw new IllegalArgumentException("bad category mask " + mask + " for '" + phrase + "'");
      }
    }
    return new Gazetteer(entries);
  }

  Map<String, Integer> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }

  /**
   * Marks gazetteer matches in a sentence given the hashes of its tokens' loose forms ({@link
   * TextNormalizer#looseForm} of the matching form): {@code single[i]} gets the categories of token
   * i listed on its own; for phrases of two or more tokens, {@code begin}, {@code inside} and
   * {@code end} get the categories at the first, middle and last token. Arrays are overwritten for
   * positions {@code [0, n)}.
   */
  void annotate(long[] tokenHashes, int n, int[] single, int[] begin, int[] inside, int[] end) {
    for (int i = 0; i < n; i++) {
      single[i] = 0;
      begin[i] = 0;
      inside[i] = 0;
      end[i] = 0;
    }
    if (index.size() == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      long key = Hashing.EMPTY_PHRASE;
      int max = Math.min(n - i, MAX_PHRASE_TOKENS);
      for (int len = 1; len <= max; len++) {
        key = Hashing.extendPhrase(key, tokenHashes[i + len - 1]);
        int mask = index.get(key, 0);
        if (mask == 0) {
          continue;
        }
        if (len == 1) {
          single[i] |= mask;
        } else {
          begin[i] |= mask;
          for (int j = i + 1; j < i + len - 1; j++) {
            inside[j] |= mask;
          }
          end[i + len - 1] |= mask;
        }
      }
    }
  }

  /**
   * Greedy longest-match dictionary tagging, the baseline of {@code netagraph tag --bench}: from
   * left to right, the longest listed phrase starting at a token becomes a span of its type
   * (persons: PERSON; places: LOCATION; organisations: ORGANIZATION; given names, surnames and cue
   * words tag nothing); writes {@link BioTags} indices to {@code out[0, n)}.
   */
  void tagLongest(long[] tokenHashes, int n, int[] out) {
    int i = 0;
    while (i < n) {
      int bestLen = 0;
      int bestType = -1;
      long key = Hashing.EMPTY_PHRASE;
      int max = Math.min(n - i, MAX_PHRASE_TOKENS);
      for (int len = 1; len <= max; len++) {
        key = Hashing.extendPhrase(key, tokenHashes[i + len - 1]);
        int mask = index.get(key, 0);
        int type = entityType(mask);
        if (type >= 0) {
          bestLen = len;
          bestType = type;
        }
      }
      if (bestLen == 0) {
        out[i++] = BioTags.O;
        continue;
      }
      out[i] = 1 + 2 * bestType;
      for (int j = i + 1; j < i + bestLen; j++) {
        out[j] = 2 + 2 * bestType;
      }
      i += bestLen;
    }
  }

  private static int entityType(int mask) {
    if ((mask & (1 << Category.PERSON.ordinal())) != 0) {
      return 0;
    }
    if ((mask & (1 << Category.PLACE.ordinal())) != 0) {
      return 1;
    }
    if ((mask & (1 << Category.ORGANIZATION.ordinal())) != 0) {
      return 2;
    }
    return -1;
  }

  /** Collects phrases in their matching form. */
  static final class Builder {
    private final Map<String, Integer> entries = new TreeMap<>();

    /** Adds {@code phrase} (raw text; tokenised and normalised here). Returns false if empty. */
    boolean add(String phrase, Category category) {
      List<String> forms = new ArrayList<>();
      for (Token t : HindiTokenizer.instance().tokenize(TextNormalizer.nfc(phrase))) {
        forms.add(TextNormalizer.matchForm(t.text()));
      }
      if (forms.isEmpty() || forms.size() > MAX_PHRASE_TOKENS) {
        return false;
      }
      entries.merge(String.join(" ", forms), 1 << category.ordinal(), (a, b) -> a | b);
      return true;
    }

    int size() {
      return entries.size();
    }

    Gazetteer build() {
      return new Gazetteer(entries);
    }

    /**
     * Reads the gazetteer files present in {@code dir}: the {@code ner-*.txt} lists of {@link
     * Category} (one phrase per line, {@code #} comment lines) and, if present, netagraph's {@code
     * states.tsv}, {@code cities.tsv} (places), {@code parties.tsv} (organisations), {@code
     * persons.tsv} and {@code short-names.tsv} (persons). Missing files are skipped; a malformed
     * line fails with {@code file:line: what is wrong}.
     */
    Builder addDirectory(Path dir) throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new NerFormatException(dir.toString(), 0, "gazetteer directory does not exist");
      }
      for (Category c : Category.values()) {
        Path file = dir.resolve(c.fileName);
        if (Files.isRegularFile(file)) {
          addList(file, c);
        }
      }
      addTsv(dir.resolve("states.tsv"), Category.PLACE, "name", "name_hi", "aliases");
      addTsv(dir.resolve("cities.tsv"), Category.PLACE, "name", "name_hi", "aliases");
      addTsv(dir.resolve("parties.tsv"), Category.ORGANIZATION, "name", "aliases");
      addTsv(dir.resolve("persons.tsv"), Category.PERSON, "name", "aliases");
      addTsv(dir.resolve("short-names.tsv"), Category.PERSON, "short");
      return this;
    }

    /** One phrase per line; blank lines and lines starting with {@code #} are skipped. */
    Builder addList(Path file, Category category) throws IOException {
      List<String> lines = readLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.indexOf('\t') >= 0) {
          throw new NerFormatException(file.toString(), i + 1, "tab in a one-column list");
        }
        if (!add(line, category)) {
          throw new NerFormatException(
              file.toString(),
              i + 1,
              "phrase '" + line + "' has no tokens or more than " + MAX_PHRASE_TOKENS);
        }
      }
      return this;
    }

    /**
     * A netagraph {@code .tsv} lexicon: the first line names the columns; cells of the named
     * columns are phrases, {@code |} separates several, {@code -} means none.
     */
    Builder addTsv(Path file, Category category, String... columns) throws IOException {
      if (!Files.isRegularFile(file)) {
        return this;
      }
      List<String> lines = readLines(file);
      if (lines.isEmpty()) {
        throw new NerFormatException(file.toString(), 1, "empty file, expected a header line");
      }
      String header = lines.get(0);
      if (header.startsWith("#")) {
        header = header.substring(1);
      }
      List<String> names = List.of(header.split("\t", -1));
      int[] wanted = new int[columns.length];
      for (int c = 0; c < columns.length; c++) {
        wanted[c] = names.indexOf(columns[c]);
        if (wanted[c] < 0) {
          throw new NerFormatException(
              file.toString(), 1, "header " + names + " has no column '" + columns[c] + "'");
        }
      }
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != names.size()) {
          throw new NerFormatException(
              file.toString(), i + 1, cells.length + " columns, the header names " + names.size());
        }
        for (int c : wanted) {
          String cell = cells[c].strip();
          if (cell.isEmpty()) {
            throw new NerFormatException(
                file.toString(), i + 1, "empty cell in column '" + names.get(c) + "'");
          }
          if (cell.equals("-")) {
            continue;
          }
          for (String phrase : cell.split("\\|")) {
            if (!phrase.isBlank()) {
              add(phrase.strip(), category);
            }
          }
        }
      }
      return this;
    }

    private static List<String> readLines(Path file) throws IOException {
      String text = ConllReader.decodeUtf8(Files.readAllBytes(file), file.toString());
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return List.of(text.split("\r?\n", -1));
    }
  }
}
