package org.netagraph.graph;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netagraph.ModelException;
import org.netagraph.write.CypherFiles;

/**
 * A Neo4j Browser guide ({@code :play}) made from the saved questions in {@code cypher/queries/}:
 * one slide per question with its header as text, a {@code :param} block with the example values,
 * and the query, each runnable with a click.
 */
public final class BrowserGuide {
  private BrowserGuide() {}

  /** A saved question: file name, header lines, statement. */
  public record Saved(String name, List<String> header, String cypher) {}

  /** The saved questions packed under {@code cypher/queries/}, by file name. */
  public static List<Saved> savedQuestions() {
    try {
      URI uri = BrowserGuide.class.getClassLoader().getResource("cypher/queries").toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read(fs.getPath("cypher/queries"));
        }
      }
      return read(Path.of(uri));
    } catch (IOException | URISyntaxException | NullPointerException e) {
      throw new ModelException("cannot read the saved questions under cypher/queries: " + e, e);
    }
  }

  private static List<Saved> read(Path dir) throws IOException {
    List<Saved> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        for (String line : text.split("\\R")) {
          if (!line.startsWith("//")) {
            break;
          }
          header.add(line.substring(2).strip());
        }
        List<String> st = CypherFiles.statements(text);
        out.add(new Saved(f.getFileName().toString(), header, st.isEmpty() ? "" : st.get(0)));
      }
    }
    return out;
  }

  /** The example {@code :param} line of a question, from its "Example:" header, or null. */
  static String paramLine(List<String> header) {
    StringBuilder b = new StringBuilder();
    for (String h : header) {
      int at = h.indexOf("Example:");
      if (at < 0) {
        continue;
      }
      String[] parts = h.substring(at + 8).split("--param ");
      for (String p : parts) {
        p = p.strip();
        int eq = p.indexOf('=');
        if (eq <= 0) {
          continue;
        }
        boolean json = p.charAt(eq - 1) == ':';
        String k = p.substring(0, json ? eq - 1 : eq);
        String v = p.substring(eq + 1).strip();
        if (!json) {
          v = v.startsWith("\"") ? v : "\"" + v + "\"";
        }
        b.append(":param ").append(k).append(" => ").append(v).append(";\n");
      }
    }
    return b.length() == 0 ? null : b.toString().strip();
  }

  public static String html() {
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
    b.append(
        "<slide class=\"row-fluid\"><div class=\"col-sm-12\"><h3>netagraph: saved questions</h3>\n");
    b.append("<p>Indian political news as a graph: people, offices, states, parties, meetings. ");
    b.append(
        "Each following slide is one saved question from <code>cypher/queries/</code>: click a code ");
    b.append(
        "block to put it in the editor, then run it.</p>\n<pre class=\"code runnable\">MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:OF]->(s:State) RETURN p, h, o, s LIMIT 50</pre>\n");
    b.append("</div></slide>\n");
    for (Saved s : savedQuestions()) {
      b.append("<slide class=\"row-fluid\"><div class=\"col-sm-12\">\n<h3>")
          .append(escape(s.header().isEmpty() ? s.name() : s.header().get(0)))
          .append("</h3>\n");
      for (int i = 1; i < s.header().size(); i++) {
        b.append("<p>").append(escape(s.header().get(i))).append("</p>\n");
      }
      b.append("<p><code>").append(escape(s.name())).append("</code></p>\n");
      String params = paramLine(s.header());
      if (params != null) {
        b.append("<pre class=\"code runnable\">").append(escape(params)).append("</pre>\n");
      }
      b.append("<pre class=\"code runnable\">")
          .append(escape(s.cypher()))
          .append("</pre>\n</div></slide>\n");
    }
    b.append("</carousel>\n</article>\n");
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
