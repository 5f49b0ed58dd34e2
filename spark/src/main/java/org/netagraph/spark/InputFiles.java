package org.netagraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netagraph.input.ArticleFiles;
import org.netagraph.input.InputFormat;

/**
 * The input files of a job, listed on the Spark driver by {@link ArticleFiles}, with the ids and
 * order {@code load} gives them: a folder walked recursively for the formats load walks, sorted; an
 * article id is the path under the folder given, {@code /}-separated, without {@code .txt}; a file
 * given directly is identified by its name. A later file whose id is taken is left out, as load
 * leaves it out. The files must be readable by every executor (a shared or replicated file system).
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * One input file: its place in input order, its path as given (what articles record as their
   * path, as with load), its absolute path (what executors open: their working folders differ from
   * the driver's), its id and its format.
   */
  record File(int index, String path, String absolute, String id, InputFormat format)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static List<File> list(List<Path> paths) {
    List<File> out = new ArrayList<>();
    for (ArticleFiles.Source src : ArticleFiles.expand(paths, null).sources()) {
      Path p = src.path();
      out.add(
          new File(
              out.size(), p.toString(), p.toAbsolutePath().toString(), src.id(), src.format()));
    }
    return List.copyOf(out);
  }
}
