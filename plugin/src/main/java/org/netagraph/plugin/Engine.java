package org.netagraph.plugin;

import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpPersonFinder;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.write.GraphWriter;

/**
 * The pipeline and the writer, built once per JVM on first use (the lexicons, rules and CoreNLP's
 * CRF take some seconds and a few hundred MB), then shared by every call on every database: both
 * are immutable and thread-safe. The models are the ones packed in the jar, or the folder named by
 * {@code NETAGRAPH_MODELS} in the server's environment, as for the command line.
 */
final class Engine {
  private final Pipeline pipeline;
  private final GraphWriter writer;

  private Engine(Pipeline pipeline) {
    this.pipeline = pipeline;
    this.writer = new GraphWriter(null, pipeline.lexicon()); // given the procedure's transactions
  }

  /**
   * Built when first asked for, by the class loader's lock: once, whatever the number of threads.
   */
  private static final class Holder {
    static final Engine ENGINE =
        new Engine(Pipeline.standard(ModelSource.defaults(), CoreNlpPersonFinder.shared()));
  }

  static Engine get() {
    return Holder.ENGINE;
  }

  Pipeline pipeline() {
    return pipeline;
  }

  GraphWriter writer() {
    return writer;
  }
}
