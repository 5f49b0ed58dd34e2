package org.netagraph.plugin;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A Neo4j 5.26 engine with the built plugin jar copied into its plugins folder (the setting {@code
 * server.directories.plugins}, as a server's {@code plugins/}), Bolt on a free loopback port, and a
 * driver to it. The jar's classes are not on the test's class path (see the plugin pom's failsafe
 * configuration), so what the server runs is the jar.
 */
final class PluginServer implements AutoCloseable {
  final DatabaseManagementService dbms;
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
    dbms =
        new DatabaseManagementServiceBuilder(home.resolve("store"))
            .setConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();
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
      dbms.shutdown();
    }
  }
}
