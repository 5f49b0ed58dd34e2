package org.netagraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Cypher read from the {@code cypher/} files packed into this module's jar. */
final class Statements {
  private Statements() {}

  /** The text of {@code cypher/<name>}, comment lines dropped. */
  static String text(String name) {
    try (InputStream in = Statements.class.getClassLoader().getResourceAsStream("cypher/" + name)) {
      if (in == null) {
        throw new IllegalStateException("cypher/" + name + " is not on the classpath");
      }
      StringBuilder b = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.strip().startsWith("//")) {
          b.append(line).append('\n');
        }
      }
      return b.toString().strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cypher/" + name, e);
    }
  }

  /** The statements of a file of several, each ended by {@code ;}. */
  static List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (String s : text(name).split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
