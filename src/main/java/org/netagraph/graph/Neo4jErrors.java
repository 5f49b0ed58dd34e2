package org.netagraph.graph;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.netagraph.DatabaseException;
import org.netagraph.NetagraphException;
import org.netagraph.UsageException;

/**
 * Turns the driver's exceptions into ours by the driver's exception classes and Neo4j's status
 * codes ({@code Neo.ClientError.Statement.SyntaxError}, ...), never by the wording of a message: a
 * user's bad Cypher is bad usage (exit 2); an unknown database, refused access, an unreachable or
 * busy server is a failure (exit 1) whose message names the server and what to check.
 */
final class Neo4jErrors {
  private Neo4jErrors() {}

  /**
   * @param where the server or store, for the message
   * @param doing what was being done ("query", "write", "export"), for the message
   */
  static NetagraphException translate(String where, String doing, Neo4jException e) {
    String code = e.code() == null ? "" : e.code();
    String detail = e.getMessage() + (code.isEmpty() ? "" : " [" + code + "]");
    if (e instanceof AuthenticationException) {
      return new DatabaseException(
          "Neo4j at "
              + where
              + " refused the credentials (set NEO4J_USERNAME and NEO4J_PASSWORD): "
              + detail,
          e);
    }
    if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
      return new DatabaseException("cannot reach Neo4j at " + where + ": " + detail, e);
    }
    if (code.equals("Neo.ClientError.Database.DatabaseNotFound")) {
      return new DatabaseException(
          "Neo4j at "
              + where
              + " has no such database (check --database or NEO4J_DATABASE): "
              + detail,
          e);
    }
    if (code.startsWith("Neo.ClientError.Security.")) {
      return new DatabaseException(
          "Neo4j at " + where + " refused the " + doing + " (permissions): " + detail, e);
    }
    if (code.startsWith("Neo.TransientError.")) {
      return new DatabaseException(
          doing + " on " + where + " failed on a transient error, after retries: " + detail, e);
    }
    if (code.startsWith("Neo.ClientError.Statement.")
        || code.startsWith("Neo.ClientError.Procedure.")) {
      return new UsageException("Cypher refused by " + where + ": " + detail);
    }
    return new DatabaseException(doing + " on " + where + " failed: " + detail, e);
  }
}
