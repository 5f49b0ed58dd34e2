package org.netagraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.netagraph.graph.ConnectionOptions;
import org.netagraph.graph.EmbeddedServer;
import org.netagraph.graph.Graph;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;

/**
 * One real Neo4j per test JVM: a Testcontainers container when a Docker engine answers, otherwise
 * the embedded engine on a free loopback port. Never a mock.
 */
public final class TestNeo4j {
  private static ConnectionOptions options;

  private TestNeo4j() {}

  /** Connection options for the shared server, starting it on first use. */
  public static synchronized ConnectionOptions options() {
    if (options == null) {
      options = start();
    }
    return options;
  }

  @SuppressWarnings("resource")
  private static ConnectionOptions start() {
    boolean docker;
    try {
      docker = DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      docker = false;
    }
    if (docker) {
      Neo4jContainer<?> c = new Neo4jContainer<>("neo4j:5.26.30-community").withoutAuthentication();
      c.start();
      Runtime.getRuntime().addShutdownHook(new Thread(c::stop));
      return new ConnectionOptions(null, c.getBoltUrl(), null, null, null);
    }
    try {
      Path dir = Files.createTempDirectory("netagraph-it-");
      EmbeddedServer server = EmbeddedServer.start(dir, 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return new ConnectionOptions(null, server.boltUri(), null, null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A connection with an empty graph (schema applied). */
  public static Graph emptyGraph() {
    Graph g = Graph.open(options());
    g.write(tx -> tx.run("MATCH (n) DETACH DELETE n", java.util.Map.of()));
    return g;
  }
}
