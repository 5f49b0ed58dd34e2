package org.netagraph.graph;

import java.nio.file.Path;

/**
 * Where the graph is: an embedded store folder, or a Neo4j server.
 *
 * @param store the embedded store folder (used when {@code uri} is null)
 * @param uri {@code bolt://} or {@code neo4j://} URI of a server, or null
 * @param user user name for the server
 * @param password password for the server (from the environment, never a command-line argument)
 * @param database database name, or null for the server's default
 * @param verbose the driver logs what it does to standard error (for a failing run)
 */
public record ConnectionOptions(
    Path store, String uri, String user, String password, String database, boolean verbose) {
  public ConnectionOptions {
    if (store == null && uri == null) {
      throw new IllegalArgumentException("either a store folder or a URI is needed");
    }
  }

  public ConnectionOptions(Path store, String uri, String user, String password, String database) {
    this(store, uri, user, password, database, false);
  }

  /** The same connection with the driver's logging on or off. */
  public ConnectionOptions withVerbose(boolean on) {
    return new ConnectionOptions(store, uri, user, password, database, on);
  }

  public static ConnectionOptions embedded(Path store) {
    return new ConnectionOptions(store, null, null, null, null);
  }

  public boolean isEmbedded() {
    return uri == null;
  }

  /** The URI or store for messages; never the password. */
  public String describe() {
    return uri != null ? uri : "embedded store " + store;
  }

  @Override
  public String toString() {
    return "ConnectionOptions[" + describe() + ", user=" + user + ", database=" + database + "]";
  }
}
