package org.netagraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.netagraph.SuppressForbidden;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.ModelSource;

/**
 * Extraction as a Spark job writing into a Neo4j server (issue #17): {@code spark-submit --class
 * org.netagraph.spark.SparkJob netagraph-spark.jar --input DIR --uri neo4j://host}.
 *
 * <p>The driver lists the input files in load's order and reads the digests of the articles loaded;
 * the executors read, leave out unchanged articles, extract (one pipeline per executor JVM) and
 * emit their contributions; Spark groups them by node and fact as the batch writer groups a batch
 * (the article order decides every "first"); the driver removes the old contribution of changed
 * articles; then the connector writes nodes, then relationships ({@link Sink} says how the stages
 * are partitioned), then aliases; a replacement ends with load's prune. In bulk mode ({@code --mode
 * bulk --output DIR}) no database is read or written: the grouped rows become neo4j-admin import
 * files ({@link BulkJob}).
 */
public final class SparkJob {
  private SparkJob() {}

  /** What a run did, and how long each write stage took. */
  public record Report(
      long read,
      long unchanged,
      long replaced,
      long written,
      long skipped,
      Map<String, Long> stageMillis,
      Map<String, Long> counts,
      Map<String, Integer> pipelines) {}

  @SuppressForbidden(reason = "the job's own stdout and stderr, as spark-submit shows them")
  public static void main(String[] args) {
    JobOptions o;
    try {
      o = JobOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("netagraph-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("netagraph-spark");
    if (o.master() != null) {
      b = b.master(o.master());
    }
    SparkSession spark = b.getOrCreate();
    try {
      Report r = run(spark, o);
      System.out.printf(
          Locale.ROOT,
          "netagraph-spark: %d articles read, %d written, %d unchanged, %d replaced, %d skipped%n"
              + "  write stages (ms): %s%n  graph: %s%n  pipelines built, by executor: %s%n",
          r.read(),
          r.written(),
          r.unchanged(),
          r.replaced(),
          r.skipped(),
          r.stageMillis(),
          r.counts(),
          r.pipelines());
      if (o.output() != null) {
        Path dir = o.output().toAbsolutePath().normalize();
        System.out.printf(
            Locale.ROOT,
            "  import files in %s; into a stopped Neo4j, new database:%n  %s%n"
                + "  then once, on the running database: netagraph query --write -f %s%n",
            dir,
            BulkOutput.command(dir),
            dir.resolve("after-import.cypher"));
      }
    } finally {
      spark.stop();
    }
  }

  /** {@code executor=builds} of every task as executor to the most builds seen, sorted. */
  static Map<String, Integer> pipelines(List<String> seen) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (String s : seen) {
      int eq = s.lastIndexOf('=');
      out.merge(s.substring(0, eq), Integer.parseInt(s.substring(eq + 1)), Math::max);
    }
    return out;
  }

  public static Report run(SparkSession spark, JobOptions o) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = o.partitions() > 0 ? o.partitions() : sc.defaultParallelism();
    List<InputFiles.File> files = InputFiles.list(o.inputs());
    Lexicon lexicon = Lexicon.load(ModelSource.defaults());
    if (o.output() != null) {
      return bulk(sc, files, lexicon, BulkOutput.create(o.output()), partitions);
    }
    try (Store store = new Store(o.connection())) {
      store.applySchema();
      store.writeStates(lexicon);
      Map<String, String> loaded = store.digests();
      Extraction.Counters c = counters(sc);
      JavaRDD<Piece> merged = merged(sc, files, loaded, c, partitions);
      List<String> ids = merged.filter(p -> p.kind == Piece.Kind.ARTICLE).map(p -> p.key).collect();
      List<String> changed = new ArrayList<>();
      for (String id : ids) {
        if (loaded.containsKey(id)) {
          changed.add(id);
        }
      }
      Set<String> touched = new LinkedHashSet<>(store.forget(changed));
      Sink sink =
          new Sink(spark, o.connection(), partitions, o.batchSize(), o.retries(), o.failOnce());
      if (!ids.isEmpty()) {
        sink.byKey("articles", Rows.articles(spark, merged), "id");
        sink.byKey("parties", Rows.parties(spark, merged), "id");
        sink.byKey("persons", Rows.persons(spark, merged), "key");
        sink.single("offices", Rows.offices(spark, merged), "id");
        sink.owned(
            "mentions-persons",
            Rows.links(spark, merged, Piece.Kind.MENTION_PERSON),
            "article",
            "target");
        sink.owned(
            "mentions-states",
            Rows.links(spark, merged, Piece.Kind.MENTION_STATE),
            "article",
            "target");
        sink.owned(
            "mentions-parties",
            Rows.links(spark, merged, Piece.Kind.MENTION_PARTY),
            "article",
            "target");
        sink.owned("holds", Rows.holds(spark, merged), "person", "office");
        sink.single("met", Rows.met(spark, merged), "a", "b");
      }
      JavaRDD<String> keys = merged.filter(p -> p.kind == Piece.Kind.PERSON).map(p -> p.key);
      if (!touched.isEmpty()) {
        keys = keys.union(sc.parallelize(new ArrayList<>(touched))).distinct();
      }
      if (!ids.isEmpty() || !touched.isEmpty()) {
        sink.byKey("aliases", Rows.keys(spark, keys), "key");
      }
      if (!changed.isEmpty()) {
        store.prune(touched);
      }
      merged.unpersist();
      return new Report(
          c.read().value(),
          c.unchanged().value(),
          changed.size(),
          ids.size(),
          c.skipped().value(),
          new LinkedHashMap<>(sink.millis),
          store.counts(),
          pipelines(c.pipelines().value()));
    }
  }

  /** The bulk mode: every article extracted, the import files written; no database. */
  private static Report bulk(
      JavaSparkContext sc,
      List<InputFiles.File> files,
      Lexicon lexicon,
      BulkOutput out,
      int partitions) {
    Extraction.Counters c = counters(sc);
    JavaRDD<Piece> merged = merged(sc, files, Map.of(), c, partitions);
    Map<String, Long> millis = BulkJob.write(sc, merged, lexicon, out, partitions);
    merged.unpersist();
    out.finish();
    Map<String, Long> counts = BulkJob.counts(out.rows());
    return new Report(
        c.read().value(),
        0,
        0,
        counts.getOrDefault("Article", 0L),
        c.skipped().value(),
        millis,
        counts,
        pipelines(c.pipelines().value()));
  }

  private static Extraction.Counters counters(JavaSparkContext sc) {
    return new Extraction.Counters(
        sc.sc().longAccumulator("read"),
        sc.sc().longAccumulator("unchanged"),
        sc.sc().longAccumulator("skipped"),
        sc.sc().longAccumulator("passed"),
        sc.sc().collectionAccumulator("pipelines"));
  }

  /**
   * The executors' pieces of the articles not {@code loaded} with the same digest, merged by node
   * and fact, kept for the stages that read them.
   */
  private static JavaRDD<Piece> merged(
      JavaSparkContext sc,
      List<InputFiles.File> files,
      Map<String, String> loaded,
      Extraction.Counters c,
      int partitions) {
    Broadcast<Map<String, String>> digests = sc.broadcast(loaded);
    Extraction extraction = new Extraction(digests.value(), c);
    return sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions * 4)))
        .mapPartitions(extraction::pieces)
        .mapToPair(p -> new scala.Tuple2<>(p.groupKey(), p))
        .reduceByKey(Piece::merge, partitions)
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK());
  }
}
