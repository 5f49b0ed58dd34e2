package org.netagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.netagraph.UsageException;
import org.netagraph.extract.HindiNerFinder;
import org.netagraph.extract.ner.ConllReader;
import org.netagraph.extract.ner.ConllSentence;
import org.netagraph.extract.ner.HindiNer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Tag CoNLL tokens with the Hindi recogniser that load uses: prints token<TAB>tag per token",
      "(BIO; PERSON, LOCATION, ORGANIZATION), same order, same blank lines between sentences.",
      "Score with: python3 ../shared/tools/conll_f1.py GOLD.conll PRED.conll",
      "With --bench it prints no tags but tagging speed on one thread: after --warmup rounds over",
      "the file it times --rounds more and prints the median tokens/s of the recogniser and of",
      "the dictionary baseline (the model's gazetteer alone, longest match), and their ratio:",
      "  netagraph tag --conll ../shared/corpus/hiner/dev.conll --bench"
    })
final class TagCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--conll",
      paramLabel = "FILE",
      required = true,
      description = "Tokens in the first column, a blank line between sentences.")
  Path conll;

  @Option(names = "--models", paramLabel = "DIR", description = "Read the model from DIR.")
  Path models;

  @Option(names = "--bench", description = "Measure tagging speed instead of printing tags.")
  boolean bench;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "5",
      description = "With --bench: timed rounds over the file (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "3",
      description = "With --bench: untimed rounds first, for the JIT (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    List<ConllSentence> sentences;
    try {
      sentences = ConllReader.readTokens(conll);
    } catch (IOException e) {
      throw new UsageException("cannot read " + conll + ": " + e.getMessage());
    }
    HindiNer ner = HindiNerFinder.load(Pipelines.models(models));
    PrintWriter out = spec.commandLine().getOut();
    if (bench) {
      bench(ner, sentences, out);
      return 0;
    }
    StringBuilder b = new StringBuilder(1 << 16);
    for (int s = 0; s < sentences.size(); s++) {
      List<String> toks = sentences.get(s).tokens();
      List<String> tags = ner.tag(toks);
      for (int i = 0; i < toks.size(); i++) {
        b.append(toks.get(i)).append('\t').append(tags.get(i)).append('\n');
      }
      b.append('\n');
      if (b.length() > 1 << 15) {
        out.print(b);
        b.setLength(0);
      }
    }
    out.print(b);
    out.flush();
    return 0;
  }

  private void bench(HindiNer ner, List<ConllSentence> sentences, PrintWriter out) {
    if (rounds < 1 || warmup < 0) {
      throw new UsageException("--rounds must be >= 1 and --warmup >= 0");
    }
    long tokens = 0;
    for (ConllSentence s : sentences) {
      tokens += s.size();
    }
    if (tokens == 0) {
      throw new UsageException(conll + " has no tokens to tag");
    }
    out.printf(
        Locale.ROOT,
        "%d tokens in %d sentences; %d warm-up and %d timed rounds each, one thread%n",
        tokens,
        sentences.size(),
        warmup,
        rounds);
    out.flush();
    double model = tokensPerSecond(ner::tag, sentences, tokens);
    out.printf(Locale.ROOT, "recogniser (%s): %,.0f tokens/s%n", HindiNerFinder.MODEL, model);
    out.flush();
    double dictionary = tokensPerSecond(ner::dictionaryTag, sentences, tokens);
    out.printf(Locale.ROOT, "dictionary baseline (gazetteer only): %,.0f tokens/s%n", dictionary);
    out.printf(Locale.ROOT, "ratio recogniser / dictionary: %.3f%n", model / dictionary);
    out.flush();
  }

  /** Median tokens/s over the timed rounds, after the warm-up rounds. */
  private double tokensPerSecond(
      Function<List<String>, List<String>> tagger, List<ConllSentence> sentences, long tokens) {
    long sink = 0;
    for (int r = 0; r < warmup; r++) {
      for (ConllSentence s : sentences) {
        sink += tagger.apply(s.tokens()).size();
      }
    }
    double[] rates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      for (ConllSentence s : sentences) {
        sink += tagger.apply(s.tokens()).size();
      }
      long nanos = Math.max(1, System.nanoTime() - start);
      rates[r] = tokens * 1e9 / nanos;
    }
    if (sink != (long) (warmup + rounds) * tokens) {
      throw new IllegalStateException("a tagger returned the wrong number of tags");
    }
    Arrays.sort(rates);
    return rounds % 2 == 1 ? rates[rounds / 2] : (rates[rounds / 2 - 1] + rates[rounds / 2]) / 2;
  }
}
