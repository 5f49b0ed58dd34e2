package org.netagraph.write;

import java.util.function.Function;

/** Where write transactions come from: each call runs {@code work} in one, and commits it. */
public interface WriteTransactions {
  /**
   * Runs {@code work} in a write transaction and commits; may run it again on a transient failure,
   * so {@code work} must do the same thing each time.
   */
  <T> T write(Function<CypherTx, T> work);
}
