package org.netagraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.netagraph.ModelException;

/**
 * Where model files come from: a folder ({@code --models DIR}) or the copy of {@code models/}
 * packed into the jar. Every file is UTF-8; tab-separated files have a header line starting with
 * {@code #}; a malformed line fails with {@code file:line: what is wrong}.
 */
public final class ModelSource {
  private final Path dir;

  private ModelSource(Path dir) {
    this.dir = dir;
  }

  /** Model files read from {@code dir}. */
  public static ModelSource directory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new ModelException("models folder " + dir + " does not exist", null);
    }
    return new ModelSource(dir);
  }

  /** Model files packed into the jar under {@code models/}. */
  public static ModelSource classpath() {
    return new ModelSource(null);
  }

  /** The folder given by {@code NETAGRAPH_MODELS} if set, else the packed copy. */
  public static ModelSource defaults() {
    String env = System.getenv("NETAGRAPH_MODELS");
    return env == null || env.isBlank() ? classpath() : directory(Path.of(env));
  }

  public String describe() {
    return dir == null ? "classpath:models/" : dir.toString();
  }

  public boolean exists(String name) {
    if (dir != null) {
      return Files.isRegularFile(dir.resolve(name));
    }
    return ModelSource.class.getClassLoader().getResource("models/" + name) != null;
  }

  /**
   * The names of the files in a folder of the models ({@code rules}) that end with {@code suffix},
   * as {@code folder/name}, sorted; none if there is no such folder.
   */
  public List<String> list(String folder, String suffix) {
    List<String> out = new ArrayList<>();
    try {
      if (dir != null) {
        Path d = dir.resolve(folder);
        if (Files.isDirectory(d)) {
          try (java.util.stream.Stream<Path> s = Files.list(d)) {
            s.map(p -> p.getFileName().toString()).forEach(out::add);
          }
        }
      } else {
        java.net.URL url = ModelSource.class.getClassLoader().getResource("models/" + folder);
        if (url != null && url.getProtocol().equals("jar")) {
          java.net.JarURLConnection c = (java.net.JarURLConnection) url.openConnection();
          c.setUseCaches(false); // a jar of its own, so that closing it leaves the class path's
          String prefix = "models/" + folder + "/";
          try (java.util.jar.JarFile jar = c.getJarFile()) {
            jar.stream()
                .map(java.util.jar.JarEntry::getName)
                .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                .forEach(n -> out.add(n.substring(prefix.length())));
          }
        } else if (url != null) {
          try (java.util.stream.Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            s.map(p -> p.getFileName().toString()).forEach(out::add);
          }
        }
      }
    } catch (IOException | java.net.URISyntaxException e) {
      throw new ModelException("cannot list models/" + folder + ": " + e.getMessage(), e);
    }
    out.removeIf(n -> !n.endsWith(suffix) || n.isEmpty());
    out.replaceAll(n -> folder + "/" + n);
    out.sort(null);
    return out;
  }

  /** Opens a model file; the caller closes it. */
  public InputStream open(String name) throws IOException {
    if (dir != null) {
      return Files.newInputStream(dir.resolve(name));
    }
    InputStream in = ModelSource.class.getClassLoader().getResourceAsStream("models/" + name);
    if (in == null) {
      throw new IOException("model file models/" + name + " is not on the classpath");
    }
    return in;
  }

  /** Lines of a text file, without comment ({@code #}) and blank lines; each with its number. */
  public List<Line> lines(String name) {
    List<Line> out = new ArrayList<>();
    try (InputStream in = open(name);
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(new Line(name, no, line));
      }
    } catch (CharacterCodingException e) {
      throw new ModelException(name + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new ModelException(
          "cannot read model file " + name + " from " + describe() + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Rows of a tab-separated file with exactly {@code columns} columns, none empty. */
  public List<Row> tsv(String name, int columns) {
    List<Row> out = new ArrayList<>();
    for (Line l : lines(name)) {
      String[] cells = l.text().split("\t", -1);
      if (cells.length != columns) {
        throw new ModelException(
            name,
            l.number(),
            "expected " + columns + " tab-separated columns, found " + cells.length);
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
        if (cells[i].isEmpty()) {
          throw new ModelException(name, l.number(), "column " + (i + 1) + " is empty");
        }
      }
      out.add(new Row(name, l.number(), List.of(cells)));
    }
    return out;
  }

  /** A line of a model file. */
  public record Line(String file, int number, String text) {}

  /** A row of a tab-separated model file. */
  public record Row(String file, int number, List<String> cells) {
    public String get(int i) {
      return cells.get(i);
    }

    /** The {@code |}-separated values of column {@code i}; {@code -} means none. */
    public List<String> list(int i) {
      String v = cells.get(i);
      if (v.equals("-")) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String s : v.split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }

    public ModelException error(String problem) {
      return new ModelException(file, number, problem);
    }
  }
}
