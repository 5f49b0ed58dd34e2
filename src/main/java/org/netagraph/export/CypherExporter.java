package org.netagraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;
import org.netagraph.write.CypherFiles;

/**
 * A Cypher script that rebuilds the graph: the schema's constraints first, then batches of {@code
 * UNWIND [...] AS row MERGE ...}, one statement per line group ending in {@code ;}. Runs in
 * cypher-shell and in {@code netagraph query --write -f}; running it twice changes nothing (nodes
 * merge on their label and {@code id}; HOLDS also on its {@code status}).
 */
public final class CypherExporter implements GraphExporter {
  static final int BATCH = 500;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final Writer out;
  private final List<String> rows = new ArrayList<>();
  private String head;
  private long nodes;
  private long relationships;

  public CypherExporter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(Graph.PropertySchema schema) throws IOException {
    out.write(
        "// netagraph export: replay with cypher-shell -f FILE or netagraph query --write -f FILE\n");
    for (String st : CypherFiles.resourceStatements("schema.cypher")) {
      out.write(st.replace('\n', ' ') + ";\n");
    }
  }

  @Override
  public void accept(GraphElement e) throws IOException {
    String h;
    String row;
    if (e instanceof GraphElement.NodeElement n) {
      String label = name(Values.label(n.labels()));
      h = "UNWIND [%s] AS row MERGE (n:" + label + " {id: row.id}) SET n += row;";
      row = literal(n.properties());
      nodes++;
    } else if (e instanceof GraphElement.RelationshipElement r) {
      String a = name(Values.label(r.startLabels()));
      String b = name(Values.label(r.endLabels()));
      String t = name(r.type());
      String merge =
          r.type().equals("HOLDS")
              ? "MERGE (a)-[r:" + t + " {status: row.p.status}]->(b)"
              : "MERGE (a)-[r:" + t + "]->(b)";
      h =
          "UNWIND [%s] AS row MATCH (a:"
              + a
              + " {id: row.s}) MATCH (b:"
              + b
              + " {id: row.e}) "
              + merge
              + " SET r = row.p;";
      row =
          "{s: "
              + value(r.startKey())
              + ", e: "
              + value(r.endKey())
              + ", p: "
              + literal(r.properties())
              + "}";
      relationships++;
    } else {
      return;
    }
    if (!h.equals(head) || rows.size() >= BATCH) {
      flush();
      head = h;
    }
    rows.add(row);
  }

  private void flush() throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    out.write(String.format(java.util.Locale.ROOT, head, String.join(", ", rows)));
    out.write('\n');
    rows.clear();
  }

  @Override
  public void end() throws IOException {
    flush();
  }

  static String name(String s) {
    return PLAIN.matcher(s).matches() ? s : "`" + s.replace("`", "``") + "`";
  }

  static String literal(Map<String, Object> props) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Object> p : props.entrySet()) {
      if (p.getValue() == null) {
        continue;
      }
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append(name(p.getKey())).append(": ").append(value(p.getValue()));
    }
    return b.append('}').toString();
  }

  static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Number || v instanceof Boolean) {
      return String.valueOf(v);
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (Object o : l) {
        if (b.length() > 1) {
          b.append(", ");
        }
        b.append(value(o));
      }
      return b.append(']').toString();
    }
    String s = String.valueOf(v);
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\':
          b.append("\\\\");
          break;
        case '\'':
          b.append("\\'");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('\'').toString();
  }

  @Override
  public String summary() {
    return nodes + " nodes and " + relationships + " relationships";
  }
}
