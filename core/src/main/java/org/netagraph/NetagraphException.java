package org.netagraph;

/**
 * The root of netagraph's exceptions. Each carries where the problem is (a file, a line, a URI) and
 * maps to one exit code: {@link #exitCode()}.
 */
public abstract class NetagraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected NetagraphException(String message, Throwable cause) {
    super(message, cause);
  }

  /** 1 for a failure, 2 for bad usage or bad input. */
  public abstract int exitCode();
}
