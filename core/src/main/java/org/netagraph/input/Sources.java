package org.netagraph.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.netagraph.InputException;
import org.netagraph.text.ArticleReader;

/** Opens the source of one input file (or of standard input) by its format. */
public final class Sources {
  /** The path that means standard input. */
  public static final String STDIN = "-";

  private Sources() {}

  /**
   * The source of {@code file} in {@code format}.
   *
   * @param fileId the file's id (its path under the folder given): the id of a {@code .txt} file's
   *     article, and of a record without id or URL with its number ({@code news.jsonl#12})
   * @throws InputException when the file cannot be opened
   */
  public static ArticleSource open(
      Path file, String fileId, InputFormat format, InputOptions options) {
    String name = file.toString();
    boolean stdin = name.equals(STDIN);
    String shown = stdin ? "stdin" : name;
    switch (format) {
      case TXT:
        return single(shown, () -> ArticleReader.read(file, fileId), file, stdin);
      case HTML:
        return single(
            shown,
            () -> {
              byte[] bytes = ArticleReader.readBytes(file);
              return HtmlPage.article(
                  shown, bytes, 0, fileId, null, null, "", options.hints(), false);
            },
            file,
            stdin);
      case WARC:
        return stdin
            ? new WarcSource(options.stdin().get(), shown, options.hints())
            : new WarcSource(file, shown, options.hints());
      case JSONL:
        {
          Opened o = stream(file, options);
          return new JsonSources.Lines(o.data(), o.raw()::count, shown, fileId, options.fields());
        }
      case JSON:
        {
          Opened o = stream(file, options);
          return new JsonSources.Array(o.data(), o.raw()::count, shown, fileId, options.fields());
        }
      case CSV:
      case TSV:
        {
          Opened o = stream(file, options);
          return new CsvSource(
              o.data(), o.raw()::count, shown, fileId, format == InputFormat.TSV, options.fields());
        }
    }
    throw new IllegalStateException("format " + format);
  }

  private static ArticleSource single(
      String name, ArticleSource.Reading reading, Path file, boolean stdin) {
    if (stdin) {
      throw new InputException(
          "stdin", "standard input is read as jsonl, json, csv, tsv or warc, not one article file");
    }
    return new ArticleSource() {
      private boolean given;

      @Override
      public Item next() {
        if (given) {
          return null;
        }
        given = true;
        return new Item(
            name,
            () -> {
              var a = reading.read();
              if (a == null) {
                throw new InputException(name, "no story found");
              }
              return a;
            });
      }

      @Override
      public long position() {
        try {
          return given ? Files.size(file) : 0;
        } catch (IOException e) {
          return 0;
        }
      }

      @Override
      public void close() {}
    };
  }

  /** A file's bytes as stored ({@code raw}, counted for progress) and decompressed. */
  private record Opened(InputStream data, CountingInputStream raw) {}

  /** The decompressed bytes of {@code file} ({@code .gz} by name), or standard input. */
  private static Opened stream(Path file, InputOptions options) {
    String name = file.toString();
    if (name.equals(STDIN)) {
      CountingInputStream raw = new CountingInputStream(options.stdin().get());
      return new Opened(raw, raw);
    }
    try {
      CountingInputStream raw = new CountingInputStream(Files.newInputStream(file));
      if (InputFormat.gzipped(file)) {
        try {
          return new Opened(new GZIPInputStream(raw, 1 << 16), raw);
        } catch (IOException e) {
          raw.close();
          throw new InputException(name, "not gzip-compressed: " + e.getMessage(), e);
        }
      }
      return new Opened(raw, raw);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }
}
