package org.netagraph.spark;

import java.io.Serializable;

/**
 * Where the job writes: a {@code bolt://} or {@code neo4j://} (routing: a cluster, Aura) URI, the
 * user, the password (from {@code NEO4J_PASSWORD}, never the command line; null for a server
 * without authentication) and the database (null for the server's default).
 */
record Connection(String uri, String user, String password, String database)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  Connection {
    if (uri == null || !uri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
      throw new IllegalArgumentException(
          "--uri must be bolt://, neo4j:// (or their +s, +ssc forms), not '" + uri + "'");
    }
  }

  @Override
  public String toString() {
    return "Connection[" + uri + ", user " + user + ", database " + database + "]";
  }
}
