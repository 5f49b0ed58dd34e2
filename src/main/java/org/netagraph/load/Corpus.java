package org.netagraph.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netagraph.InputException;
import org.netagraph.input.ArticleFiles;
import org.netagraph.input.ArticleSource;
import org.netagraph.input.InputOptions;
import org.netagraph.model.Article;

/**
 * The first articles of some input, in memory: for {@code bench --corpus}, which extracts the same
 * articles several times. Reads any format {@code load} reads; bad records are reported and left
 * out.
 */
public final class Corpus {
  private Corpus() {}

  /**
   * Up to {@code max} articles of {@code paths}; each bad file or record told to {@code progress}.
   */
  public static List<Article> read(
      List<Path> paths, InputOptions options, int max, Progress progress) {
    ArticleFiles.Found found = ArticleFiles.expand(paths, options.format());
    for (ArticleFiles.Skipped s : found.problems()) {
      progress.skipped(s.path(), s.problem());
    }
    List<Article> out = new ArrayList<>();
    try (Records records = new Records(found.sources(), options)) {
      Records.Next n;
      while (out.size() < max && (n = records.next()) != null) {
        ArticleSource.Item item = n.item();
        try {
          Article a = item.article();
          if (a != null) {
            out.add(a);
          }
        } catch (InputException e) {
          progress.skipped(item.where(), e.problem());
        }
      }
    }
    return out;
  }
}
