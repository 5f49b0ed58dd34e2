package org.netagraph;

import java.nio.file.Path;

/** An input file that cannot be read as an article: {@code path: problem}. Exit code 2. */
public final class InputException extends NetagraphException {
  private static final long serialVersionUID = 1L;
  private final String path;
  private final String problem;

  public InputException(Path path, String problem) {
    this(path, problem, null);
  }

  public InputException(Path path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path.toString();
    this.problem = problem;
  }

  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }

  @Override
  public int exitCode() {
    return 2;
  }
}
