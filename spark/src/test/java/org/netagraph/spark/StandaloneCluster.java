package org.netagraph.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster of real processes on loopback, as {@code spark-class} starts them from
 * an installation: a {@code Master} and {@code Worker}s (one core each) in JVMs of their own, and
 * {@code SparkSubmit} as the driver. No Spark distribution is installed here, so the cluster runs
 * from a stand-in: {@code spark-home/jars/} holds links to the jars of this module's test class
 * path (Spark and its libraries), less the job's own (netagraph, Neo4j, CoreNLP), which come with
 * {@code --jars} as with a real installation. A worker builds its executors' command from {@code
 * SPARK_HOME/jars} (spark-launcher's {@code WorkerCommandBuilder}); {@code SPARK_SCALA_VERSION} is
 * set as {@code load-spark-env.sh} sets it.
 *
 * <p>Everything lives under one folder (the stand-in, each process's log, the workers' folders with
 * the executors' logs), removed by {@link #close(boolean)} after success and kept for a failure.
 */
final class StandaloneCluster {
  /**
   * The jars of the job itself (netagraph, everything of group {@code org.neo4j}: the connector,
   * the driver and their helpers; CoreNLP), found by their path in the local Maven repository:
   * shipped by {@code --jars}, never part of the Spark stand-in. Libraries the job shares with
   * Spark (Jackson, Netty, ...) stay in it, as an installation has its own copies.
   */
  private static final List<String> JOB_JARS =
      List.of("/org/neo4j/", "/edu/stanford/nlp/", "/netagraph-");

  private final Path dir;
  private final Path home;
  private final String opens;
  private final int port;
  private final List<Process> daemons = new ArrayList<>();

  private StandaloneCluster(Path dir, Path home, String opens, int port) {
    this.dir = dir;
    this.home = home;
    this.opens = opens;
    this.port = port;
  }

  String master() {
    return "spark://127.0.0.1:" + port;
  }

  Path dir() {
    return dir;
  }

  /** A master and {@code workers} workers of one core and {@code memoryMb} each, all registered. */
  static StandaloneCluster start(Path dir, int workers, int memoryMb, String opens)
      throws IOException, InterruptedException {
    delete(dir); // what a failed run before this one left for reading
    Files.createDirectories(dir);
    Path home = standIn(dir.resolve("spark-home"));
    StandaloneCluster c = new StandaloneCluster(dir, home, opens, freePort());
    boolean ok = false;
    try {
      c.daemon(
          "master",
          "I have been elected leader",
          "org.apache.spark.deploy.master.Master",
          "--host",
          "127.0.0.1",
          "--port",
          String.valueOf(c.port),
          "--webui-port",
          String.valueOf(freePort()));
      for (int i = 1; i <= workers; i++) {
        c.daemon(
            "worker-" + i,
            "Successfully registered with master",
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            "127.0.0.1",
            "--cores",
            "1",
            "--memory",
            memoryMb + "m",
            "--work-dir",
            dir.resolve("worker-" + i).toAbsolutePath().toString(),
            "--webui-port",
            String.valueOf(freePort()),
            c.master());
      }
      ok = true;
      return c;
    } finally {
      if (!ok) {
        c.close(false);
      }
    }
  }

  /**
   * Runs {@code SparkSubmit} (what {@code spark-submit} runs) in client mode from the working
   * folder: {@code submitArgs} are spark-submit's arguments (options, the application jar, its
   * arguments). Returns the exit code; the output goes to {@code submit.log}.
   */
  int submit(List<String> submitArgs, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> cmd = java("1g", "org.apache.spark.deploy.SparkSubmit");
    cmd.addAll(List.of("--master", master(), "--deploy-mode", "client"));
    cmd.addAll(submitArgs);
    ProcessBuilder b = builder(cmd, log("submit"));
    b.environment().putAll(env);
    Process p = b.start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("spark-submit did not end in 15 minutes: see " + dir);
    }
    return p.exitValue();
  }

  Path log(String name) {
    return dir.resolve(name + ".log");
  }

  /** The executors' stderr files (one per executor process the workers started). */
  List<Path> executorLogs() throws IOException {
    try (var all = Files.walk(dir)) {
      return all.filter(p -> p.getFileName().toString().equals("stderr"))
          .filter(p -> p.toString().contains(File.separator + "worker-"))
          .sorted()
          .toList();
    }
  }

  private void daemon(String name, String ready, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = java("512m", mainClass);
    cmd.addAll(List.of(args));
    Path log = log(name);
    Process p = builder(cmd, log).start();
    daemons.add(p);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(ready)) {
        return;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException(
            "the " + name + " exited with " + p.exitValue() + ": see " + log.toAbsolutePath());
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the " + name + " did not say '" + ready + "' in 120 s: see " + log.toAbsolutePath());
  }

  private List<String> java(String heap, String mainClass) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(List.of(opens.trim().split("\\s+")));
    cmd.add("-cp");
    cmd.add(home.resolve("jars").toAbsolutePath() + File.separator + "*");
    cmd.add(mainClass);
    return cmd;
  }

  private ProcessBuilder builder(List<String> cmd, Path log) {
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
    b.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    b.environment().put("SPARK_HOME", home.toAbsolutePath().toString());
    b.environment().put("SPARK_SCALA_VERSION", "2.13");
    b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    b.environment().remove("SPARK_TESTING");
    return b;
  }

  /** {@code home/jars/}: a link to every jar of the test class path but the job's own. */
  private static Path standIn(Path home) throws IOException {
    Path jars = home.resolve("jars");
    Files.createDirectories(jars);
    Set<String> names = new HashSet<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e);
      String n = p.getFileName().toString();
      if (n.endsWith(".jar")
          && Files.isRegularFile(p)
          && JOB_JARS.stream().noneMatch(p.toAbsolutePath().toString()::contains)
          && names.add(n)) {
        Files.createSymbolicLink(jars.resolve(n), p.toAbsolutePath());
      }
    }
    if (names.stream().noneMatch(n -> n.startsWith("spark-core_"))) {
      throw new IllegalStateException("no spark-core jar on the test class path");
    }
    return home;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Stops the workers, then the master; removes the folder if the test passed. */
  void close(boolean passed) throws InterruptedException {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
      }
    }
    if (passed) {
      try {
        delete(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + dir, e);
      }
    }
  }

  /** Removes a folder and what it holds (links, not what they point to). */
  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
