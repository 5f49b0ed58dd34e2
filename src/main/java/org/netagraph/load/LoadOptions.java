package org.netagraph.load;

import java.util.Objects;
import org.netagraph.input.InputOptions;

/**
 * How to load.
 *
 * @param threads extraction worker threads (at least 1)
 * @param batchSize articles per write transaction (at least 1)
 * @param strict stop at the first bad file or record, writing nothing from it
 * @param input how to read the input files
 */
public record LoadOptions(int threads, int batchSize, boolean strict, InputOptions input) {
  public LoadOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    Objects.requireNonNull(input, "input");
  }

  /** Input read by extension with the default field names and the packed models. */
  public LoadOptions(int threads, int batchSize, boolean strict) {
    this(threads, batchSize, strict, InputOptions.defaults());
  }

  public static LoadOptions defaults() {
    return new LoadOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), 50, false);
  }
}
