package org.netagraph.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.netagraph.ModelException;
import org.netagraph.UsageException;

/**
 * Cypher lives in {@code .cypher} files under {@code cypher/} (packed into the jar): statements end
 * with a semicolon at the end of a line; {@code //} comment lines are dropped.
 */
public final class CypherFiles {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private CypherFiles() {}

  /** The single statement of {@code cypher/<name>} on the classpath. */
  public static String statement(String name) {
    return CACHE.computeIfAbsent(
        name,
        n -> {
          List<String> s = statements(readResource(n));
          if (s.size() != 1) {
            throw new ModelException(
                "cypher/" + n + " must hold one statement, has " + s.size(), null);
          }
          return s.get(0);
        });
  }

  /** The statements of {@code cypher/<name>} on the classpath. */
  public static List<String> resourceStatements(String name) {
    return statements(readResource(name));
  }

  /** The statements of a user's file. */
  public static List<String> fileStatements(Path file) {
    try {
      return statements(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException("cannot read Cypher file " + file + ": " + e.getMessage());
    }
  }

  /** The text of {@code cypher/<name>} on the classpath. */
  public static String readResource(String name) {
    try (InputStream in =
        CypherFiles.class.getClassLoader().getResourceAsStream("cypher/" + name)) {
      if (in == null) {
        throw new ModelException("cypher/" + name + " is not on the classpath", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ModelException("cannot read cypher/" + name + ": " + e.getMessage(), e);
    }
  }

  /** Splits a script into statements; see the class comment. */
  public static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\\R")) {
      String t = line.strip();
      if (t.startsWith("//") || (t.isEmpty() && cur.length() == 0)) {
        continue;
      }
      if (t.startsWith(":")) {
        continue; // cypher-shell / Browser commands such as :param or :begin
      }
      cur.append(line).append('\n');
      if (t.endsWith(";")) {
        String st = cur.toString().strip();
        st = st.substring(0, st.length() - 1).strip();
        if (!st.isEmpty()) {
          out.add(st);
        }
        cur.setLength(0);
      }
    }
    String rest = cur.toString().strip();
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }
}
