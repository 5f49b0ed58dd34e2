package org.netagraph.load;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Expands the paths a user gives into article files: a file as it is, a folder recursively to its
 * {@code *.txt} files (links followed, loops reported), sorted, so runs are repeatable.
 */
public final class ArticleFiles {
  private ArticleFiles() {}

  /** Files found, and paths that could not be walked with the reason. */
  public record Found(List<Path> files, List<Skipped> problems) {}

  /** A path that was not read, and why. */
  public record Skipped(String path, String problem) {}

  public static Found expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<Skipped> problems = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        problems.add(new Skipped(p.toString(), "no such file or folder"));
        continue;
      }
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(
            p,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                String why =
                    e instanceof FileSystemLoopException
                        ? "symbolic link loop (skipped)"
                        : e instanceof java.nio.file.AccessDeniedException
                            ? "permission denied"
                            : "cannot read: " + e.getMessage();
                problems.add(new Skipped(file.toString(), why));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        problems.add(new Skipped(p.toString(), "cannot walk folder: " + e.getMessage()));
      }
      found.sort(null);
      files.addAll(found);
    }
    return new Found(files, problems);
  }
}
