package org.netagraph.cli;

import java.nio.file.Path;
import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpPersonFinder;
import org.netagraph.lexicon.ModelSource;

/** Builds the standard pipeline for the commands. */
final class Pipelines {
  private Pipelines() {}

  static ModelSource models(Path dir) {
    return dir == null ? ModelSource.defaults() : ModelSource.directory(dir);
  }

  static Pipeline standard(Path modelsDir) {
    return Pipeline.standard(models(modelsDir), CoreNlpPersonFinder.shared());
  }

  /** The standard pipeline without the rules of these ids. */
  static Pipeline standard(Path modelsDir, java.util.Set<String> disabledRules) {
    return Pipeline.standard(models(modelsDir), CoreNlpPersonFinder.shared(), disabledRules);
  }
}
