package org.netagraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.netagraph.export.CsvExporter;
import org.netagraph.export.Json;
import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpBaseline;
import org.netagraph.graph.BulkImport;
import org.netagraph.graph.ConnectionOptions;
import org.netagraph.graph.CoreApiCeiling;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;
import org.netagraph.graph.NaiveWriter;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.PersonEntity;
import org.netagraph.text.Tokenizer;
import org.netagraph.write.GraphWriter;

/**
 * The benchmark: one synthetic corpus, measured side by side in one process. See the class comment
 * of {@link SyntheticCorpus} for the corpus and README's "Benchmark" for the figures.
 */
public final class Bench {
  /**
   * @param articles how many synthetic articles
   * @param seed the corpus seed
   * @param work a scratch folder for the stores and the csv
   * @param baselineArticles how many articles baseline A (slow) annotates
   * @param naiveFacts how many facts baseline B writes one transaction at a time
   * @param graphScale when positive, the writer and baseline C are measured on a graph of about
   *     this many relationships made from planted facts ({@link SyntheticFacts}) instead of on the
   *     extracted corpus
   * @param writerBatch articles per write transaction for the writer
   * @param ceiling also measure {@link org.netagraph.graph.CoreApiCeiling}, the most any
   *     transactional writer could do
   * @param corpus articles to measure instead of the synthetic corpus ({@code bench --corpus}), or
   *     null; they have no planted facts, so no recall is reported
   */
  public record Options(
      int articles,
      long seed,
      Path work,
      int baselineArticles,
      int naiveFacts,
      long graphScale,
      int writerBatch,
      boolean ceiling,
      List<Article> corpus) {
    public Options(
        int articles,
        long seed,
        Path work,
        int baselineArticles,
        int naiveFacts,
        long graphScale,
        int writerBatch,
        boolean ceiling) {
      this(
          articles,
          seed,
          work,
          baselineArticles,
          naiveFacts,
          graphScale,
          writerBatch,
          ceiling,
          null);
    }
  }

  private final Pipeline pipeline;
  private final Supplier<CoreNlpBaseline> baselineA;
  private final PrintWriter log;

  public Bench(Pipeline pipeline, Supplier<CoreNlpBaseline> baselineA, PrintWriter log) {
    this.pipeline = pipeline;
    this.baselineA = baselineA;
    this.log = log;
  }

