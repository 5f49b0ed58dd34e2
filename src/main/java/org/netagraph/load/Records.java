package org.netagraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.netagraph.InputException;
import org.netagraph.input.ArticleFiles;
import org.netagraph.input.ArticleSource;
import org.netagraph.input.InputOptions;
import org.netagraph.input.Sources;

/**
 * The records of all input files, one after the other, pulled one at a time on the load's thread: a
 * source is opened when its turn comes and closed when it ends, so only one is open at once. A file
 * that cannot be opened, or whose rest cannot be read, becomes a bad record in the stream at the
 * place it happened.
 */
final class Records implements AutoCloseable {
  /** A record to parse, or a problem already known, with the input's bytes read at that point. */
  record Next(ArticleSource.Item item, long bytesDone) {}

  private final List<ArticleFiles.Source> files;
  private final InputOptions options;
  private final List<String> notes = new ArrayList<>();
  private final long bytesTotal;
  private int nextFile;
  private ArticleSource current;
  private long doneBefore;

  Records(List<ArticleFiles.Source> files, InputOptions options) {
    this.files = files;
    this.options = options;
    long total = 0;
    for (ArticleFiles.Source s : files) {
      if (s.path().toString().equals(Sources.STDIN)) {
        total = -1;
        break;
      }
      try {
        total += Files.size(s.path());
      } catch (IOException e) {
        // unreadable: its problem is reported when it is opened; progress counts it as empty
      }
    }
    this.bytesTotal = total;
  }

  /** Bytes of all the input files, or -1 when standard input is among them. */
  long bytesTotal() {
    return bytesTotal;
  }

  /** Notes of the sources closed so far (WARC records passed over). */
  List<String> notes() {
    return notes;
  }

  /** The next record of any input, or null after the last. */
  Next next() {
    while (true) {
      if (current == null) {
        if (nextFile >= files.size()) {
          return null;
        }
        ArticleFiles.Source s = files.get(nextFile++);
        try {
          current = Sources.open(s.path(), s.id(), s.format(), options);
        } catch (InputException e) {
          return new Next(ArticleSource.Item.bad(e.path(), e.problem()), doneBefore);
        }
      }
      try {
        ArticleSource.Item item = current.next();
        if (item != null) {
          return new Next(item, doneBefore + current.position());
        }
        finish();
      } catch (InputException e) {
        finish();
        return new Next(ArticleSource.Item.bad(e.path(), e.problem()), doneBefore);
      }
    }
  }

  private void finish() {
    long read = current.position();
    notes.addAll(current.notes());
    try {
      current.close();
    } catch (java.io.UncheckedIOException e) {
      notes.add("closing an input failed: " + e.getMessage());
    } finally {
      current = null;
      doneBefore += read;
    }
  }

  @Override
  public void close() {
    if (current != null) {
      finish();
    }
  }
}
