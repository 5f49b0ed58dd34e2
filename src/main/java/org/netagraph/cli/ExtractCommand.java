package org.netagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.netagraph.extract.Pipeline;
import org.netagraph.load.FactLines;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.LoadReport;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract facts without a database: one JSON object per article on stdout, in input order",
      "(persons, states, parties, holds, met, with evidence). Reads what load reads. Bad files and",
      "records go to stderr (exit 2)."
    })
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputMixin input;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Input files or folders; - for standard input (JSON lines).")
  List<Path> paths;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Read lexicons and models from DIR.")
  Path models;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--strict", description = "Stop at the first bad file or record.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = Pipelines.standard(models);
    LoadOptions opts =
        new LoadOptions(
            threads == null ? LoadOptions.defaults().threads() : threads,
            50,
            strict,
            input.options(models));
    Progress progress = ProgressPrinters.skipsOnly(err);
    LoadReport r = new Loader(pipeline, new FactLines(out), opts, progress).load(paths);
    for (String n : r.notices()) {
      err.println("netagraph: note: " + n);
    }
    out.flush();
    err.flush();
    return r.skipped().isEmpty() ? 0 : 2;
  }
}
