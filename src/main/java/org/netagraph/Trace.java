package org.netagraph;

import java.time.Duration;
import java.time.Instant;

/**
 * Phase timings on stderr when {@code NETAGRAPH_TRACE} is set (or {@code -Dnetagraph.trace}): how
 * long after the process started each phase of a command ended. Used to profile start-up; silent
 * otherwise.
 */
public final class Trace {
  private static final boolean ON =
      System.getenv("NETAGRAPH_TRACE") != null || Boolean.getBoolean("netagraph.trace");
  private static final Instant START =
      ProcessHandle.current().info().startInstant().orElse(Instant.now());

  private Trace() {}

  public static boolean on() {
    return ON;
  }

  /** Prints {@code what} with the seconds since the process started, if tracing is on. */
  @SuppressForbidden(reason = "diagnostics go to the process's stderr")
  public static void mark(String what) {
    if (ON) {
      double s = Duration.between(START, Instant.now()).toMillis() / 1000.0;
      System.err.printf("netagraph trace: %6.2f s  %s%n", s, what);
    }
  }
}
