package org.netagraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.netagraph.DatabaseException;

/**
 * {@code neo4j-admin database import full}, run in-process from the embedded jar set into an
 * offline store folder (the layout {@link EmbeddedServer} opens). It creates no constraints: {@link
 * Graph#open} applies the schema on the next connect. The tool's report of bad lines goes to {@code
 * logs/import.report} inside the store, never into the working folder.
 */
public final class BulkImport {
  private BulkImport() {}

  /**
   * Imports with the given {@code database import full ...} arguments; fails with the tool's log.
   */
  public static void run(Path store, List<String> arguments) {
    Path report = reportFile(store);
    try {
      Files.createDirectories(store.resolve("conf"));
      Files.createDirectories(report.getParent());
    } catch (IOException e) {
      throw new DatabaseException("cannot prepare " + store + " for import: " + e.getMessage(), e);
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
    int code =
        AdminTool.execute(
            new ExecutionContext(
                store, store.resolve("conf"), ps, ps, new DefaultFileSystemAbstraction()),
            withReport(arguments, report).toArray(String[]::new));
    if (code != 0) {
      throw new DatabaseException(
          "neo4j-admin database import into "
              + store
              + " failed (exit "
              + code
              + "):\n"
              + log.toString(StandardCharsets.UTF_8));
    }
  }

  /** Where the import's report of bad lines goes: the store's own logs folder. */
  public static Path reportFile(Path store) {
    return store.toAbsolutePath().resolve("logs").resolve("import.report");
  }

  static List<String> withReport(List<String> arguments, Path report) {
    List<String> a = new ArrayList<>(arguments);
    a.removeIf(x -> x.startsWith("--report-file"));
    a.add("--report-file=" + report);
    return a;
  }
}
