package org.netagraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;
import org.netagraph.write.ImportCsv;

/**
 * The {@code neo4j-admin database import} layout, in a folder: {@code nodes-<Label>.csv} with
 * {@code id:ID(<Label>)}, {@code :LABEL} and typed columns ({@code aliases:string[]}, arrays
 * separated by {@value #ARRAY}); {@code rels-<TYPE>-<Start>-<End>.csv} with {@code
 * :START_ID(<Start>)}, {@code :END_ID(<End>)}, {@code :TYPE}. Every field is quoted. An array
 * element that itself holds {@value #ARRAY} gets a full-width {@code ；} instead (counted in the
 * summary), since the import format has no escape for it. {@link #importCommand} is the command
 * line that loads the folder.
 */
public final class CsvExporter implements GraphExporter {
  public static final String ARRAY = ";";
  private final Path dir;
  private final String array;
  private Graph.PropertySchema schema;
  private final Map<String, Sheet> sheets = new LinkedHashMap<>();
  private long nodes;
  private long relationships;
  private long replaced;

  private record Sheet(Path file, Writer out, List<String> columns, List<String> types) {}

  public CsvExporter(Path dir) {
    this(dir, ARRAY);
  }

  /**
   * With another array separator: the bulk loader uses the unit separator U+001F, a control
   * character that news text does not hold, so its evidence sentences keep their semicolons (an
   * element that does hold U+001F gets a space there).
   */
  public CsvExporter(Path dir, String arrayDelimiter) {
    this.dir = dir;
    this.array = arrayDelimiter;
  }

  @Override
  public void begin(Graph.PropertySchema schema) throws IOException {
    this.schema = schema;
    Files.createDirectories(dir);
  }

  static String suffix(String neo4jType) {
    return ImportCsv.suffix(neo4jType);
  }

  private Sheet sheet(String key, String fileName, List<String> fixed, Map<String, String> props)
      throws IOException {
    Sheet s = sheets.get(key);
    if (s == null) {
      List<String> cols = new ArrayList<>();
      List<String> types = new ArrayList<>();
      List<String> header = new ArrayList<>(fixed);
      for (Map.Entry<String, String> p : props.entrySet()) {
        if (p.getKey().equals("id") && fixed.get(0).startsWith("id:ID")) {
          continue;
        }
        cols.add(p.getKey());
        types.add(p.getValue());
        header.add(p.getKey() + suffix(p.getValue()));
      }
      Path f = dir.resolve(fileName);
      Writer w = new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.UTF_8), 1 << 16);
      s = new Sheet(f, w, cols, types);
      sheets.put(key, s);
      line(w, header);
    }
    return s;
  }

  @Override
  public void accept(GraphElement e) throws IOException {
    if (e instanceof GraphElement.NodeElement n) {
      String label = Values.label(n.labels());
      Sheet s =
          sheet(
              "n:" + label,
              "nodes-" + label + ".csv",
              List.of("id:ID(" + label + ")", ":LABEL"),
              schema.nodes().getOrDefault(label, Map.of()));
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(n.properties().get("id")));
      row.add(String.join(";", n.labels()));
      for (String c : s.columns()) {
        row.add(field(n.properties().get(c)));
      }
      line(s.out(), row);
      nodes++;
    } else if (e instanceof GraphElement.RelationshipElement r) {
      String a = Values.label(r.startLabels());
      String b = Values.label(r.endLabels());
      Sheet s =
          sheet(
              "r:" + r.type() + ":" + a + ":" + b,
              "rels-" + r.type() + "-" + a + "-" + b + ".csv",
              List.of(":START_ID(" + a + ")", ":END_ID(" + b + ")", ":TYPE"),
              schema.relationships().getOrDefault(r.type(), Map.of()));
      List<String> row = new ArrayList<>();
      row.add(r.startKey());
      row.add(r.endKey());
      row.add(r.type());
      for (String c : s.columns()) {
        row.add(field(r.properties().get(c)));
      }
      line(s.out(), row);
      relationships++;
    }
  }

  private String field(Object v) {
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (String.valueOf(o).contains(array)) {
          replaced++;
        }
      }
    }
    return ImportCsv.field(v, array, ImportCsv.replacement(array));
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    w.write(ImportCsv.line(cells));
  }

  @Override
  public void end() throws IOException {
    for (Sheet s : sheets.values()) {
      s.out().close();
    }
  }

  /** The files written, nodes first. */
  public List<Path> files() {
    List<Path> out = new ArrayList<>();
    sheets.values().forEach(s -> out.add(s.file()));
    return out;
  }

  /**
   * Arguments of {@code neo4j-admin database import full} that load the folder into {@code
   * database}.
   */
  public List<String> importArguments(String database) {
    Map<String, Boolean> files = new LinkedHashMap<>();
    for (Map.Entry<String, Sheet> e : sheets.entrySet()) {
      files.put(e.getValue().file().toAbsolutePath().toString(), e.getKey().startsWith("n:"));
    }
    return ImportCsv.importArguments(database, array, files);
  }

  /** The command line for the user. */
  public String importCommand() {
    StringBuilder b = new StringBuilder("neo4j-admin");
    for (String a : importArguments("neo4j")) {
      b.append(' ').append(a.contains(";") ? "'" + a + "'" : a);
    }
    return b.toString();
  }

  @Override
  public String summary() {
    return nodes
        + " nodes and "
        + relationships
        + " relationships in "
        + sheets.size()
        + " files"
        + (replaced > 0 ? " (" + replaced + " array elements had ';' replaced by '；')" : "");
  }
}
