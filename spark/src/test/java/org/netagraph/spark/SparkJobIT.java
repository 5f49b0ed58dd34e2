package org.netagraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]} into a Neo4j server in its own process makes the graph {@code
 * netagraph load} makes from the same articles; a rerun writes nothing; a task killed mid-write and
 * run again leaves no duplicate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkJobIT {
  private static final List<Path> INPUT =
      List.of(Path.of("examples"), Path.of("src/test/resources/eval"));

  @TempDir static Path tmp;
  private Neo4jProcess server;
  private SparkSession spark;
  private List<String> loaded;
  private Path logs;
  private Path clusterWork;

  @BeforeAll
  void start() throws Exception {
    logs = Files.createTempDirectory(Path.of("/tmp"), "spark-it-");
    server = Neo4jProcess.start(tmp.resolve("store"), logs.resolve("serve.log"));
    // what `netagraph load` makes from the same articles, through the routing driver, as the
    // reference
    List<String> args = new ArrayList<>(List.of("load", "--uri", server.uri("neo4j")));
    INPUT.forEach(p -> args.add(p.toString()));
    assertEquals(0, server.run(args, logs.resolve("load.log")), "load failed: see " + logs);
    try (Store s = store()) {
      loaded = Snapshot.of(s);
    }
    assertTrue(loaded.size() > 300, "a real graph from load: " + loaded.size());
    spark =
        SparkSession.builder()
            .master("local[2,4]") // two threads; a failed task is tried up to 4 times
            .appName("SparkJobIT")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  void stop() throws Exception {
    if (spark != null) {
      spark.stop();
    }
    // the workers' folders of the cluster test (Spark puts them under ./work)
    if (clusterWork != null && Files.isDirectory(clusterWork)) {
      try (var all = Files.walk(clusterWork)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      try (var rest = Files.list(clusterWork.getParent())) {
        if (rest.findAny().isEmpty()) {
          Files.delete(clusterWork.getParent());
        }
      }
    }
    if (server != null) {
      server.close();
    }
  }

  private Store store() {
    return new Store(connection("bolt"));
  }

  private Connection connection(String scheme) {
    return new Connection(server.uri(scheme), "neo4j", Neo4jProcess.PASSWORD, null);
  }

  private void wipe() {
    try (Store s = store()) {
      s.write("MATCH (n) DETACH DELETE n", Map.of());
    }
  }

  private SparkJob.Report job(String scheme, int batchSize, String failOnce) {
    return SparkJob.run(
        spark, new JobOptions(INPUT, connection(scheme), 2, batchSize, 10, null, failOnce));
  }

  @Test
  void jobMakesTheGraphOfLoadAndARerunWritesNothing() throws Exception {
    wipe();
    SparkJob.Report first = job("neo4j", 50, null);
    assertTrue(first.written() > 30, "articles written: " + first);
    List<String> got;
    try (Store s = store()) {
      got = Snapshot.of(s);
    }
    assertEquals(loaded, got);

    // the app's readers take neo4j:// too
    Path export = tmp.resolve("graph.jsonl");
    assertEquals(
        0,
        server.run(
            List.of(
                "export",
                "--uri",
                server.uri("neo4j"),
                "--format",
                "json",
                "-o",
                export.toString()),
            logs.resolve("export.log")));
    assertEquals(
        got.size(),
        Files.readAllLines(export, java.nio.charset.StandardCharsets.UTF_8).size(),
        "one export line per element");
    assertEquals(
        0,
        server.run(
            List.of("query", "--uri", server.uri("neo4j"), "MATCH (p:Person) RETURN count(p)"),
            logs.resolve("query.log")));

    SparkJob.Report again = job("neo4j", 50, null);
    assertEquals(0, again.written(), "a rerun writes nothing: " + again);
    assertEquals(first.read(), again.unchanged());
    try (Store s = store()) {
      assertEquals(loaded, Snapshot.of(s));
    }
  }

  @Test
  void changedArticleReplacesItsContributionAsLoadDoes() throws Exception {
    Path in = tmp.resolve("in");
    Path article = in.resolve("rajasthan.txt");
    copyTxt(Path.of("examples"), in);
    copyTxt(Path.of("src/test/resources/eval"), in);
    String before =
        "date 2022-09-26 Jaipur. Chief Minister Ashok Gehlot met Sonia Gandhi in Delhi.\n\n"
            + "Former Deputy Chief Minister Sachin Pilot met Rahul Gandhi on Monday.\n";
    String after = "date 2022-09-27 Jaipur. Chief Minister Ashok Gehlot met Amit Shah in Delhi.\n";
    // the reference: load, the article changes, load again
    wipe();
    Files.writeString(article, before, StandardCharsets.UTF_8);
    assertEquals(0, loadWithApp(in));
    Files.writeString(article, after, StandardCharsets.UTF_8);
    assertEquals(0, loadWithApp(in));
    List<String> expected;
    try (Store s = store()) {
      expected = Snapshot.of(s);
    }
    wipe();
    Files.writeString(article, before, StandardCharsets.UTF_8);
    List<Path> input = List.of(in);
    SparkJob.run(spark, new JobOptions(input, connection("neo4j"), 2, 50, 10, null, null));
    Files.writeString(article, after, StandardCharsets.UTF_8);
    SparkJob.Report r =
        SparkJob.run(spark, new JobOptions(input, connection("neo4j"), 2, 50, 10, null, null));
    assertEquals(1, r.replaced(), "one article changed: " + r);
    assertEquals(1, r.written(), r.toString());
    try (Store s = store()) {
      List<String> got = Snapshot.of(s);
      assertTrue(
          got.stream().noneMatch(l -> l.contains("Sachin Pilot met Rahul")),
          "the old version's evidence is gone");
      assertEquals(expected, got);
    }
  }

  private int loadWithApp(Path in) throws Exception {
    return server.run(
        List.of("load", "--uri", server.uri("bolt"), in.toString()), logs.resolve("load2.log"));
  }

  private static void copyTxt(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * Last: the job on a Spark standalone cluster of two workers (Spark's local-cluster mode: master
   * and workers in this JVM, each executor a JVM of its own), each executor building the pipeline
   * once, makes the same graph.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void jobOnAStandaloneClusterOfTwoWorkersMakesTheSameGraph() {
    spark.stop();
    spark =
        SparkSession.builder()
            .master("local-cluster[2,1,1536]")
            .appName("SparkJobIT-cluster")
            .config("spark.ui.enabled", "false")
            .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
            .config("spark.executor.extraJavaOptions", System.getProperty("spark.it.opens", ""))
            // the workers launch executors from this classpath, not from a Spark installation
            .config("spark.executorEnv.SPARK_TESTING", "1")
            .config("spark.executorEnv.SPARK_SCALA_VERSION", "2.13")
            .getOrCreate();
    clusterWork = Path.of("work", spark.sparkContext().applicationId());
    wipe();
    SparkJob.Report r = job("neo4j", 50, null);
    assertEquals(0, r.skipped(), "the executors read every file: " + r);
    try (Store s = store()) {
      assertEquals(loaded, Snapshot.of(s));
    }
    // every executor JVM that ran tasks built the pipeline once
    List<String> seen =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(java.util.stream.IntStream.range(0, 16).boxed().toList(), 16)
            .map(i -> ProcessHandle.current().pid() + ":" + Executors.builds())
            .distinct()
            .collect();
    assertEquals(2, seen.size(), "two executor processes: " + seen);
    assertTrue(seen.stream().allMatch(x -> x.endsWith(":1")), "one pipeline per executor: " + seen);
  }

  /** Counts the tasks that failed, to know that the kill happened. */
  static final class FailedTasks extends SparkListener {
    final AtomicInteger failed = new AtomicInteger();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskInfo().failed()) {
        failed.incrementAndGet();
      }
    }
  }

  @Test
  void taskKilledMidWriteAndRetriedLeavesNoDuplicate() throws Exception {
    FailedTasks failures = new FailedTasks();
    spark.sparkContext().addSparkListener(failures);
    for (String stage : List.of("holds", "mentions-persons")) {
      wipe();
      int before = failures.failed.get();
      // small batches, so that the killed task had committed some before it died
      job("bolt", 5, stage);
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertEquals(
          before + 1, failures.failed.get(), "one task of " + stage + " died and ran again");
      try (Store s = store()) {
        assertEquals(loaded, Snapshot.of(s), "after a task of " + stage + " died and ran again");
      }
    }
  }
}
