package org.netagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.netagraph.UsageException;
import org.netagraph.extract.ner.CorpusSpec;
import org.netagraph.extract.ner.CrossValidation;
import org.netagraph.extract.ner.HindiNerTrainer;
import org.netagraph.extract.ner.NameList;
import org.netagraph.extract.ner.TrainingOptions;
import org.netagraph.extract.ner.TrainingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the Hindi recogniser on tagged corpora, with the gazetteers of",
      "--models baked in. Each --conll is FILE[:MAP[:WEIGHT]]: MAP is a tag map",
      "of models/ner-tagmaps.tsv (none: PERSON/LOCATION/ORGANIZATION BIO tags),",
      "WEIGHT scales its updates. Sentences equal to an evaluation sentence, to",
      "an earlier one of their corpus or of an earlier corpus are dropped; the",
      "counts per corpus are printed. --holdout keeps the first corpus's fold",
      "(index %% 5 == --fold) out and scores it; --eval FILE[:MAP] scores other",
      "corpora; --cross-validate runs the 5 folds for each of --seeds.",
      "The shipped model (see models/README.md), with C=../shared/corpus:",
      "  netagraph train --conll $C/hiner/dev.conll \\",
      "    --conll $C/ner-extra/ilner_hi_train.txt:ilner \\",
      "    --conll $C/ner-extra/multiconer2_hi_train.conll:multiconer \\",
      "    --eval $C/ner-extra/ilner_hi_dev.txt:ilner \\",
      "    --eval $C/ner-extra/multiconer2_hi_dev.conll:multiconer \\",
      "    --names $C/ner-extra/eci2021_candidates_en_hi.tsv:name_hindi \\",
      "    --out models/hiner-ner.bin.gz"
    })
final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--conll",
      paramLabel = "FILE[:MAP[:WEIGHT]]",
      required = true,
      description = "Tagged training corpus; repeat for several (the first is the target).")
  List<String> conll;

  @Option(
      names = "--eval",
      paramLabel = "FILE[:MAP]",
      description = "A tagged corpus to score on and never train on; repeatable.")
  List<String> eval = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The model file to write (.bin.gz); not with --cross-validate.")
  Path out;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      defaultValue = "models",
      description = "Gazetteers to bake in and tag maps (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      defaultValue = "6",
      description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "20260401",
      description =
          "Seed of the sentence shuffles (default: ${DEFAULT-VALUE}, the shipped model's); another seed measures how much a result is noise.")
  long seed;

  @Option(
      names = "--seeds",
      paramLabel = "N,N",
      split = ",",
      description = "With --cross-validate: the seeds to run (default: --seed).")
  List<Long> seeds = new ArrayList<>();

  @Option(names = "--holdout", description = "Hold every 5th sentence of the first corpus out.")
  boolean holdout;

  @Option(
      names = "--fold",
      paramLabel = "K",
      defaultValue = "4",
      description =
          "With --holdout: hold out the sentences whose index %% 5 is K, 0..4 (default: ${DEFAULT-VALUE}, the validation split).")
  int fold;

  @Option(
      names = "--cross-validate",
      description = "5-fold cross-validation on the first corpus; prints pooled F1 per seed.")
  boolean crossValidate;

  @Option(
      names = "--no-adapt",
      description = "No per-corpus feature copies (domain adaptation is on by default).")
  boolean noAdapt;

  @Option(names = "--no-ngram-types", description = "No n-gram word-type scores (on by default).")
  boolean noNgramTypes;

  @Option(
      names = "--names",
      paramLabel = "FILE:COLUMN",
      description =
          "A tab-separated list of person names (header line; COLUMN holds the names) whose words teach the n-gram word types how names are spelt; repeatable.")
  List<String> names = new ArrayList<>();

  @Option(
      names = "--clusters",
      paramLabel = "COARSE,FINE",
      split = ",",
      description =
          "Word classes learned from the training text, two levels (default: 64,256; 0,0 for none).")
  List<Integer> clusters = new ArrayList<>();

  @Override
  public Integer call() {
    if (fold < 0 || fold > 4) {
      throw new UsageException("--fold must be 0..4, got " + fold);
    }
    List<CorpusSpec> train = new ArrayList<>();
    List<CorpusSpec> evalSpecs = new ArrayList<>();
    TrainingOptions o;
    try {
      for (String c : conll) {
        train.add(CorpusSpec.parse(c));
      }
      for (String e : eval) {
        evalSpecs.add(CorpusSpec.parse(e));
      }
      o =
          TrainingOptions.defaults()
              .withEpochs(epochs)
              .withSeed(seed)
              .withGazetteerDir(models)
              .withAdapt(!noAdapt)
              .withNgramTypes(!noNgramTypes)
              .withNames(names.stream().map(NameList::parse).toList());
      if (!clusters.isEmpty()) {
        if (clusters.size() != 2) {
          throw new UsageException("--clusters takes COARSE,FINE, got " + clusters);
        }
        o = o.withClusters(clusters.get(0), clusters.get(1));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    o = holdout ? o.withHoldout(5, fold) : o.withoutHoldout();
    PrintWriter w = spec.commandLine().getOut();
    try {
      if (crossValidate) {
        List<Long> s = seeds.isEmpty() ? List.of(seed) : seeds;
        if (out != null) {
          throw new UsageException("--cross-validate writes no model; leave out --out");
        }
        CrossValidation.Result r = CrossValidation.run(train, evalSpecs, o, 5, s, w);
        w.println(r.summary());
      } else {
        if (out == null) {
          throw new UsageException("--out FILE is needed (except with --cross-validate)");
        }
        TrainingReport r = HindiNerTrainer.train(train, evalSpecs, out, o);
        w.println(r.summary());
      }
    } catch (IOException e) {
      throw new UsageException("training failed: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    w.flush();
    return 0;
  }
}
