package org.netagraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.DatabaseException;
import org.netagraph.graph.BrowserServer;
import org.netagraph.graph.ConnectionOptions;
import org.netagraph.graph.EmbeddedServer;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

/** Bad input, crashes, concurrent loads, database faults and injection attempts. */
class RobustnessIT {
  private static LoadReport load(Graph g, boolean strict, Path... paths) {
    return new Loader(TestPipeline.get(), g, new LoadOptions(2, 5, strict), Progress.silent())
        .load(List.of(paths));
  }

  private static void write(Path p, String text) throws Exception {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  static List<String> canonical(Graph g) {
    List<String> out = new ArrayList<>();
    g.streamAll(
        e -> {
          if (e instanceof GraphElement.NodeElement n) {
            Map<String, Object> p = new java.util.TreeMap<>(n.properties());
            p.remove("path");
            out.add("N " + n.labels() + p);
          } else if (e instanceof GraphElement.RelationshipElement r) {
            out.add(
                "R "
                    + r.type()
                    + " "
                    + r.startKey()
                    + "->"
                    + r.endKey()
                    + new java.util.TreeMap<>(r.properties()));
          }
        });
    Collections.sort(out);
    return out;
  }

  @Test
  void cypherSyntaxInTextIsStoredVerbatim(@TempDir Path dir) throws Exception {
    String sentence =
        "राजस्थान के मुख्यमंत्री अशोक गहलोत ने कहा: \"MATCH (n) DETACH DELETE n\" ; } $x `tick` 'quote' \\ ।";
    write(dir.resolve("it's \"odd\" $x}.txt"), "date 2021-01-02 जयपुर. " + sentence);
    try (Graph g = TestNeo4j.emptyGraph()) {
      LoadReport r = load(g, false, dir);
      assertEquals(1, r.written(), r.toString());
      List<Object> evidence = new ArrayList<>();
      g.query(
          "MATCH ()-[h:HOLDS]->() RETURN h.evidence",
          Map.of(),
          false,
          h -> {},
          row -> evidence.add(row.get(0)));
      assertEquals(List.of(List.of(sentence)), evidence);
      List<Object> ids = new ArrayList<>();
      g.query(
          "MATCH (a:Article) RETURN a.id", Map.of(), false, h -> {}, row -> ids.add(row.get(0)));
      assertEquals(List.of("it's \"odd\" $x}"), ids);
      assertTrue(g.counts().get("State") == 36L);
    }
  }

  @Test
  void embeddedBoltListensOnLoopbackOnly(@TempDir Path dir) throws Exception {
    InetAddress external = null;
    for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(ni.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          external = a;
        }
      }
    }
    assumeTrue(external != null, "no non-loopback address on this machine");
    try (EmbeddedServer s = EmbeddedServer.start(dir.resolve("store"), 0)) {
      try (Socket ok = new Socket()) {
        ok.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), s.boltPort()), 2000);
      }
      InetAddress ext = external;
      assertThrows(
          ConnectException.class,
          () -> {
            try (Socket no = new Socket()) {
              no.connect(new InetSocketAddress(ext, s.boltPort()), 2000);
            }
          });
    }
  }

  @Test
  void lockedStoreNamesTheStoreAndItsHolder(@TempDir Path dir) {
    Path store = dir.resolve("store");
    try (EmbeddedServer s = EmbeddedServer.start(store, 0)) {
      DatabaseException e =
          assertThrows(
              DatabaseException.class, () -> Graph.open(ConnectionOptions.embedded(store)).close());
      assertTrue(e.getMessage().contains(store.toAbsolutePath().toString()), e.getMessage());
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
      assertTrue(
          e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
    }
  }

  @Test
  void wrongCredentialsAreNamed(@TempDir Path dir) throws Exception {
    int http;
    int bolt;
    try (java.net.ServerSocket a = new java.net.ServerSocket(0);
        java.net.ServerSocket b = new java.net.ServerSocket(0)) {
      http = a.getLocalPort();
      bolt = b.getLocalPort();
    }
    try (BrowserServer s =
        BrowserServer.start(dir.resolve("store"), http, bolt, "right-password")) {
      DatabaseException e =
          assertThrows(
              DatabaseException.class,
              () ->
                  Graph.open(
                          new ConnectionOptions(null, s.boltUri(), "neo4j", "wrong-password", null))
                      .close());
      assertTrue(
          e.getMessage().contains("refused the credentials")
              && e.getMessage().contains(s.boltUri()),
          e.getMessage());
      assertTrue(!e.getMessage().contains("wrong-password"), "the password must not be echoed");
    }
    try (var logs = Files.walk(dir.resolve("store"))) {
      for (Path f :
          logs.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).toList()) {
        assertTrue(
            !Files.readString(f, StandardCharsets.ISO_8859_1).contains("right-password"),
            "password in " + f);
      }
    }
  }

  @Test
  void anUnreadableFileIsSkippedWithItsReason(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("unreadable.txt");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Files.createSymbolicLink(bad, Path.of("/proc/self/mem")); // unreadable even for root
    } else {
      write(bad, "text");
      Files.setPosixFilePermissions(bad, java.util.Set.of());
    }
    write(
        dir.resolve("good.txt"),
        "date 2021-01-02 पटना. बिहार के मुख्यमंत्री नीतीश कुमार ने बैठक की।");
    try (Graph g = TestNeo4j.emptyGraph()) {
      LoadReport r = load(g, false, dir);
      assertEquals(1, r.skipped().size(), r.skipped().toString());
      assertTrue(r.skipped().get(0).path().endsWith("unreadable.txt"), r.skipped().toString());
      assertEquals(1, r.count("Article"));
    }
  }

  @Test
  void aServerRestartDuringALoadIsSurvivedOrReportedAndARerunCompletes(@TempDir Path dir)
      throws Exception {
    Path articles = dir.resolve("articles");
    List<Path> examples;
    try (var s = Files.list(Path.of("examples"))) {
      examples = s.sorted().toList();
    }
    for (int i = 0; i < 200; i++) {
      write(
          articles.resolve(String.format(java.util.Locale.ROOT, "copy-%03d.txt", i)),
          Files.readString(examples.get(i % examples.size()), StandardCharsets.UTF_8));
    }
    int http;
    int bolt;
    try (java.net.ServerSocket a = new java.net.ServerSocket(0);
        java.net.ServerSocket b = new java.net.ServerSocket(0)) {
      http = a.getLocalPort();
      bolt = b.getLocalPort();
    }
    Path store = dir.resolve("store");
    BrowserServer server = BrowserServer.start(store, http, bolt, null);
    ConnectionOptions remote = new ConnectionOptions(null, server.boltUri(), null, null, null);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<LoadReport> running =
        pool.submit(
            () -> {
              try (Graph g = Graph.open(remote)) {
                return new Loader(
                        TestPipeline.get(), g, new LoadOptions(1, 2, false), Progress.silent())
                    .load(List.of(articles));
              }
            });
    Thread.sleep(3000);
    server.close();
    server = BrowserServer.start(store, http, bolt, null);
    try {
      try {
        running.get(5, TimeUnit.MINUTES);
      } catch (java.util.concurrent.ExecutionException e) {
        assertTrue(
            e.getCause() instanceof DatabaseException,
            "a failure must be reported clearly: " + e.getCause());
      }
      pool.shutdown();
      try (Graph g = Graph.open(remote)) {
        LoadReport r = load(g, false, articles);
        assertEquals(200, r.read());
        try (Graph c = Graph.open(ConnectionOptions.embedded(dir.resolve("clean")))) {
          load(c, false, articles);
          List<String> a = canonical(c);
          assertEquals(a, canonical(g));
        }
      }
    } finally {
      server.close();
    }
  }

  @Test
  void strictStopsAtTheFirstBadFileWritingNothingFromIt(@TempDir Path dir) throws Exception {
    write(
        dir.resolve("a.txt"),
        "date 2021-01-02 जयपुर. राजस्थान के मुख्यमंत्री अशोक गहलोत ने बैठक की।");
    Files.write(dir.resolve("b.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    write(
        dir.resolve("c.txt"), "date 2021-01-02 पटना. बिहार के मुख्यमंत्री नीतीश कुमार ने बैठक की।");
    try (Graph g = TestNeo4j.emptyGraph()) {
      LoadReport r = load(g, true, dir);
      assertTrue(r.stoppedEarly());
      assertEquals(1, r.skipped().size());
      assertTrue(r.count("Article") <= 1, r.counts().toString());
      LoadReport all = load(g, false, dir);
      assertEquals(2, all.count("Article"), all.counts().toString());
      assertEquals(1, all.skipped().size());
    }
  }

  @Test
  void hugeFilesLongLinesAndLinkLoopsAreHandled(@TempDir Path dir) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    StringBuilder line = new StringBuilder("date 2021-01-02 जयपुर. ");
    while (line.length() < 5 * 1024 * 1024 / 3) {
      line.append("राजस्थान के मुख्यमंत्री अशोक गहलोत ने कहा कि सरकार काम कर रही है ");
    }
    write(dir.resolve("long.txt"), line.toString());
    Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
    write(
        dir.resolve("good.txt"),
        "date 2021-01-02 पटना. बिहार के मुख्यमंत्री नीतीश कुमार ने बैठक की।");
    try (Graph g = TestNeo4j.emptyGraph()) {
      LoadReport r = load(g, false, dir);
      List<String> why = r.skipped().stream().map(s -> s.path() + ": " + s.problem()).toList();
      assertTrue(
          why.stream().anyMatch(s -> s.contains("huge.txt") && s.contains("at most 16 MB")),
          why.toString());
      assertTrue(
          why.stream().anyMatch(s -> s.contains("again") && s.contains("loop")), why.toString());
      assertEquals(2, r.count("Article"), r.counts() + " " + why);
    }
  }

  @Test
  void aFolderOfTenThousandFilesLoads(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 10_000; i++) {
      write(
          dir.resolve("d" + (i % 10)).resolve("a" + i + ".txt"),
          "date 2021-01-02 पटना. बिहार के मुख्यमंत्री नीतीश कुमार ने " + i + " लोगों से बात की।");
    }
    try (Graph g = TestNeo4j.emptyGraph()) {
      LoadReport r =
          new Loader(TestPipeline.get(), g, new LoadOptions(2, 200, false), Progress.silent())
              .load(List.of(dir));
      assertEquals(10_000, r.count("Article"));
      assertEquals(1, r.count("Person"));
      assertTrue(r.skipped().isEmpty());
    }
  }

  @Test
  void twoConcurrentLoadsLeaveNoDuplicates() throws Exception {
    List<String> expected;
    try (Graph g = TestNeo4j.emptyGraph()) {
      load(g, false, Path.of("examples"));
      expected = canonical(g);
    }
    try (Graph g = TestNeo4j.emptyGraph()) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<LoadReport>> fs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        fs.add(
            pool.submit(
                () -> {
                  try (Graph own = Graph.open(TestNeo4j.options())) {
                    return load(own, false, Path.of("examples"));
                  }
                }));
      }
      for (Future<LoadReport> f : fs) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();
      assertEquals(expected, canonical(g));
    }
  }

  @Test
  void aKilledLoadFinishesOnRerunWithoutDuplicates(@TempDir Path dir) throws Exception {
    Path articles = dir.resolve("articles");
    List<Path> examples;
    try (var s = Files.list(Path.of("examples"))) {
      examples = s.sorted().toList();
    }
    for (int i = 0; i < 300; i++) {
      Path src = examples.get(i % examples.size());
      String text = Files.readString(src, StandardCharsets.UTF_8);
      write(articles.resolve(String.format(java.util.Locale.ROOT, "copy-%03d.txt", i)), text);
    }
    Path store = dir.resolve("killed");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.netagraph.cli.Main",
                "load",
                "--store",
                store.toString(),
                "--batch",
                "5",
                "--threads",
                "1",
                "--plain",
                "--models",
                TestPipeline.modelsDir().toString(),
                articles.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("killed.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      String log =
          Files.exists(dir.resolve("killed.log"))
              ? Files.readString(dir.resolve("killed.log"), StandardCharsets.UTF_8)
              : "";
      // a plain progress line after some articles: "netagraph: 100 records, 100 articles, ..."
      if (log.matches("(?s).*netagraph: [1-9][0-9]* records, [1-9][0-9]* articles, .*")) {
        break;
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    Path clean = dir.resolve("clean");
    try (Graph g = Graph.open(ConnectionOptions.embedded(store))) {
      LoadReport r = load(g, false, articles);
      assertEquals(300, r.read());
      try (Graph c = Graph.open(ConnectionOptions.embedded(clean))) {
        load(c, false, articles);
        assertEquals(canonical(c), canonical(g));
      }
    }
  }
}
