package org.netagraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch folders that commands make and remove (bulk-load csv, bench stores, warm-up store). */
public final class ScratchDir {
  private ScratchDir() {}

  /**
   * Deletes {@code root} and everything below it; a missing folder or a file left behind is
   * harmless.
   */
  public static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a scratch folder left behind only takes disk space
    }
  }
}
