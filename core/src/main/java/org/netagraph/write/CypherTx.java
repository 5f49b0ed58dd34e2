package org.netagraph.write;

import java.util.List;
import java.util.Map;

/**
 * One open transaction, as the writer sees it: run a statement with parameters, get its rows back
 * as maps of plain Java values (strings, numbers, booleans, lists, maps). The application
 * implements it over the Neo4j driver, the server plugin over the procedure's own transaction, so
 * both write through the same {@link GraphWriter} and the same {@code cypher/load} statements.
 */
@FunctionalInterface
public interface CypherTx {
  List<Map<String, Object>> run(String cypher, Map<String, Object> params);
}
