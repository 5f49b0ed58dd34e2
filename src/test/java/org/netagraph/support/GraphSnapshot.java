package org.netagraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;

/** A whole graph as sorted lines, to compare two databases for equality. */
public final class GraphSnapshot {
  private GraphSnapshot() {}

  /**
   * Nodes as label:id with sorted properties, relationships as type with their ends' label:id and
   * sorted properties; database ids left out. {@code emptyListIsAbsent} folds an empty array into
   * no property, which the csv format cannot tell apart.
   */
  public static List<String> canonical(Graph g, boolean emptyListIsAbsent) {
    List<String> out = new ArrayList<>();
    g.streamAll(
        e -> {
          if (e instanceof GraphElement.NodeElement n) {
            out.add(
                "N "
                    + n.labels()
                    + ":"
                    + n.properties().get("id")
                    + " "
                    + props(n.properties(), emptyListIsAbsent));
          } else if (e instanceof GraphElement.RelationshipElement r) {
            out.add(
                "R "
                    + r.type()
                    + " "
                    + r.startLabels()
                    + ":"
                    + r.startKey()
                    + " -> "
                    + r.endLabels()
                    + ":"
                    + r.endKey()
                    + " "
                    + props(r.properties(), emptyListIsAbsent));
          }
        });
    out.sort(null);
    return out;
  }

  private static String props(Map<String, Object> p, boolean emptyListIsAbsent) {
    Map<String, Object> sorted = new TreeMap<>();
    p.forEach(
        (k, v) -> {
          if (!(emptyListIsAbsent && v instanceof List<?> l && l.isEmpty())) {
            sorted.put(k, v);
          }
        });
    return sorted.toString();
  }
}
