package org.netagraph.cli;

import java.nio.file.Path;
import org.netagraph.graph.ConnectionOptions;
import picocli.CommandLine.Option;

/** The connection options of the CLI contract. The password only ever comes from NEO4J_PASSWORD. */
final class ConnectionMixin {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "Embedded Neo4j store folder (default: ${DEFAULT-VALUE}); used unless --uri or NEO4J_URI is set.",
      defaultValue = "netagraph-data")
  Path store;

  @Option(
      names = "--uri",
      paramLabel = "URI",
      description = "A Neo4j server: bolt://host:7687 or neo4j://host (default: NEO4J_URI).")
  String uri;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "User name (default: NEO4J_USERNAME, else neo4j).")
  String user;

  @Option(
      names = "--database",
      paramLabel = "DB",
      description = "Database (default: NEO4J_DATABASE, else the server's default).")
  String database;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Log what the Neo4j driver does (connections, routing, retries) to standard error, and"
              + " print the causes of a failure.")
  boolean verbose;

  ConnectionOptions options(boolean storeGiven) {
    String u = uri != null ? uri : env("NEO4J_URI");
    if (u == null || (storeGiven && uri == null)) {
      return ConnectionOptions.embedded(store).withVerbose(verbose);
    }
    String user2 = user != null ? user : env("NEO4J_USERNAME");
    String db = database != null ? database : env("NEO4J_DATABASE");
    return new ConnectionOptions(null, u, user2, env("NEO4J_PASSWORD"), db, verbose);
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? null : v;
  }
}
