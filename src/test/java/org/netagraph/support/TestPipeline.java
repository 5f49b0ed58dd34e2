package org.netagraph.support;

import java.nio.file.Path;
import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpPersonFinder;
import org.netagraph.lexicon.ModelSource;

/** The standard pipeline over the repository's models/, built once per test JVM. */
public final class TestPipeline {
  private static Pipeline pipeline;

  private TestPipeline() {}

  public static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline =
          Pipeline.standard(ModelSource.directory(modelsDir()), CoreNlpPersonFinder.shared());
    }
    return pipeline;
  }

  /** The models folder under test: {@code models/}, or {@code -Dnetagraph.models=DIR}. */
  public static Path modelsDir() {
    return Path.of(System.getProperty("netagraph.models", "models"));
  }

  /** ../shared/corpus, when the evaluation data sits beside the checkout. */
  public static Path sharedCorpus() {
    return Path.of("..", "shared", "corpus");
  }
}
