package org.netagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.netagraph.UsageException;
import org.netagraph.extract.ner.HindiNerTrainer;
import org.netagraph.extract.ner.TrainingOptions;
import org.netagraph.extract.ner.TrainingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the Hindi recogniser on a tagged CoNLL file (HiNER format), with the gazetteers of",
      "--models baked in. Without --holdout it reproduces models/hiner-ner.bin.gz:",
      "  netagraph train --conll ../shared/corpus/hiner/dev.conll --out models/hiner-ner.bin.gz --models models",
      "With --holdout it keeps every 5th sentence out and prints P/R/F1 on them."
    })
final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--conll",
      paramLabel = "FILE",
      required = true,
      description = "Tagged CoNLL training data.")
  Path conll;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "The model file to write (.bin.gz).")
  Path out;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      defaultValue = "models",
      description = "Gazetteers to bake in (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      defaultValue = "15",
      description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "20260401",
      description =
          "Seed of the sentence shuffles (default: ${DEFAULT-VALUE}, the shipped model's); another seed measures how much a result is noise.")
  long seed;

  @Option(names = "--holdout", description = "Hold every 5th sentence out and score on it.")
  boolean holdout;

  @Option(
      names = "--fold",
      paramLabel = "K",
      defaultValue = "4",
      description =
          "With --holdout: hold out the sentences whose index %% 5 is K, 0..4 (default: ${DEFAULT-VALUE}, the validation split).")
  int fold;

  @Override
  public Integer call() {
    TrainingOptions o =
        TrainingOptions.defaults().withEpochs(epochs).withSeed(seed).withGazetteerDir(models);
    if (fold < 0 || fold > 4) {
      throw new UsageException("--fold must be 0..4, got " + fold);
    }
    if (!holdout) {
      o = o.withoutHoldout();
    } else {
      o = o.withHoldout(5, fold);
    }
    TrainingReport r;
    try {
      r = HindiNerTrainer.train(conll, out, o);
    } catch (IOException e) {
      throw new UsageException("training on " + conll + " failed: " + e.getMessage());
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(r.summary());
    w.flush();
    return 0;
  }
}
