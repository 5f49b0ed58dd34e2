package org.netagraph.graph;

import java.util.List;
import java.util.Map;

/** A node or a relationship as exported: ids are the database's, as strings. */
public sealed interface GraphElement {
  /** A node. */
  record NodeElement(String id, List<String> labels, Map<String, Object> properties)
      implements GraphElement {}

  /** A relationship with its end nodes' database ids, labels and {@code id} properties (keys). */
  record RelationshipElement(
      String id,
      String type,
      Map<String, Object> properties,
      String start,
      List<String> startLabels,
      String startKey,
      String end,
      List<String> endLabels,
      String endKey)
      implements GraphElement {}
}
