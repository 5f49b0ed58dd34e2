package org.netagraph.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A graph as sorted lines, to compare two graphs for equality (as the application's GraphSnapshot
 * does): nodes as labels:id with sorted properties, relationships as type with their ends'
 * labels:id and sorted properties; database ids left out. {@code Document} nodes, the user's input
 * to a batch load, are left out.
 */
final class GraphLines {
  private GraphLines() {}

  static List<String> of(Driver driver) {
    List<String> out = new ArrayList<>();
    try (Session s = driver.session()) {
      for (Record r :
          s.run("MATCH (n) WHERE NOT n:Document RETURN labels(n) AS l, properties(n) AS p")
              .list()) {
        Map<String, Object> p = r.get("p").asMap();
        out.add("N " + r.get("l").asList() + ":" + p.get("id") + " " + new TreeMap<>(p));
      }
      for (Record r :
          s.run(
                  "MATCH (a)-[r]->(b) WHERE NOT a:Document AND NOT b:Document"
                      + " RETURN type(r) AS t, labels(a) AS la, a.id AS a, labels(b) AS lb,"
                      + " b.id AS b, properties(r) AS p")
              .list()) {
        out.add(
            "R "
                + r.get("t").asString()
                + " "
                + r.get("la").asList()
                + ":"
                + r.get("a").asObject()
                + " -> "
                + r.get("lb").asList()
                + ":"
                + r.get("b").asObject()
                + " "
                + new TreeMap<>(r.get("p").asMap()));
      }
    }
    out.sort(null);
    return out;
  }
}
