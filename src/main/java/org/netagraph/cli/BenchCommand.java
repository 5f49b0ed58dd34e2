package org.netagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.netagraph.bench.Bench;
import org.netagraph.bench.SyntheticCorpus;
import org.netagraph.extract.corenlp.CoreNlpBaseline;
import org.netagraph.load.Corpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark on a reproducible synthetic corpus, measured side by side in one run: extraction",
      "with 1 and 2 threads, baseline A (CoreNLP tokenize,ssplit,pos,lemma,ner), the batch writer,",
      "baseline B (one transaction per fact) and baseline C (neo4j-admin import), peak heap and",
      "planted facts recovered. Prints a table and writes target/bench.json."
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Synthetic articles (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--baseline-articles",
      paramLabel = "N",
      defaultValue = "20",
      description = "Articles baseline A annotates, 0 to skip it (default: ${DEFAULT-VALUE}).")
  int baselineArticles;

  @Option(
      names = "--naive-facts",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Facts baseline B writes (default: ${DEFAULT-VALUE}).")
  int naiveFacts;

  @Option(
      names = "--graph-scale",
      paramLabel = "RELS",
      defaultValue = "0",
      description =
          "Measure the writer and baseline C on a graph of about RELS relationships made from planted facts (no text) instead of on the extracted corpus (default: the corpus).")
  long graphScale;

  @Option(
      names = "--writer-batch",
      paramLabel = "N",
      defaultValue = "100",
      description = "Articles per write transaction for the writer (default: ${DEFAULT-VALUE}).")
  int writerBatch;

  @Option(
      names = "--no-ceiling",
      negatable = false,
      description =
          "Skip the ceiling: the same graph written through the engine's embedded Java API (no Cypher, no Bolt, grouped in memory), the most any transactional writer could do, reported against baseline C.")
  boolean noCeiling;

  @Option(
      names = "--write-corpus",
      paramLabel = "DIR",
      description =
          "Only write the --articles synthetic articles as files to DIR (one at a time, for bench/load-scale.sh), then stop.")
  Path writeCorpus;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      description =
          "Measure extraction on these files or folders (any format load reads; the first --articles of them) instead of the synthetic corpus; no planted facts, so no recall.")
  List<Path> corpus;

  @Mixin InputMixin input;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "target/bench.json",
      description = "JSON output (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    if (writeCorpus != null) {
      Files.createDirectories(writeCorpus);
      // a thousand files per folder: load walks folders recursively
      SyntheticCorpus.forEachFile(
          org.netagraph.lexicon.Lexicon.load(Pipelines.models(null)),
          articles,
          seed,
          (name, bytes) -> {
            Path dir = writeCorpus.resolve(name.substring(0, name.length() - 7));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
          });
      o.println("wrote " + articles + " articles to " + writeCorpus);
      return 0;
    }
    List<org.netagraph.model.Article> given = null;
    if (corpus != null) {
      given =
          Corpus.read(
              corpus,
              input.options(null),
              articles,
              ProgressPrinters.skipsOnly(spec.commandLine().getErr()));
      if (given.isEmpty()) {
        throw new org.netagraph.UsageException("--corpus: no article could be read from " + corpus);
      }
    }
    Path work = Files.createTempDirectory("netagraph-bench-");
    Map<String, Object> r;
    try {
      r =
          new Bench(Pipelines.standard(null), CoreNlpBaseline::new, spec.commandLine().getErr())
              .run(
                  new Bench.Options(
                      articles,
                      seed,
                      work,
                      baselineArticles,
                      naiveFacts,
                      graphScale,
                      writerBatch,
                      !noCeiling,
                      given));
    } finally {
      // the stores and the csv of a 1M-relationship run take a few GB
      org.netagraph.ScratchDir.delete(work);
    }
    Bench.table(r, o);
    Bench.writeJson(r, out);
    o.println("wrote " + out);
    return 0;
  }
}
