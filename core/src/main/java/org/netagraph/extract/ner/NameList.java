package org.netagraph.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of people's names in a tab-separated file with a header line (such as the Election
 * Commission candidates list in {@code ../shared/corpus/ner-extra}), of which one column is read:
 * its Devanagari words of three or more letters that are not initials (no full stop after them)
 * serve as examples of how person names are spelt ({@link NgramTypeModel}).
 *
 * @param file the list
 * @param column the header name of the column with the names
 */
public record NameList(Path file, String column) {
  public NameList {
    if (file == null || column == null || column.isBlank()) {
      throw new IllegalArgumentException("a name list needs a file and a column");
    }
  }

  /** Parses {@code FILE:COLUMN}. */
  public static NameList parse(String spec) {
    int colon = spec.lastIndexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new IllegalArgumentException("expected FILE:COLUMN, got '" + spec + "'");
    }
    return new NameList(Path.of(spec.substring(0, colon)), spec.substring(colon + 1));
  }

  /**
   * The distinct name words, in order of first appearance; a malformed line fails with file:line.
   */
  List<String> words() throws IOException {
    String text = ConllReader.decodeUtf8(Files.readAllBytes(file), file.toString());
    String[] lines = text.split("\r?\n", -1);
    String[] header = lines[0].replace("\uFEFF", "").split("\t", -1);
    int col = List.of(header).indexOf(column);
    if (col < 0) {
      throw new NerFormatException(
          file.toString(), 1, "header " + List.of(header) + " has no column '" + column + "'");
    }
    java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      if (cells.length < header.length) {
        throw new NerFormatException(
            file.toString(), i + 1, cells.length + " columns, the header names " + header.length);
      }
      List<Token> tokens = HindiTokenizer.instance().tokenize(TextNormalizer.nfc(cells[col]));
      for (int t = 0; t < tokens.size(); t++) {
        String w = tokens.get(t).text();
        boolean initial = t + 1 < tokens.size() && tokens.get(t + 1).text().startsWith(".");
        if (w.codePointCount(0, w.length()) >= 3
            && !initial
            && TextNormalizer.script(TextNormalizer.matchForm(w))
                == TextNormalizer.SCRIPT_DEVANAGARI) {
          words.add(w);
        }
      }
    }
    return new ArrayList<>(words);
  }
}
