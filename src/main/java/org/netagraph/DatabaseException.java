package org.netagraph;

/** Neo4j could not be reached, refused us, or failed a transaction. Exit code 1. */
public final class DatabaseException extends NetagraphException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }

  public DatabaseException(String message) {
    super(message, null);
  }

  @Override
  public int exitCode() {
    return 1;
  }
}
