package org.netagraph.export;

import java.io.IOException;
import java.io.Writer;
import org.netagraph.graph.GraphElement;

/**
 * Graphviz DOT: nodes filled with their label's colour and captioned as in the Browser style
 * (Devanagari kept as UTF-8), relationships labelled with their type.
 */
public final class DotExporter implements GraphExporter {
  private final Writer out;
  private long nodes;
  private long relationships;

  public DotExporter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(org.netagraph.graph.Graph.PropertySchema schema) throws IOException {
    out.write("digraph netagraph {\n  graph [charset=\"UTF-8\", overlap=false];\n");
    out.write("  node [shape=ellipse, style=filled, fontname=\"Noto Sans\", fontsize=10];\n");
    out.write("  edge [fontsize=8, color=\"#888888\"];\n");
  }

  @Override
  public void accept(GraphElement e) throws IOException {
    if (e instanceof GraphElement.NodeElement n) {
      String label = Values.label(n.labels());
      out.write(
          "  n"
              + n.id()
              + " [label="
              + quote(Values.caption(n.labels(), n.properties(), label))
              + ", fillcolor="
              + quote(Values.COLOUR.getOrDefault(label, "#A5ABB6"))
              + ", tooltip="
              + quote(label)
              + "];\n");
      nodes++;
    } else if (e instanceof GraphElement.RelationshipElement r) {
      out.write("  n" + r.start() + " -> n" + r.end() + " [label=" + quote(r.type()) + "];\n");
      relationships++;
    }
  }

  @Override
  public void end() throws IOException {
    out.write("}\n");
  }

  static String quote(String s) {
    return "\""
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "")
        + "\"";
  }

  @Override
  public String summary() {
    return nodes + " nodes and " + relationships + " relationships";
  }
}
