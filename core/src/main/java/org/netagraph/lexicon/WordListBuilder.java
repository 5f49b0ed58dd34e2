package org.netagraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.netagraph.InputException;
import org.netagraph.text.TextNormalizer;

/**
 * Builds two word lists of {@code models/} from labelled data, reproducibly ({@code netagraph
 * build-wordlists}):
 *
 * <ul>
 *   <li>{@code common-words-hi.tsv}: Devanagari words that labelled Hindi NER corpora use as
 *       ordinary words, with their counts: seen at least twice and never inside a person's name, or
 *       at least five times and inside one less than one time in five. A word common in running
 *       text is no name unless context says so.
 *   <li>{@code name-words-hi.tsv}: the words of the Hindi and English names of the candidates of an
 *       election (the ECI list), aligned word by word where both names have as many words and the
 *       two words have one cross-script key, each Devanagari word with its most frequent Latin
 *       spelling and how often the pair was seen: name words for name-likeness, and spellings for
 *       display names.
 * </ul>
 */
public final class WordListBuilder {
  /** Words seen in one of these many sentences at most are kept out of {@code common}. */
  static final int MIN_SEEN_NEVER_NAME = 2;

  static final int MIN_SEEN_RARELY_NAME = 5;

  private WordListBuilder() {}

  /** How often a word was seen, and how often inside a person's name. */
  record Counts(int seen, int inName) {}

  /**
   * Reads token-per-line files (token first, tag last, BIO) and counts each Devanagari word, in
   * matching form, and how often it stood inside a span of one of {@code personTypes}.
   */
  static Map<String, Counts> tagCounts(List<Path> files, Set<String> personTypes) {
    Map<String, int[]> c = new HashMap<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.contains("\t") ? line.split("\t") : line.strip().split("\\s+");
          if (cols.length < 2) {
            continue;
          }
          String word = TextNormalizer.matchForm(stripPunctuation(cols[0]));
          if (word.isEmpty() || !devanagari(word)) {
            continue;
          }
          String tag = cols[cols.length - 1].strip();
          String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : "";
          int[] n = c.computeIfAbsent(word, k -> new int[2]);
          n[0]++;
          if (personTypes.contains(type)) {
            n[1]++;
          }
        }
      } catch (IOException e) {
        throw new InputException(f, "cannot read: " + e.getMessage(), e);
      }
    }
    Map<String, Counts> out = new TreeMap<>();
    c.forEach((w, n) -> out.put(w, new Counts(n[0], n[1])));
    return out;
  }

  /** The common words among the counts (see the class comment), with their counts. */
  static Map<String, Counts> common(Map<String, Counts> counts) {
    Map<String, Counts> out = new TreeMap<>();
    for (Map.Entry<String, Counts> e : counts.entrySet()) {
      Counts n = e.getValue();
      boolean never = n.inName() == 0 && n.seen() >= MIN_SEEN_NEVER_NAME;
      boolean mostly = n.seen() >= MIN_SEEN_RARELY_NAME && n.inName() * 5 < n.seen();
      if ((never || mostly) && e.getKey().codePointCount(0, e.getKey().length()) >= 2) {
        out.put(e.getKey(), n);
      }
    }
    return out;
  }

  /** A Devanagari name word and its most frequent Latin spelling. */
  record NameWord(String word, String latin, int pairs, int seen) {}

  /**
   * Aligns the words of the English and Hindi names of each candidate ({@code name_english
   * name_hindi ...}, a header line first) where both have as many words of two letters or more.
   */
  static List<NameWord> nameWords(Path eci) {
    Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(eci, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      int no = 1;
      while ((line = r.readLine()) != null) {
        no++;
        String[] cols = line.split("\t", -1);
        if (cols.length < 2) {
          throw new InputException(eci, "line " + no + ": expected English and Hindi names");
        }
        List<String> en = words(cols[0], false);
        List<String> hi = words(cols[1], true);
        if (en.isEmpty() || en.size() != hi.size()) {
          continue;
        }
        for (int i = 0; i < en.size(); i++) {
          if (!TranslitKey.word(hi.get(i)).equals(TranslitKey.word(en.get(i)))) {
            continue; // not the same word in two scripts: the names do not align here
          }
          spellings
              .computeIfAbsent(hi.get(i), k -> new TreeMap<>())
              .merge(titleCase(en.get(i)), 1, Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new InputException(eci, "cannot read: " + e.getMessage(), e);
    }
    List<NameWord> out = new ArrayList<>();
    spellings.forEach(
        (w, latin) -> {
          String best = null;
          int total = 0;
          for (Map.Entry<String, Integer> e : latin.entrySet()) {
            total += e.getValue();
            if (best == null || e.getValue() > latin.get(best)) {
              best = e.getKey();
            }
          }
          out.add(new NameWord(w, best, latin.get(best), total));
        });
    return out;
  }

  private static List<String> words(String name, boolean hindi) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("[\\s.]+")) {
      String x =
          hindi ? TextNormalizer.matchForm(stripPunctuation(w)) : w.replaceAll("[^A-Za-z]", "");
      if (x.codePointCount(0, x.length()) >= 2 && (!hindi || devanagari(x))) {
        out.add(x);
      } else if (!x.isEmpty()) {
        return List.of(); // initials or stray letters: the alignment is not safe
      }
    }
    return out;
  }

  static String titleCase(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }

  private static String stripPunctuation(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a)) && !isMark(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1)) && !isMark(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean devanagari(String w) {
    return w.codePoints().allMatch(c -> (c >= 0x0900 && c <= 0x097F) || c == 0x200C || c == 0x200D);
  }

  /** Writes both lists into {@code out} with their provenance in a comment header. */
  public static void build(
      List<Path> conll, Set<String> personTypes, Path eci, Path out, String provenance) {
    Map<String, Counts> common = common(tagCounts(conll, personTypes));
    List<NameWord> names = nameWords(eci);
    try {
      Files.createDirectories(out);
      try (Writer w =
          Files.newBufferedWriter(out.resolve("common-words-hi.tsv"), StandardCharsets.UTF_8)) {
        w.write("# common-words-hi.tsv: Devanagari words (matching form) that labelled Hindi\n");
        w.write("# NER corpora use as ordinary words: seen twice or more and never inside a\n");
        w.write("# person's name, or five times or more and inside one less than one time in\n");
        w.write("# five; with how often each was seen and how often inside a person's name.\n");
        w.write("# Made by `netagraph build-wordlists` from " + provenance + ".\n");
        w.write("#word\tseen\tin_name\n");
        for (Map.Entry<String, Counts> c : common.entrySet()) {
          w.write(c.getKey() + "\t" + c.getValue().seen() + "\t" + c.getValue().inName() + "\n");
        }
      }
      try (Writer w =
          Files.newBufferedWriter(out.resolve("name-words-hi.tsv"), StandardCharsets.UTF_8)) {
        w.write("# name-words-hi.tsv: words of candidates' names, Hindi aligned with English.\n");
        w.write("# Made by `netagraph build-wordlists` from " + provenance + ".\n");
        w.write("#word\tlatin\tpairs\tseen\n");
        for (NameWord n : names) {
          w.write(n.word() + "\t" + n.latin() + "\t" + n.pairs() + "\t" + n.seen() + "\n");
        }
      }
    } catch (IOException e) {
      throw new InputException(out, "cannot write the word lists: " + e.getMessage(), e);
    }
  }
}
