package org.netagraph.load;

/**
 * How to load.
 *
 * @param threads extraction worker threads (at least 1)
 * @param batchSize articles per write transaction (at least 1)
 * @param strict stop at the first bad file, writing nothing from it
 */
public record LoadOptions(int threads, int batchSize, boolean strict) {
  public LoadOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
  }

  public static LoadOptions defaults() {
    return new LoadOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), 50, false);
  }
}
