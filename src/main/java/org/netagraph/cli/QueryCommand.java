package org.netagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.netagraph.UsageException;
import org.netagraph.export.Json;
import org.netagraph.graph.Graph;
import org.netagraph.write.CypherFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run Cypher and print the rows: a statement, or a file such as cypher/queries/*.cypher.",
      "Parameters are passed as parameters ($name), never pasted into the text.",
      "Runs in a read transaction unless --write is given.",
      "Example: netagraph query \"MATCH (p:Person {name: $name})-[:HOLDS]->(o) RETURN o.title\" --param name=\"Nitish Kumar\""
    })
final class QueryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionMixin conn;

  @Parameters(paramLabel = "CYPHER", arity = "0..1", description = "The Cypher statement.")
  String cypher;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Read the Cypher from FILE (its last statement's rows are printed).")
  Path file;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "K=V",
      description =
          "A parameter; repeat for more. V is a string; K:=V reads V as JSON (numbers, lists).")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "F",
      defaultValue = "table",
      description = "table, json (JSON lines) or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--write", description = "Allow writes (runs in a write transaction).")
  boolean write;

  @Override
  public Integer call() {
    if ((cypher == null) == (file == null)) {
      throw new UsageException("give either a Cypher statement or -f FILE");
    }
    if (!List.of("table", "json", "csv").contains(format)) {
      throw new UsageException("--format must be table, json or csv, not '" + format + "'");
    }
    List<String> statements = cypher != null ? List.of(cypher) : CypherFiles.fileStatements(file);
    if (statements.isEmpty()) {
      throw new UsageException(file + " holds no Cypher statement");
    }
    Map<String, Object> p = parseParams(params);
    PrintWriter out = spec.commandLine().getOut();
    var opts = conn.options(spec.commandLine().getParseResult().hasMatchedOption("--store"));
    try (Graph graph = write ? Graph.open(opts) : Graph.openForReading(opts)) {
      for (int i = 0; i < statements.size(); i++) {
        boolean last = i == statements.size() - 1;
        RowPrinter printer = last ? RowPrinter.of(format, out) : RowPrinter.discard();
        graph.query(statements.get(i), p, write, printer::header, printer::row);
        printer.finish();
        org.netagraph.Trace.mark("statement " + (i + 1) + " answered");
      }
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> parseParams(List<String> params) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (String kv : params) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--param needs K=V, got '" + kv + "'");
      }
      String k = kv.substring(0, eq);
      String v = kv.substring(eq + 1);
      if (k.endsWith(":")) {
        try {
          p.put(k.substring(0, k.length() - 1), Json.MAPPER.readValue(v, Object.class));
        } catch (java.io.IOException e) {
          throw new UsageException(
              "--param " + k + "=: '" + v + "' is not JSON: " + e.getMessage());
        }
      } else {
        p.put(k, v);
      }
    }
    return p;
  }
}
