package org.netagraph;

/** A request that cannot be carried out as asked (bad option values, missing files). Exit 2. */
public final class UsageException extends NetagraphException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message, null);
  }

  @Override
  public int exitCode() {
    return 2;
  }
}
