package org.netagraph.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A Neo4j 5.26 server in its own process ({@link PluginServerMain}) with the built plugin jar
 * copied into its plugins folder (the setting {@code server.directories.plugins}, as a server's
 * {@code plugins/}), Bolt on a free loopback port, and a driver to it. The jar's classes are not on
 * the server's class path (the test's; see the plugin pom's failsafe configuration), so what the
 * server runs is the jar.
 */
final class PluginServer implements AutoCloseable {
  final Process process;
  final Driver driver;
  final String boltUri;

  PluginServer(Path home) throws IOException {
    Path jar = Path.of(System.getProperty("netagraph.plugin.jar", "plugin/target/x.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no plugin jar at " + jar + " (mvn package first)");
    }
    Path plugins = Files.createDirectories(home.resolve("plugins"));
    Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                java,
                "-Xmx2g",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                PluginServerMain.class.getName(),
                home.toString(),
                Integer.toString(port))
            .redirectError(home.resolve("server.err").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.equals("READY")) {
      // the engine's own output before it is up
    }
    if (line == null) {
      throw new IllegalStateException(
          "the server process ended before it was up: "
              + Files.readString(home.resolve("server.err"), StandardCharsets.UTF_8));
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // keep the pipe empty so that the server never blocks on its output
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "plugin-server-output");
    drain.setDaemon(true);
    drain.start();
    boltUri = "bolt://127.0.0.1:" + port;
    driver = GraphDatabase.driver(boltUri, AuthTokens.none());
    driver.verifyConnectivity();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      try {
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (IOException | InterruptedException e) {
        process.destroyForcibly();
      }
    }
  }
}
