package org.netagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.netagraph.extract.Pipeline;
import org.netagraph.graph.Graph;
import org.netagraph.input.ArticleFiles;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.LoadReport;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.write.GraphWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load news into the graph: .txt articles, JSON lines, JSON arrays, CSV/TSV, HTML pages and",
      "WARC archives (files, folders walked recursively, or - for standard input).",
      "Idempotent: an unchanged article is skipped; a changed one replaces what its old version",
      "contributed. Bad files and records are reported (file:line or file@offset) and skipped;",
      "the others load (exit 2 if any was skipped)."
    })
final class LoadCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionMixin conn;

  @Mixin InputMixin input;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Input files or folders; - for standard input (JSON lines).")
  List<Path> paths;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "50",
      description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--strict",
      description = "Stop at the first bad file or record, writing nothing from it.")
  boolean strict;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Read lexicons and models from DIR instead of the packed copy.")
  Path models;

  @Option(names = "--plain", description = "Plain progress lines even on a terminal (no bar).")
  boolean plain;

  @Option(
      names = "--bulk",
      description = {
        "Build a new embedded store in one go: extraction to csv files, then neo4j-admin database",
        "import, then the constraints. Fastest for a large first load; the store must not exist yet.",
        "The graph is the one an incremental load makes; later loads add to it incrementally."
      })
  boolean bulk;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadOptions opts =
        new LoadOptions(
            threads == null ? LoadOptions.defaults().threads() : threads,
            batch,
            strict,
            input.options(models));
    boolean tty = !plain && System.console() != null;
    Progress progress = ProgressPrinters.forStream(err, tty);
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipelines.standard(models);
    double modelSecs = (System.nanoTime() - t0) / 1e9;
    org.netagraph.graph.ConnectionOptions where =
        conn.options(spec.commandLine().getParseResult().hasMatchedOption("--store"));
    if (bulk) {
      return bulk(where, pipeline, opts, progress, out, err, modelSecs);
    }
    try (Graph graph = org.netagraph.graph.Graph.open(where)) {
      double readySecs = (System.nanoTime() - t0) / 1e9;
      err.printf(
          Locale.ROOT,
          "netagraph: models ready in %.1f s, %s ready in %.1f s%n",
          modelSecs,
          graph.where(),
          readySecs);
      err.flush();
      LoadReport r = new Loader(pipeline, graph, opts, progress).load(paths);
      Map<String, Long> timings = GraphWriter.TIMINGS;
      if (timings.containsKey(GraphWriter.TRANSACTION)) {
        // -Dnetagraph.writer.timings=true: the writer's share of the run (bench/spark-bench.sh);
        // the statements run inside the transactions, so only the transactions add up
        err.printf(
            Locale.ROOT,
            "netagraph: writer transactions took %d ms; statements within them (ms): %s%n",
            timings.get(GraphWriter.TRANSACTION),
            timings);
      }
      return report(r, graph.where(), out);
    }
  }

  private Integer bulk(
      org.netagraph.graph.ConnectionOptions where,
      Pipeline pipeline,
      LoadOptions opts,
      Progress progress,
      PrintWriter out,
      PrintWriter err,
      double modelSecs) {
    if (!where.isEmbedded()) {
      throw new org.netagraph.UsageException(
          "--bulk builds an embedded store (--store DIR); it cannot load into "
              + where.describe()
              + ": load without --bulk instead");
    }
    err.printf(
        Locale.ROOT,
        "netagraph: models ready in %.1f s, bulk load into a new store at %s%n",
        modelSecs,
        where.store());
    err.flush();
    LoadReport r = org.netagraph.load.BulkLoad.run(pipeline, where.store(), paths, opts, progress);
    return report(r, "embedded store " + where.store() + " (bulk import)", out);
  }

  private static int report(LoadReport r, String target, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "loaded %d of %d articles into %s in %.1f s (%d written, %d unchanged, %d replaced),"
            + " %d skipped%n",
        r.read(),
        r.read() + r.skipped().size(),
        target,
        r.seconds(),
        r.written(),
        r.unchanged(),
        r.replaced(),
        r.skipped().size());
    for (ArticleFiles.Skipped s : r.skipped()) {
      out.println("  skipped " + s.path() + ": " + s.problem());
    }
    for (String n : r.notices()) {
      out.println("  note: " + n);
    }
    out.printf(
        Locale.ROOT,
        "graph: %d persons, %d offices, %d HOLDS, %d MET, %d articles, %d states, %d parties%n",
        r.count("Person"),
        r.count("Office"),
        r.count("HOLDS"),
        r.count("MET"),
        r.count("Article"),
        r.count("State"),
        r.count("Party"));
    if (r.stoppedEarly()) {
      out.println("stopped at the first bad file or record (--strict)");
    }
    return r.skipped().isEmpty() ? 0 : 2;
  }
}
