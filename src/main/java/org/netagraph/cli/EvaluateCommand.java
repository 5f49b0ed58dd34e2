package org.netagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.netagraph.eval.Evaluator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score extraction against gold files: every *.txt with a *.json beside it (the gold format",
      "of the shared corpus). Prints each miss and extra, then precision, recall and F1 for",
      "persons, holds, former holds and meetings; with --by-rule, each rule's facts and precision.",
      "No database."
    })
final class EvaluateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      arity = "1..*",
      description = "Folders (or files) of articles with gold files.")
  List<Path> dirs;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Read lexicons and models from DIR.")
  Path models;

  @Option(names = "--quiet", description = "Only the totals, not each miss and extra.")
  boolean quiet;

  @Option(
      names = "--by-rule",
      description = "Also print, per rule of models/rules/, the facts it gave and their precision.")
  boolean byRule;

  @Option(
      names = "--disable",
      paramLabel = "RULE_ID",
      description = "Leave this rule out (repeatable), to measure what it is worth.")
  List<String> disable = new java.util.ArrayList<>();

  @Option(
      names = "--fail-under",
      paramLabel = "F1",
      description = "Exit 1 when any F1 is below this value.")
  Double failUnder;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Evaluator.Report r =
        new Evaluator(Pipelines.standard(models, java.util.Set.copyOf(disable))).evaluate(dirs);
    r.print(out, !quiet);
    if (byRule) {
      r.printByRule(out);
    }
    out.flush();
    if (failUnder != null) {
      for (Map.Entry<String, Double> e : r.f1().entrySet()) {
        if (e.getValue() < failUnder) {
          spec.commandLine()
              .getErr()
              .printf(
                  java.util.Locale.ROOT,
                  "netagraph: %s F1 %.2f is under %.2f%n",
                  e.getKey(),
                  e.getValue(),
                  failUnder);
          return 1;
        }
      }
    }
    return 0;
  }
}
