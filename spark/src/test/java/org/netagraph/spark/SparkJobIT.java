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
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]}, and submitted to a standalone cluster of worker processes, into a
 * Neo4j server in its own process makes the graph {@code netagraph load} makes from the same
 * articles; a rerun writes nothing; a task killed mid-write and run again leaves no duplicate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobIT {
  private static final List<Path> INPUT =
      List.of(Path.of("examples"), Path.of("src/test/resources/eval"));

  @TempDir static Path tmp;
  private Neo4jProcess server;
  private SparkSession spark;
  private List<String> loaded;
  private Path logs;

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

  /**
   * Bulk mode: the executors write neo4j-admin import files; the app's import tool (in its own
   * process) loads them into a new store, and after {@code after-import.cypher} the graph is the
   * one {@code load} made.
   */
  @Test
  void bulkModeFilesImportToTheGraphOfLoad() throws Exception {
    Path out = tmp.resolve("bulk-out");
    SparkJob.Report r =
        SparkJob.run(spark, new JobOptions(INPUT, null, 2, 1000, 10, null, null, out));
    assertEquals(0, r.skipped(), r.toString());
    assertTrue(r.written() > 30, "articles written: " + r);
    try (var parts = Files.list(out.resolve("rels-MENTIONS-Article-Person"))) {
      assertEquals(2, parts.count(), "one part file per partition of the two");
    }
    Path store = tmp.resolve("bulk-store");
    List<String> args = Files.readAllLines(out.resolve("import.args"), StandardCharsets.UTF_8);
    assertEquals(
        0, Neo4jProcess.admin(store, args, logs.resolve("import.log")), "import: see " + logs);
    try (Neo4jProcess imported = Neo4jProcess.start(store, logs.resolve("serve-bulk.log"))) {
      assertEquals(
          0,
          imported.run(
              List.of(
                  "query",
                  "--uri",
                  imported.uri("bolt"),
                  "--write",
                  "-f",
                  out.resolve("after-import.cypher").toString()),
              logs.resolve("after-import.log")));
      try (Store s =
          new Store(new Connection(imported.uri("bolt"), "neo4j", Neo4jProcess.PASSWORD, null))) {
        Snapshot.assertSame(loaded, Snapshot.of(s), "the graph imported from the bulk files");
      }
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
   * The job submitted with spark-submit (its main class, {@code SparkSubmit}, in a JVM of its own)
   * to a Spark standalone master with two workers of one core, each a process of its own, the job's
   * jars shipped with {@code --jars} as the README says: the same graph, both executors extracted,
   * each built the pipeline once.
   */
  @Test
  void jobSubmittedToAStandaloneClusterOfTwoWorkerProcessesMakesTheSameGraph() throws Exception {
    wipe();
    String opens = System.getProperty("spark.it.opens", "");
    StandaloneCluster cluster =
        StandaloneCluster.start(Path.of("spark/target/standalone-it"), 2, 1536, opens);
    boolean passed = false;
    try {
      List<String> submit =
          new ArrayList<>(
              List.of(
                  "--class",
                  "org.netagraph.spark.SparkJob",
                  "--conf",
                  "spark.driver.extraJavaOptions=--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                  "--conf",
                  "spark.executor.extraJavaOptions=--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                  "--conf",
                  "spark.ui.enabled=false",
                  // start when both executors are there, so that both get tasks
                  "--conf",
                  "spark.scheduler.minRegisteredResourcesRatio=1.0",
                  "--conf",
                  "spark.scheduler.maxRegisteredResourcesWaitingTime=180s",
                  "--executor-memory",
                  "1200m",
                  "--jars",
                  Files.readString(Path.of("spark/target/jars.txt"), StandardCharsets.UTF_8)
                      .strip(),
                  "spark/target/netagraph-spark.jar",
                  "--uri",
                  server.uri("neo4j"),
                  "--partitions",
                  "2",
                  "--batch-size",
                  "50"));
      INPUT.forEach(p -> submit.addAll(List.of("--input", p.toString())));
      int code = cluster.submit(submit, Map.of("NEO4J_PASSWORD", Neo4jProcess.PASSWORD));
      String out = Files.readString(cluster.log("submit"), StandardCharsets.UTF_8);
      assertEquals(0, code, "spark-submit failed: see " + cluster.dir().toAbsolutePath());
      try (Store s = store()) {
        Snapshot.assertSame(loaded, Snapshot.of(s), "the graph of the job on the cluster");
      }
      assertTrue(
          out.contains("pipelines built, by executor: {0=1, 1=1}"),
          "two executors extracted, each built the pipeline once: " + reportOf(out));
      assertEquals(
          2, cluster.executorLogs().size(), "one executor process per worker: " + cluster.dir());
      passed = true;
    } finally {
      cluster.close(passed);
    }
  }

  private static String reportOf(String out) {
    int i = out.indexOf("netagraph-spark: ");
    return i < 0 ? "(no report; see the log)" : out.substring(i);
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
