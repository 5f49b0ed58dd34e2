package org.netagraph.load;

import java.util.List;
import java.util.Map;
import org.netagraph.input.ArticleFiles;

/**
 * What a load did.
 *
 * @param read article files read
 * @param written articles written (new or changed)
 * @param unchanged articles already loaded with the same content
 * @param replaced changed articles whose old contribution was replaced
 * @param skipped files not loaded, with the reason
 * @param counts nodes per label and relationships per type in the graph afterwards
 * @param seconds wall time
 * @param stoppedEarly true when {@code --strict} stopped at a bad file
 * @param notices things the user should know that are not errors (an article id that now comes from
 *     another file)
 */
public record LoadReport(
    int read,
    int written,
    int unchanged,
    int replaced,
    List<ArticleFiles.Skipped> skipped,
    Map<String, Long> counts,
    double seconds,
    boolean stoppedEarly,
    List<String> notices) {
  public LoadReport {
    skipped = List.copyOf(skipped);
    notices = List.copyOf(notices);
    counts = Map.copyOf(counts);
  }

  public long count(String what) {
    return counts.getOrDefault(what, 0L);
  }
}