  public Map<String, Object> run(Options o) throws IOException, InterruptedException {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    Map<String, Object> r = new LinkedHashMap<>();
    List<SyntheticCorpus.Item> corpus;
    if (o.corpus() != null) {
      say("measuring %d articles of the corpus given", o.corpus().size());
      corpus = new ArrayList<>();
      for (Article a : o.corpus()) {
        corpus.add(new SyntheticCorpus.Item(a, List.of(), a.text().split("\\s+").length));
      }
      r.put("corpus", "given");
    } else {
      say("generating %d synthetic articles (seed %d)", o.articles(), o.seed());
      corpus = SyntheticCorpus.generate(pipeline.lexicon(), o.articles(), o.seed());
    }
    long tokens = 0;
    long words = 0;
    for (SyntheticCorpus.Item it : corpus) {
      tokens += Tokenizer.tokenize(it.article().text()).size();
      words += it.words();
    }
    r.put("articles", corpus.size());
    r.put("mean_words_per_article", words / corpus.size());
    r.put("tokens", tokens);
    // warm-up: the JIT compiles the pipeline on a tenth of the corpus (at least 20 articles)
    int warm = Math.min(corpus.size(), Math.max(20, corpus.size() / 10));
    extract(corpus.subList(0, warm), 2);
    // 1 and 2 threads twice, alternating, the better of each kept: on a machine shared with
    // other work a slow run is noise, a fast one is what the code can do
    say("extraction, 1 thread");
    long t0 = System.nanoTime();
    List<ArticleFacts> facts = extract(corpus, 1);
    double s1 = secs(t0);
    say("extraction, 2 threads");
    t0 = System.nanoTime();
    extract(corpus, 2);
    double s2 = secs(t0);
    say("extraction, 1 thread again");
    t0 = System.nanoTime();
    extract(corpus, 1);
    s1 = Math.min(s1, secs(t0));
    say("extraction, 2 threads again");
    t0 = System.nanoTime();
    extract(corpus, 2);
    s2 = Math.min(s2, secs(t0));
    r.put("extraction_articles_per_s_1t", round(corpus.size() / s1));
    r.put("extraction_articles_per_s_2t", round(corpus.size() / s2));
    r.put("extraction_tokens_per_s_1t", round(tokens / s1));
    r.put("extraction_tokens_per_s_2t", round(tokens / s2));
    r.put("extraction_2t_vs_1t", round(s1 / s2));

    int k = Math.min(o.baselineArticles(), corpus.size());
    if (k > 0) {
      say("baseline A: CoreNLP tokenize,ssplit,pos,lemma,ner on %d articles", k);
      CoreNlpBaseline a = baselineA.get();
      a.annotate(corpus.get(0).article().text());
      t0 = System.nanoTime();
      for (int i = 0; i < k; i++) {
        a.annotate(corpus.get(i).article().text());
      }
      double sa = secs(t0);
      r.put("baseline_a_articles_per_s", round(k / sa));
      r.put("extraction_vs_baseline_a", round((corpus.size() / s1) / (k / sa)));
    }

    Iterable<ArticleFacts> toWrite = facts;
    if (o.graphScale() > 0) {
      SyntheticFacts planted =
          SyntheticFacts.forRelationships(pipeline.lexicon(), o.graphScale(), o.seed());
      toWrite = planted;
      r.put("graph_scale", o.graphScale());
      r.put("writer_articles", planted.articles());
      say(
          "writer: %d articles of planted facts (about %d relationships), batches of %d, over Bolt into a fresh embedded store",
          planted.articles(), o.graphScale(), o.writerBatch());
    } else {
      r.put("writer_articles", facts.size());
      say("writer: batches of %d articles over Bolt into a fresh embedded store", o.writerBatch());
    }
    Path csv = o.work().resolve("csv");
    long rels;
    double sw;
    try (Graph g = Graph.open(ConnectionOptions.embedded(o.work().resolve("writer")))) {
      GraphWriter w = new GraphWriter(g, pipeline.lexicon());
      w.writeStates();
      long c0 = cpuNanos();
      t0 = System.nanoTime();
      List<ArticleFacts> batch = new ArrayList<>(o.writerBatch());
      int written = 0;
      long tLast = t0;
      for (ArticleFacts f : toWrite) {
        batch.add(f);
        if (batch.size() == o.writerBatch()) {
          w.write(batch);
          written += batch.size();
          batch.clear();
          if (System.nanoTime() - tLast > 30e9) {
            tLast = System.nanoTime();
            say("writer: %d articles in %.0f s", written, secs(t0));
          }
        }
      }
      if (!batch.isEmpty()) {
        w.write(batch);
      }
      sw = secs(t0);
      r.put("writer_cpu_s", round((cpuNanos() - c0) / 1e9));
      if (!GraphWriter.TIMINGS.isEmpty()) {
        say("writer statement times (ms): %s", GraphWriter.TIMINGS);
      }
      rels = relationships(g);
      CsvExporter ex = new CsvExporter(csv);
      ex.begin(g.propertySchema());
      g.streamAll(e -> accept(ex, e));
      ex.end();
      r.put("graph_relationships", rels);
      r.put("writer_rels_per_s", round(rels / sw));
      say("baseline C: neo4j-admin database import of the same graph from csv");
      long c1 = cpuNanos();
      t0 = System.nanoTime();
      BulkImport.run(o.work().resolve("imported"), ex.importArguments("neo4j"));
      double sc = secs(t0);
      r.put("baseline_c_cpu_s", round((cpuNanos() - c1) / 1e9));
      r.put("baseline_c_rels_per_s", round(rels / sc));
      r.put("writer_vs_baseline_c", round((rels / sw) / (rels / sc)));
    }
    say("baseline B: one transaction per fact with MERGE (%d facts)", o.naiveFacts());
    try (Graph g = Graph.open(ConnectionOptions.embedded(o.work().resolve("naive")))) {
      NaiveWriter nw = new NaiveWriter(g);
      int n = 0;
      t0 = System.nanoTime();
      for (ArticleFacts f : facts) {
        if (n >= o.naiveFacts()) {
          break;
        }
        n += nw.write(f);
      }
      double sb = secs(t0);
      r.put("baseline_b_rels_per_s", round(n / sb));
      r.put("writer_vs_baseline_b", round((rels / sw) / (n / sb)));
    }
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    r.put("peak_heap_mb", peak / (1024 * 1024));
    if (o.corpus() == null) {
      r.put("planted_facts_recall", round(recall(corpus, facts)));
    }
    if (o.ceiling() && r.containsKey("baseline_c_rels_per_s")) {
      // last, so its in-memory grouping of the whole graph does not count in the peak heap above
      say(
          "ceiling: the same graph through the engine's embedded Java API, grouped in memory, no Cypher, no Bolt");
      CoreApiCeiling.Result c =
          CoreApiCeiling.run(pipeline.lexicon(), toWrite, o.work().resolve("ceiling"));
      double cr = c.relsPerSecond();
      r.put(
          "ceiling_relationships",
          c.relationships()); // the writer's graph_relationships: the same graph
      r.put("ceiling_core_api_rels_per_s", round(cr));
      r.put("ceiling_vs_baseline_c", round(cr / (Double) r.get("baseline_c_rels_per_s")));
      r.put("writer_vs_ceiling", round((Double) r.get("writer_rels_per_s") / cr));
    }
    return r;
  }

