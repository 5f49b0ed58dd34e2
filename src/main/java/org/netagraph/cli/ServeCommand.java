package org.netagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.netagraph.graph.BrowserServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Open the embedded store in Neo4j Browser: an in-process Neo4j server on 127.0.0.1 only,",
      "Browser at http://127.0.0.1:7474/browser/ with netagraph's style and a guide of the saved",
      "questions. Runs until Ctrl-C. Authentication is on: user neo4j, password from",
      "NEO4J_PASSWORD or generated and printed once. While it runs, load/query/export with the",
      "same --store connect to it."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "netagraph-data",
      description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--http-port",
      paramLabel = "P",
      defaultValue = "7474",
      description = "HTTP port for the Browser (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(
      names = "--bolt-port",
      paramLabel = "P",
      defaultValue = "7687",
      description = "Bolt port (default: ${DEFAULT-VALUE}).")
  int boltPort;

  @Option(
      names = "--no-auth",
      description = "No authentication (anyone on this machine can connect).")
  boolean noAuth;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String env = System.getenv("NEO4J_PASSWORD");
    boolean generated = !noAuth && (env == null || env.isBlank());
    String password = noAuth ? null : (generated ? generate() : env);
    long t0 = System.nanoTime();
    BrowserServer server = BrowserServer.start(store, httpPort, boltPort, password);
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stop.countDown();
            },
            "netagraph-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.printf(
        Locale.ROOT,
        "netagraph serve: store %s ready in %.1f s%n",
        store,
        (System.nanoTime() - t0) / 1e9);
    out.println("  Neo4j Browser: " + server.browserUrl());
    out.println("  connect URL:   " + server.boltUri());
    if (noAuth) {
      out.println("  authentication: off (--no-auth)");
    } else if (generated) {
      out.println(
          "  user neo4j, password " + password + "  (generated; set NEO4J_PASSWORD to choose one)");
    } else {
      out.println("  user neo4j, password from NEO4J_PASSWORD");
    }
    out.println("  Ctrl-C stops it.");
    out.flush();
    stop.await();
    return 0;
  }

  private static String generate() {
    String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom r = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
