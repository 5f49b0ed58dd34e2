package org.netagraph.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code neo4j-admin database import} CSV format as netagraph writes it, without Neo4j: the
 * graph's properties and their types ({@link #NODES}, {@link #RELATIONSHIPS}: what the incremental
 * writer stores), the header of a node or relationship file ({@code id:ID(Label)}, {@code :LABEL},
 * typed columns such as {@code aliases:string[]}; {@code :START_ID(A)}, {@code :END_ID(B)}, {@code
 * :TYPE}), and the encoding of a line: every field quoted, {@code "} doubled, a null field empty
 * and unquoted (the import leaves the property out), array elements joined by a delimiter. Shared
 * by {@code load --bulk} and {@code export --format csv} (the app) and the Spark job's bulk mode.
 */
public final class ImportCsv {
  /** The bulk array delimiter: the unit separator, a control character news text does not hold. */
  public static final String BULK_ARRAY = "\u001f";

  /** Node properties and their Neo4j types by label, in column order. */
  public static final Map<String, Map<String, String>> NODES;

  /** Relationship properties and their Neo4j types by type, in column order. */
  public static final Map<String, Map<String, String>> RELATIONSHIPS;

  static {
    String s = "String";
    String a = "StringArray";
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    nodes.put("State", ordered("id", s, "name", s, "nameHi", s, "kind", s));
    nodes.put(
        "Article",
        ordered(
            "id", s, "path", s, "date", s, "place", s, "sha256", s, "title", s, "url", s, "source",
            s));
    nodes.put("Person", ordered("id", s, "key", s, "name", s, "nameRank", "Long", "aliases", a));
    nodes.put("Party", ordered("id", s, "name", s, "aliases", a));
    nodes.put("Office", ordered("id", s, "title", s, "state", s, "party", s, "country", s));
    Map<String, Map<String, String>> rels = new LinkedHashMap<>();
    rels.put("MENTIONS", ordered("aliases", a));
    rels.put("OF", Map.of());
    rels.put(
        "HOLDS",
        ordered("status", s, "articles", a, "evidence", a, "dates", a, "rules", a, "date", s));
    rels.put("MET", ordered("articles", a, "evidence", a, "dates", a, "rules", a));
    NODES = java.util.Collections.unmodifiableMap(nodes);
    RELATIONSHIPS = java.util.Collections.unmodifiableMap(rels);
  }

  private ImportCsv() {}

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The header type suffix of a Neo4j property type ({@code StringArray} is {@code :string[]}). */
  public static String suffix(String neo4jType) {
    return switch (neo4jType) {
      case "Long" -> ":long";
      case "Integer" -> ":int";
      case "Double" -> ":double";
      case "Float" -> ":float";
      case "Boolean" -> ":boolean";
      case "StringArray" -> ":string[]";
      case "LongArray" -> ":long[]";
      case "DoubleArray" -> ":double[]";
      case "BooleanArray" -> ":boolean[]";
      default -> "";
    };
  }

  /** The columns of a node file: {@code id:ID(label)}, {@code :LABEL}, then the properties. */
  public static List<String> nodeHeader(String label, Map<String, String> properties) {
    List<String> h = new ArrayList<>(List.of("id:ID(" + label + ")", ":LABEL"));
    properties.forEach(
        (k, t) -> {
          if (!k.equals("id")) {
            h.add(k + suffix(t));
          }
        });
    return h;
  }

  /** The columns of a relationship file: the two ends' id spaces, {@code :TYPE}, the properties. */
  public static List<String> relationshipHeader(
      String start, String end, Map<String, String> properties) {
    List<String> h =
        new ArrayList<>(List.of(":START_ID(" + start + ")", ":END_ID(" + end + ")", ":TYPE"));
    properties.forEach((k, t) -> h.add(k + suffix(t)));
    return h;
  }

  /**
   * A field: null stays null (no property), a list is its elements joined by {@code array}, an
   * element holding {@code array} itself getting {@code replacement} there (the format has no
   * escape), anything else its string.
   */
  public static String field(Object v, String array, String replacement) {
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          b.append(array);
        }
        b.append(String.valueOf(l.get(i)).replace(array, replacement));
      }
      return b.toString();
    }
    return String.valueOf(v);
  }

  /** The replacement of the delimiter inside an element: full-width for {@code ;}, else a space. */
  public static String replacement(String array) {
    return array.equals(";") ? "；" : " ";
  }

  /** A node's line in {@link #NODES}' column order (its label's file). */
  public static String nodeLine(String label, Map<String, ?> properties, String array) {
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(properties.get("id")));
    cells.add(label);
    for (String c : NODES.get(label).keySet()) {
      if (!c.equals("id")) {
        cells.add(field(properties.get(c), array, replacement(array)));
      }
    }
    return line(cells);
  }

  /** A relationship's line in {@link #RELATIONSHIPS}' column order. */
  public static String relationshipLine(
      String type, String startId, String endId, Map<String, ?> properties, String array) {
    List<String> cells = new ArrayList<>(List.of(startId, endId, type));
    for (String c : RELATIONSHIPS.get(type).keySet()) {
      cells.add(field(properties.get(c), array, replacement(array)));
    }
    return line(cells);
  }

  /**
   * The arguments of {@code neo4j-admin database import full} that load {@code files} into {@code
   * database}: each file (or header and parts) as nodes when its value is true, else as
   * relationships, in the map's order.
   */
  public static List<String> importArguments(
      String database, String arrayDelimiter, Map<String, Boolean> files) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "database",
                "import",
                "full",
                database,
                "--overwrite-destination=true",
                "--array-delimiter=" + arrayDelimiter,
                "--multiline-fields=true"));
    files.forEach((f, nodes) -> a.add((nodes ? "--nodes=" : "--relationships=") + f));
    return a;
  }

  /** One CSV line with its {@code \n}: every non-null cell quoted, quotes doubled. */
  public static String line(List<String> cells) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.append(',');
      }
      String c = cells.get(i);
      if (c != null) {
        w.append('"').append(c.replace("\"", "\"\"")).append('"');
      }
    }
    return w.append('\n').toString();
  }
}
