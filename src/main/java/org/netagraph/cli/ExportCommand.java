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
import java.util.concurrent.Callable;
import org.netagraph.UsageException;
import org.netagraph.export.JsonExporter;
import org.netagraph.graph.Graph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {"Export the graph for other tools.", "json: APOC's JSON-lines format, one node or relationship per line."})
final class ExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionMixin conn;

  @Option(names = "--format", paramLabel = "F", required = true, description = "json")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("json")) {
      throw new UsageException("--format must be json, not '" + format + "'");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Graph graph = Graph.open(conn.options(spec.commandLine().getParseResult().hasMatchedOption("--store")))) {
      Writer w =
          output == null
              ? spec.commandLine().getOut()
              : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
      try {
        JsonExporter ex = new JsonExporter(w);
        graph.streamAll(ex::accept);
        w.flush();
        if (output != null) {
          err.println("netagraph: wrote " + ex.nodes() + " nodes and " + ex.relationships() + " relationships to " + output);
        }
      } catch (UncheckedIOException e) {
        throw new UsageException("cannot write " + (output == null ? "stdout" : output) + ": " + e.getCause().getMessage());
      } finally {
        if (output != null) {
          w.close();
        }
      }
    }
    return 0;
  }
}
