package org.netagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.netagraph.DatabaseException;
import org.netagraph.NetagraphException;
import org.netagraph.UsageException;

class Neo4jErrorsTest {
  private static NetagraphException of(Exception e) {
    return Neo4jErrors.translate(
        "bolt://db:7687", "query", (org.neo4j.driver.exceptions.Neo4jException) e);
  }

  @Test
  void syntaxErrorIsBadUsageEvenWhenItsMessageSaysDatabase() {
    NetagraphException e =
        of(
            new ClientException(
                "Neo.ClientError.Statement.SyntaxError", "Invalid input 'database': expected"));
    assertInstanceOf(UsageException.class, e);
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("Neo.ClientError.Statement.SyntaxError"), e.getMessage());
  }

  @Test
  void unknownDatabaseIsAFailureNamingTheServerAndTheOption() {
    NetagraphException e =
        of(
            new ClientException(
                "Neo.ClientError.Database.DatabaseNotFound", "Graph not found: news"));
    assertInstanceOf(DatabaseException.class, e);
    assertEquals(1, e.exitCode());
    assertTrue(e.getMessage().contains("bolt://db:7687"), e.getMessage());
    assertTrue(e.getMessage().contains("--database"), e.getMessage());
  }

  @Test
  void forbiddenIsAPermissionFailure() {
    NetagraphException e =
        of(new ClientException("Neo.ClientError.Security.Forbidden", "Write operations denied"));
    assertInstanceOf(DatabaseException.class, e);
    assertTrue(e.getMessage().contains("permissions"), e.getMessage());
  }

  @Test
  void transientAndUnreachableAreFailures() {
    assertInstanceOf(
        DatabaseException.class,
        of(
            new TransientException(
                "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient deadlock")));
    NetagraphException e = of(new ServiceUnavailableException("Connection refused"));
    assertInstanceOf(DatabaseException.class, e);
    assertTrue(e.getMessage().startsWith("cannot reach Neo4j at bolt://db:7687"), e.getMessage());
  }
}
