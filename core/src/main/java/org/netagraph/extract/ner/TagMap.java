package org.netagraph.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the entity types of one labelled corpus map onto the recogniser's types: each source type
 * (the part of a BIO tag after {@code B-} or {@code I-}, such as {@code NEP} or {@code Politician})
 * becomes PERSON, LOCATION, ORGANIZATION or O. Maps are data: {@code models/ner-tagmaps.tsv}, with
 * the columns {@code map tag type}. Immutable and thread-safe.
 */
public final class TagMap {
  /** The file in a models folder that holds the maps. */
  public static final String FILE = "ner-tagmaps.tsv";

  /** {@link #type} of a source type the map does not list. */
  static final int UNKNOWN = -2;

  /** {@link #type} of a source type that is no entity for the recogniser. */
  static final int NONE = -1;

  private final String name;
  private final Map<String, Integer> types;

  private TagMap(String name, Map<String, Integer> types) {
    this.name = name;
    this.types = Map.copyOf(types);
  }

  /**
   * The map the recogniser's own tags need (PERSON, LOCATION, ORGANIZATION onto themselves), used
   * when a corpus names no map.
   */
  public static TagMap identity() {
    Map<String, Integer> m = new HashMap<>();
    for (int t = 0; t < BioTags.TYPES.size(); t++) {
      m.put(BioTags.TYPES.get(t), t);
    }
    return new TagMap("identity", m);
  }

  public String name() {
    return name;
  }

  /**
   * The recogniser's type index (0 PERSON, 1 LOCATION, 2 ORGANIZATION) of {@code sourceType}, or
   * {@link #NONE} for a type mapped to O, or {@link #UNKNOWN}.
   */
  int type(String sourceType) {
    return types.getOrDefault(sourceType, UNKNOWN);
  }

  /**
   * Reads every map of a {@code ner-tagmaps.tsv} file: a header line {@code map tag type}, then one
   * source type per line; {@code #} starts a comment line. A line with another number of columns,
   * an empty cell, a type other than PERSON, LOCATION, ORGANIZATION or O, or a source type listed
   * twice under one map fails with {@code file:line: what is wrong}.
   */
  public static Map<String, TagMap> load(Path file) throws IOException {
    String text = ConllReader.decodeUtf8(Files.readAllBytes(file), file.toString());
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = List.of(text.split("\r?\n", -1));
    String source = file.toString();
    if (lines.isEmpty() || !lines.get(0).equals("map\ttag\ttype")) {
      throw new NerFormatException(source, 1, "expected the header line 'map<TAB>tag<TAB>type'");
    }
    Map<String, Map<String, Integer>> maps = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3) {
        throw new NerFormatException(source, i + 1, cells.length + " columns, expected 3");
      }
      for (String c : cells) {
        if (c.isBlank() || !c.equals(c.strip())) {
          throw new NerFormatException(source, i + 1, "empty cell or spaces around a cell");
        }
      }
      int type = cells[2].equals("O") ? NONE : BioTags.TYPES.indexOf(cells[2]);
      if (type == -1 && !cells[2].equals("O")) {
        throw new NerFormatException(
            source, i + 1, "type '" + cells[2] + "' is not one of " + BioTags.TYPES + " or O");
      }
      Map<String, Integer> m = maps.computeIfAbsent(cells[0], k -> new HashMap<>());
      if (m.put(cells[1], type) != null) {
        throw new NerFormatException(
            source, i + 1, "tag '" + cells[1] + "' is listed twice in map '" + cells[0] + "'");
      }
    }
    Map<String, TagMap> out = new LinkedHashMap<>();
    maps.forEach((name, m) -> out.put(name, new TagMap(name, m)));
    return out;
  }
}
