package org.netagraph.input;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Expands the paths a user gives into input files: a file as it is, a folder recursively to its
 * files of the formats {@code load} reads (links followed, loops reported), sorted, so runs are
 * repeatable.
 *
 * <p>Each file gets its article id here: the path relative to the folder given, with {@code /}
 * between folders and without {@code .txt} ({@code 2019/jan/report} for {@code
 * archive/2019/jan/report.txt} under {@code load archive}), so that files of the same name in
 * different folders are different articles, and a rerun over the same folder finds the same ids. A
 * file given directly is identified by its name alone. Two files of one run that would share an id
 * (the same relative path under two folders given together) are reported, the later one not read.
 */
public final class ArticleFiles {
  private ArticleFiles() {}

  /** Files found with their article ids, and paths that could not be read, with the reason. */
  public record Found(List<Source> sources, List<Skipped> problems) {
    public Found {
      sources = List.copyOf(sources);
      problems = List.copyOf(problems);
    }

    /** The files alone, in order. */
    public List<Path> files() {
      return sources.stream().map(Source::path).toList();
    }
  }

  /**
   * An input file, the id it gets (a {@code .txt} file's article id; for a file of records, the
   * stem of the ids of records without id or URL) and its format.
   */
  public record Source(Path path, String id, InputFormat format) {
    public Source {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(format, "format");
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("blank article id for " + path);
      }
    }

    public Source(Path path, String id) {
      this(path, id, InputFormat.TXT);
    }
  }

  /** A path that was not read, and why. */
  public record Skipped(String path, String problem) {}

  /** The id of a file found under {@code root}: its relative path, {@code /}-separated. */
  public static String idUnder(Path root, Path file) {
    Path rel = root.relativize(file);
    StringBuilder id = new StringBuilder();
    for (Path part : rel) {
      if (id.length() > 0) {
        id.append('/');
      }
      id.append(part);
    }
    return stripTxt(id.toString());
  }

  /** The id of a file given directly: its name without {@code .txt}. */
  public static String idOf(Path file) {
    return stripTxt(file.getFileName().toString());
  }

  private static String stripTxt(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  /** {@code .txt} files only, each file given read as text: the evaluator's input. */
  public static Found expand(List<Path> paths) {
    return expand(paths, null, true);
  }

  /**
   * Input files of every format: a folder walk picks the extensions of {@link InputFormat} (those
   * of {@code format} alone when given; {@code .json} only then), a file given is read in {@code
   * format} or by its extension ({@code .txt} when it has none of ours), {@code -} is standard
   * input (JSON lines unless {@code format} says otherwise).
   */
  public static Found expand(List<Path> paths, InputFormat format) {
    return expand(paths, format, false);
  }

  private static Found expand(List<Path> paths, InputFormat format, boolean txtOnly) {
    List<Source> files = new ArrayList<>();
    List<Skipped> problems = new ArrayList<>();
    Map<String, Path> taken = new HashMap<>();
    for (Path p : paths) {
      if (!txtOnly && p.toString().equals(Sources.STDIN)) {
        add(
            new Source(p, "stdin", format == null ? InputFormat.JSONL : format),
            files,
            problems,
            taken);
        continue;
      }
      if (!Files.exists(p)) {
        problems.add(new Skipped(p.toString(), "no such file or folder"));
        continue;
      }
      if (!Files.isDirectory(p)) {
        add(new Source(p, idOf(p), formatOf(p, format, txtOnly)), files, problems, taken);
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
                if (picked(file, format, txtOnly)) {
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
      for (Path f : found) {
        add(new Source(f, idUnder(p, f), formatOf(f, format, txtOnly)), files, problems, taken);
      }
    }
    return new Found(files, problems);
  }

  private static boolean picked(Path file, InputFormat format, boolean txtOnly) {
    InputFormat f = InputFormat.of(file);
    if (txtOnly) {
      return f == InputFormat.TXT;
    }
    return format != null ? f == format : f != null && f.walked();
  }

  private static InputFormat formatOf(Path file, InputFormat format, boolean txtOnly) {
    if (txtOnly) {
      return InputFormat.TXT;
    }
    if (format != null) {
      return format;
    }
    InputFormat f = InputFormat.of(file);
    return f == null ? InputFormat.TXT : f;
  }

  private static void add(
      Source s, List<Source> files, List<Skipped> problems, Map<String, Path> taken) {
    Path first = taken.putIfAbsent(s.id(), s.path());
    if (first == null) {
      files.add(s);
    } else if (!first.toAbsolutePath().normalize().equals(s.path().toAbsolutePath().normalize())) {
      problems.add(
          new Skipped(
              s.path().toString(),
              "article id '"
                  + s.id()
                  + "' is already taken by "
                  + first
                  + " in this run (an id is the path under the folder given): load the folder"
                  + " that holds both, so that their ids differ"));
    }
  }
}
