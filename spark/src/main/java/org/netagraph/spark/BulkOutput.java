package org.netagraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.netagraph.write.ImportCsv;

/**
 * The bulk mode's output folder, in the layout {@code neo4j-admin database import full} reads: per
 * node label and per relationship type with its ends, a header file written by the driver ({@code
 * nodes-Person.header.csv}) and a folder of part files written by the executors, one per partition
 * ({@code nodes-Person/part-00003.csv}), in the CSV encoding of {@code load --bulk} ({@link
 * ImportCsv}: arrays joined by U+001F). A task writes its part under a temporary name and renames
 * it when complete, so a task that died and ran again leaves one whole part. The folder must be on
 * a file system every executor writes to, and new or empty.
 *
 * <p>{@link #finish} writes {@code import.args} (neo4j-admin's arguments, one a line) and {@code
 * after-import.cypher} (the constraints, and the empty alias lists the CSV format cannot carry).
 */
final class BulkOutput {
  private final Path dir;
  private final List<String> sheets = new ArrayList<>();
  private final Map<String, Long> rows = new LinkedHashMap<>();

  private BulkOutput(Path dir) {
    this.dir = dir;
  }

  /** A new or empty folder, absolute: executors work in folders of their own. */
  static BulkOutput create(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(abs)) {
        try (var in = Files.list(abs)) {
          if (in.findAny().isPresent()) {
            throw new IllegalArgumentException(
                "--output " + dir + " is not empty: give a new folder for the import files");
          }
        }
      }
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create --output " + dir + ": " + e.getMessage(), e);
    }
    return new BulkOutput(abs);
  }

  Path dir() {
    return dir;
  }

  /** Rows written per sheet ({@code nodes-Person}, {@code rels-HOLDS-Person-Office}). */
  Map<String, Long> rows() {
    return rows;
  }

  /** Writes the nodes of {@code label}, lines made by {@link ImportCsv#nodeLine}. */
  void nodes(String label, JavaRDD<String> lines) {
    write("nodes-" + label, ImportCsv.nodeHeader(label, ImportCsv.NODES.get(label)), lines);
  }

  /** Writes relationships, lines made by {@link ImportCsv#relationshipLine}. */
  void relationships(String type, String start, String end, JavaRDD<String> lines) {
    write(
        "rels-" + type + "-" + start + "-" + end,
        ImportCsv.relationshipHeader(start, end, ImportCsv.RELATIONSHIPS.get(type)),
        lines);
  }

  private void write(String sheet, List<String> header, JavaRDD<String> lines) {
    Path parts = dir.resolve(sheet);
    String where = parts.toString();
    long n =
        lines
            .mapPartitionsWithIndex((i, it) -> List.of(writePart(where, i, it)).iterator(), false)
            .fold(0L, Long::sum);
    rows.put(sheet, n);
    if (n > 0) {
      try {
        Files.writeString(
            dir.resolve(sheet + ".header.csv"), ImportCsv.line(header), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the header of " + sheet, e);
      }
      sheets.add(sheet);
    }
  }

  /** On an executor: one partition's lines as {@code part-NNNNN.csv}; their number. */
  private static long writePart(String where, int partition, Iterator<String> lines)
      throws IOException {
    if (!lines.hasNext()) {
      return 0;
    }
    Path parts = Path.of(where);
    Files.createDirectories(parts);
    TaskContext tc = TaskContext.get();
    String attempt = tc == null ? "0" : tc.attemptNumber() + "-" + tc.taskAttemptId();
    Path tmp =
        parts.resolve(String.format(java.util.Locale.ROOT, "tmp-%05d-%s", partition, attempt));
    long n = 0;
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      while (lines.hasNext()) {
        w.write(lines.next());
        n++;
      }
    }
    Path part = parts.resolve(String.format(java.util.Locale.ROOT, "part-%05d.csv", partition));
    Files.move(tmp, part, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return n;
  }

  /**
   * The arguments of {@code neo4j-admin database import full} that load the folder into {@code
   * database} (part files by a regular expression over their names).
   */
  List<String> importArguments(String database) {
    Map<String, Boolean> files = new LinkedHashMap<>();
    for (String s : sheets) {
      files.put(
          dir.resolve(s + ".header.csv") + "," + dir.resolve(s).resolve("part-[0-9]+\\.csv"),
          s.startsWith("nodes-"));
    }
    return ImportCsv.importArguments(database, "U+001F", files);
  }

  /** Writes {@code import.args} and {@code after-import.cypher}. */
  void finish() {
    StringBuilder cypher = new StringBuilder();
    cypher.append(
        "// After neo4j-admin database import of this folder: the constraints (cypher/schema.cypher)\n"
            + "// and the empty alias lists that the CSV format cannot carry. Run it once:\n"
            + "// netagraph query --write -f after-import.cypher, or cypher-shell -f.\n");
    for (String st : Statements.all("schema.cypher")) {
      cypher.append(st).append(";\n");
    }
    cypher.append(
        "MATCH (n) WHERE (n:Person OR n:Party) AND n.aliases IS NULL SET n.aliases = [];\n");
    List<String> args = importArguments("neo4j");
    try {
      Files.write(dir.resolve("import.args"), args, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("after-import.cypher"), cypher, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + dir, e);
    }
  }

  /** The import command line of a finished folder, from its {@code import.args}. */
  static String command(Path dir) {
    StringBuilder cmd = new StringBuilder("neo4j-admin");
    try {
      for (String a : Files.readAllLines(dir.resolve("import.args"), StandardCharsets.UTF_8)) {
        cmd.append(' ').append(a.contains("\\") || a.contains("[") ? "'" + a + "'" : a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve("import.args"), e);
    }
    return cmd.toString();
  }
}
