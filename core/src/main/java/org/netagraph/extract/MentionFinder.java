package org.netagraph.extract;

import java.util.List;
import java.util.Set;
import org.netagraph.model.Mention;
import org.netagraph.model.Sentence;

/**
 * Finds mentions in one sentence. Implementations are immutable and thread-safe. A finder sees the
 * mentions that the finders before it produced, and declares what it needs from them and what it
 * adds, so that the pipeline can check its order when it is assembled.
 */
public interface MentionFinder {
  /**
   * What this finder adds: mention layers such as {@code "lexicon"} or {@code "person:corenlp"}.
   */
  Set<String> provides();

  /** The layers it needs from earlier finders. */
  Set<String> requires();

  /**
   * The mentions in {@code sentence}.
   *
   * @param found what earlier finders found in this sentence
   */
  List<Mention> find(Sentence sentence, List<Mention> found);

  /** A short name for messages and statistics. */
  default String name() {
    return getClass().getSimpleName();
  }
}
