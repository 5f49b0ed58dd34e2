package org.netagraph.plugin;

import java.io.IOException;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The Neo4j 5.26 server of {@link PluginIT}, in a process of its own: {@code HOME PORT} starts the
 * engine on {@code HOME/store} with {@code HOME/plugins} as its plugins folder ({@code
 * server.directories.plugins}) and Bolt on the loopback port, prints {@code READY}, and shuts down
 * when its standard input closes. Its class path is the test's, which holds Neo4j but none of
 * netagraph's or CoreNLP's classes: the procedures it serves come from the jar in the folder.
 */
public final class PluginServerMain {
  private PluginServerMain() {}

  public static void main(String[] args) throws IOException {
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home.resolve("store"))
            .setConfig(GraphDatabaseSettings.plugin_dir, home.resolve("plugins").toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();
    try {
      System.out.println("READY");
      System.out.flush();
      while (System.in.read() >= 0) {
        // the test closes our standard input to stop the server
      }
    } finally {
      dbms.shutdown();
    }
  }
}
