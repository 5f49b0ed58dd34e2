package org.netagraph.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.netagraph.extract.Pipeline;
import org.netagraph.extract.corenlp.CoreNlpPersonFinder;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.PersonEntity;
import org.netagraph.text.ArticleReader;

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

  /** The facts of one article written in a test (its first line {@code date YYYY-MM-DD City.}). */
  public static ArticleFacts run(String text) {
    return get()
        .process(ArticleReader.parse(Path.of("t.txt"), text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Every surface form of every person found, sorted. */
  public static List<String> surfaces(ArticleFacts f) {
    TreeSet<String> out = new TreeSet<>();
    for (PersonEntity p : f.persons()) {
      out.addAll(p.aliases());
    }
    return List.copyOf(out);
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