  private static void accept(CsvExporter ex, GraphElement e) {
    try {
      ex.accept(e);
    } catch (IOException io) {
      throw new java.io.UncheckedIOException(io);
    }
  }

  private static long relationships(Graph g) {
    long n = 0;
    for (Map.Entry<String, Long> e : g.counts().entrySet()) {
      if (e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT))) {
        n += e.getValue();
      }
    }
    return n;
  }

  /**
   * Extraction on {@code threads} worker threads; one thread runs on a pool of one, the same code
   * path as two.
   */
  private List<ArticleFacts> extract(List<SyntheticCorpus.Item> corpus, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ArticleFacts>> fs = new ArrayList<>();
      for (SyntheticCorpus.Item it : corpus) {
        fs.add(pool.submit(() -> pipeline.process(it.article())));
      }
      List<ArticleFacts> out = new ArrayList<>();
      for (Future<ArticleFacts> f : fs) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Share of planted HOLDS and MET found in the extracted facts of the same article. */
  static double recall(List<SyntheticCorpus.Item> corpus, List<ArticleFacts> facts) {
    int planted = 0;
    int found = 0;
    for (int i = 0; i < corpus.size(); i++) {
      ArticleFacts f = facts.get(i);
      Map<String, String> names = new LinkedHashMap<>();
      for (PersonEntity p : f.persons()) {
        names.put(p.key(), p.name());
      }
      List<String> have = new ArrayList<>();
      for (Holds h : f.holds()) {
        String where =
            h.office().stateId() != null && h.office().partyId() == null
                ? h.office().stateId()
                : h.office().partyId();
        have.add("HOLDS|" + names.get(h.personKey()) + "|" + h.office().title() + "|" + where);
      }
      for (Met m : f.met()) {
        have.add("MET|" + names.get(m.a()) + "|" + names.get(m.b()));
        have.add("MET|" + names.get(m.b()) + "|" + names.get(m.a()));
      }
      for (SyntheticCorpus.Planted p : corpus.get(i).planted()) {
        planted++;
        if (have.contains(p.kind() + "|" + p.person() + "|" + p.other())) {
          found++;
        }
      }
    }
    return planted == 0 ? 0 : found / (double) planted;
  }

  /** Prints the table of figures with the ratios the targets speak of. */
  public static void table(Map<String, Object> r, PrintWriter out) {
    out.printf(Locale.ROOT, "%-34s %14s%n", "measure", "value");
    for (Map.Entry<String, Object> e : r.entrySet()) {
      out.printf(Locale.ROOT, "%-34s %14s%n", e.getKey(), e.getValue());
    }
  }

  public static void writeJson(Map<String, Object> r, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r));
      w.write('\n');
    }
  }

  private void say(String fmt, Object... args) {
    log.printf(Locale.ROOT, "bench: " + fmt + "%n", args);
    log.flush();
  }

  /**
   * CPU time of this process (all threads, the embedded engine's included): steadier than wall time
   * on a shared machine.
   */
  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
