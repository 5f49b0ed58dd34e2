package org.netagraph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.netagraph.input.InputFormat;

/**
 * The input files of a job, listed on the Spark driver with the ids and order {@code load} gives
 * them (the app's {@code load/ArticleFiles}): a folder walked recursively for the formats load
 * walks, sorted; an article id is the path under the folder given, {@code /}-separated, without
 * {@code .txt}; a file given directly is identified by its name. A later file whose id is taken is
 * left out, as load leaves it out. The files must be readable by every executor (a shared or
 * replicated file system).
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
    Map<String, File> byId = new LinkedHashMap<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        InputFormat f = InputFormat.of(p);
        add(byId, p, idOf(p.getFileName().toString()), f == null ? InputFormat.TXT : f);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try (Stream<Path> s = Files.walk(p, Integer.MAX_VALUE, FileVisitOption.FOLLOW_LINKS)) {
        s.filter(Files::isRegularFile)
            .filter(f -> InputFormat.of(f) != null && InputFormat.of(f).walked())
            .forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot walk " + p, e);
      }
      found.sort(null);
      for (Path f : found) {
        StringBuilder id = new StringBuilder();
        for (Path part : p.relativize(f)) {
          id.append(id.length() > 0 ? "/" : "").append(part);
        }
        add(byId, f, idOf(id.toString()), InputFormat.of(f));
      }
    }
    return List.copyOf(byId.values());
  }

  private static void add(Map<String, File> byId, Path path, String id, InputFormat format) {
    byId.putIfAbsent(
        id, new File(byId.size(), path.toString(), path.toAbsolutePath().toString(), id, format));
  }

  private static String idOf(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? name.substring(0, name.length() - 4)
        : name;
  }
}
