package org.netagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.netagraph.InputException;
import org.netagraph.export.FactsJson;
import org.netagraph.export.Json;
import org.netagraph.extract.Pipeline;
import org.netagraph.load.ArticleFiles;
import org.netagraph.text.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract facts without a database: one JSON object per article on stdout",
      "(persons, states, parties, holds, met, with evidence). Bad files go to stderr (exit 2)."
    })
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
  List<Path> paths;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Read lexicons and models from DIR.")
  Path models;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = Pipelines.standard(models);
    ArticleFiles.Found found = ArticleFiles.expand(paths);
    int bad = 0;
    for (ArticleFiles.Skipped s : found.problems()) {
      err.println("netagraph: skipped " + s.path() + ": " + s.problem());
      bad++;
    }
    for (ArticleFiles.Source src : found.sources()) {
      try {
        Json.line(out, FactsJson.of(pipeline.process(ArticleReader.read(src.path(), src.id()))));
      } catch (InputException e) {
        err.println("netagraph: skipped " + e.getMessage());
        bad++;
      }
    }
    out.flush();
    err.flush();
    return bad == 0 ? 0 : 2;
  }
}
