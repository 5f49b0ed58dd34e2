package org.netagraph.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Neo4j server in its own process: the app's {@code netagraph serve} on loopback, started from
 * {@code target/netagraph.jar} and {@code target/classpath.txt} (the embedded engine and Spark
 * cannot share a classpath). Also runs the app's other commands ({@code load}) against it, the same
 * way.
 */
final class Neo4jProcess implements AutoCloseable {
  static final String PASSWORD = "spark-it-password";
  private static final Path APP = Path.of("target");

  private final Process process;
  private final int boltPort;

  private Neo4jProcess(Process process, int boltPort) {
    this.process = process;
    this.boltPort = boltPort;
  }

  String uri(String scheme) {
    return scheme + "://127.0.0.1:" + boltPort;
  }

  static Neo4jProcess start(Path store, Path log) throws IOException, InterruptedException {
    int bolt = freePort();
    int http = freePort();
    Process p =
        app(
                List.of(
                    "serve",
                    "--store",
                    store.toString(),
                    "--bolt-port",
                    String.valueOf(bolt),
                    "--http-port",
                    String.valueOf(http)),
                log,
                "-Xmx1g")
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)
          && Files.readString(log, StandardCharsets.UTF_8).contains(" ready in ")) {
        return new Neo4jProcess(p, bolt);
      }
      if (!p.isAlive()) {
        throw new IllegalStateException(
            "netagraph serve exited with " + p.exitValue() + ": " + Files.readString(log));
      }
      Thread.sleep(250);
    }
    p.destroyForcibly();
    throw new IllegalStateException("netagraph serve not ready after 180 s: see " + log);
  }

  /** Runs {@code netagraph ARGS} of the app in a child JVM against this server; its exit code. */
  int run(List<String> args, Path log) throws IOException, InterruptedException {
    Process p = app(args, log, "-Xmx2g").start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("netagraph " + args + " did not end: see " + log);
    }
    return p.exitValue();
  }

  /**
   * Runs {@code neo4j-admin} (the app's {@code org.neo4j.cli.AdminTool}, the tool {@code load
   * --bulk} runs in-process) with {@code args} in a child JVM of the app's class path, with {@code
   * store} as the Neo4j home, as {@code BulkImport} does; its exit code.
   */
  static int admin(Path store, List<String> args, Path log)
      throws IOException, InterruptedException {
    Files.createDirectories(store.resolve("conf"));
    Files.createDirectories(store.resolve("logs"));
    List<String> a = new ArrayList<>(args);
    a.add("--report-file=" + store.toAbsolutePath().resolve("logs").resolve("import.report"));
    ProcessBuilder b = java(a, log, "-Xmx1g", "org.neo4j.cli.AdminTool");
    b.environment().put("NEO4J_HOME", store.toAbsolutePath().toString());
    b.environment().put("NEO4J_CONF", store.toAbsolutePath().resolve("conf").toString());
    Process p = b.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("neo4j-admin " + args + " did not end: see " + log);
    }
    return p.exitValue();
  }

  private static ProcessBuilder app(List<String> args, Path log, String heap) throws IOException {
    return java(args, log, heap, "org.netagraph.cli.Main");
  }

  private static ProcessBuilder java(List<String> args, Path log, String heap, String mainClass)
      throws IOException {
    Path jar = APP.resolve("netagraph.jar");
    Path cp = APP.resolve("classpath.txt");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(cp)) {
      throw new IllegalStateException(
          "the app is not built: "
              + jar.toAbsolutePath()
              + " and classpath.txt are needed (mvn verify builds app before spark)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(heap);
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(
        jar + java.io.File.pathSeparator + Files.readString(cp, StandardCharsets.UTF_8).strip());
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
    b.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    b.environment().put("NEO4J_PASSWORD", PASSWORD);
    return b;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
