package org.netagraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.netagraph.UsageException;
import org.netagraph.export.CsvExporter;
import org.netagraph.export.CypherExporter;
import org.netagraph.export.DotExporter;
import org.netagraph.export.GraphExporter;
import org.netagraph.export.GraphmlExporter;
import org.netagraph.export.JsonExporter;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the graph (or a part of it) for other tools, streaming:",
      "  json     APOC's JSON lines, one node or relationship per line",
      "  graphml  GraphML for Gephi, yEd, networkx (arrays as JSON strings)",
      "  csv      neo4j-admin database import layout, in a folder (-o DIR); prints the import command",
      "  cypher   a replayable Cypher script (constraints, then batched UNWIND ... MERGE)",
      "  dot      Graphviz, nodes coloured by label"
    })
final class ExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionMixin conn;

  @Option(
      names = "--format",
      paramLabel = "F",
      required = true,
      description = "json, graphml, csv, cypher or dot")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|DIR",
      description = "Write to FILE (a folder for csv) instead of stdout.")
  Path output;

  @Option(
      names = "--label",
      paramLabel = "L",
      description =
          "Only nodes with this label (repeat for more) and the relationships between them.")
  List<String> labels;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Only relationships of this type (repeat for more) and the nodes they touch.")
  List<String> types;

  @Option(
      names = "--query",
      paramLabel = "CYPHER",
      description = "Only what this read query returns (nodes, relationships, paths).")
  String query;

  @Override
  public Integer call() throws IOException {
    if (!List.of("json", "graphml", "csv", "cypher", "dot").contains(format)) {
      throw new UsageException(
          "--format must be json, graphml, csv, cypher or dot, not '" + format + "'");
    }
    if (format.equals("csv") && output == null) {
      throw new UsageException("--format csv writes a folder of files: give it with -o DIR");
    }
    if (query != null && (labels != null || types != null)) {
      throw new UsageException(
          "--query selects on its own: do not combine it with --label or --type");
    }
    PrintWriter err = spec.commandLine().getErr();
    Graph.Selection sel = new Graph.Selection(labels, types, query);
    try (Graph graph =
        Graph.openForReading(
            conn.options(spec.commandLine().getParseResult().hasMatchedOption("--store")))) {
      Writer w = null;
      GraphExporter ex;
      if (format.equals("csv")) {
        ex = new CsvExporter(output);
      } else {
        w =
            output == null
                ? spec.commandLine().getOut()
                : new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8),
                    1 << 16);
        switch (format) {
          case "graphml":
            ex = new GraphmlExporter(w);
            break;
          case "cypher":
            ex = new CypherExporter(w);
            break;
          case "dot":
            ex = new DotExporter(w);
            break;
          default:
            ex = new JsonExporter(w);
            break;
        }
      }
      try {
        ex.begin(graph.propertySchema());
        GraphExporter target = ex;
        graph.stream(sel, e -> accept(target, e));
        ex.end();
        if (w != null) {
          w.flush();
        }
      } catch (UncheckedIOException e) {
        throw new UsageException(
            "cannot write "
                + (output == null ? "stdout" : output)
                + ": "
                + e.getCause().getMessage());
      } finally {
        if (w != null && output != null) {
          w.close();
        }
      }
      if (output != null || format.equals("csv")) {
        err.println("netagraph: wrote " + ex.summary() + (output == null ? "" : " to " + output));
        if (ex instanceof CsvExporter csv) {
          spec.commandLine()
              .getOut()
              .println(
                  "import into an empty database (server stopped) with:\n  "
                      + csv.importCommand()
                      + "\nthen apply cypher/schema.cypher (neo4j-admin import creates no constraints)");
        }
      }
    }
    return 0;
  }

  private static void accept(GraphExporter ex, GraphElement e) {
    try {
      ex.accept(e);
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
  }
}
