package org.netagraph;

/** A malformed file under {@code models/}: {@code file:line: what is wrong}. Exit code 1. */
public final class ModelException extends NetagraphException {
  private static final long serialVersionUID = 1L;

  public ModelException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem, null);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 1;
  }
}
