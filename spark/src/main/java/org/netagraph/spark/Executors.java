package org.netagraph.spark;

import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpPersonFinder;
import org.netagraph.lexicon.ModelSource;

/**
 * What every executor JVM builds once and keeps: the standard pipeline (lexicons, rules, the
 * CoreNLP model), from the models packed in netagraph-core, or {@code NETAGRAPH_MODELS} as for the
 * CLI. Built lazily by the first task that needs it; the pipeline is thread-safe, so the task
 * threads of an executor share it.
 */
final class Executors {
  private static volatile Pipeline pipeline;
  private static volatile int builds;

  private Executors() {}

  static Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (Executors.class) {
        p = pipeline;
        if (p == null) {
          p = Pipeline.standard(ModelSource.defaults(), CoreNlpPersonFinder.shared());
          builds++;
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** How many times this JVM built the pipeline (1 after any number of tasks). */
  static int builds() {
    return builds;
  }
}
