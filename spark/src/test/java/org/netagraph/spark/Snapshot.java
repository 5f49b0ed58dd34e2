package org.netagraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;

/**
 * A whole graph as sorted lines, as the app's {@code GraphSnapshot} makes them: nodes as labels:id
 * with sorted properties, relationships as type with their ends' labels:id and sorted properties;
 * database ids left out.
 */
final class Snapshot {
  private Snapshot() {}

  static List<String> of(Store store) {
    List<String> out = new ArrayList<>();
    for (Record r : store.write("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of())) {
      Map<String, Object> p = r.get("p").asMap();
      out.add("N " + sorted(r.get("l").asList()) + ":" + p.get("id") + " " + new TreeMap<>(p));
    }
    for (Record r :
        store.write(
            "MATCH (a)-[r]->(b) RETURN type(r) AS t, labels(a) AS la, a.id AS a, labels(b) AS lb,"
                + " b.id AS b, properties(r) AS p",
            Map.of())) {
      out.add(
          "R "
              + r.get("t").asString()
              + " "
              + sorted(r.get("la").asList())
              + ":"
              + r.get("a").asObject()
              + " -> "
              + sorted(r.get("lb").asList())
              + ":"
              + r.get("b").asObject()
              + " "
              + new TreeMap<>(r.get("p").asMap()));
    }
    out.sort(null);
    return out;
  }

  /** Fails with the lines only one of the two graphs has (at most 20 of each), if they differ. */
  static void assertSame(List<String> expected, List<String> got, String what) {
    if (expected.equals(got)) {
      return;
    }
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(new java.util.HashSet<>(got));
    List<String> extra = new ArrayList<>(got);
    extra.removeAll(new java.util.HashSet<>(expected));
    throw new AssertionError(
        what
            + ": "
            + expected.size()
            + " lines expected, "
            + got.size()
            + " got\n  missing: "
            + String.join("\n    ", missing.subList(0, Math.min(20, missing.size())))
            + "\n  unexpected: "
            + String.join("\n    ", extra.subList(0, Math.min(20, extra.size()))));
  }

  private static List<Object> sorted(List<Object> l) {
    List<Object> s = new ArrayList<>(l);
    s.sort((x, y) -> x.toString().compareTo(y.toString()));
    return s;
  }
}
