package org.netagraph.plugin;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.netagraph.write.CypherTx;

/**
 * The writer's view of a procedure's transaction: {@link Transaction#execute} with parameters, rows
 * back as maps. Values come back as the driver gives them to the application (a stored array as a
 * list), so the writer reads the same rows in both places.
 */
final class ProcedureTx implements CypherTx {
  private final Transaction tx;

  ProcedureTx(Transaction tx) {
    this.tx = tx;
  }

  @Override
  public List<Map<String, Object>> run(String cypher, Map<String, Object> params) {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Result r = tx.execute(cypher, params)) {
      while (r.hasNext()) {
        Map<String, Object> row = new HashMap<>();
        r.next().forEach((k, v) -> row.put(k, plain(v)));
        rows.add(row);
      }
    }
    return rows;
  }

  /** An array (a stored list property) as a list; other values as they are. */
  static Object plain(Object v) {
    if (v != null && v.getClass().isArray()) {
      int n = Array.getLength(v);
      List<Object> l = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        l.add(Array.get(v, i));
      }
      return l;
    }
    return v;
  }
}
