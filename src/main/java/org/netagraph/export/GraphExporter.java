package org.netagraph.export;

import java.io.IOException;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;

/**
 * Writes a streamed graph in one format: {@link #begin} with the property schema, then every node
 * and every relationship (nodes first), then {@link #end}. Nothing is held in memory beyond what a
 * format needs to name nodes (no format here keeps the graph).
 */
public interface GraphExporter {
  default void begin(Graph.PropertySchema schema) throws IOException {}

  void accept(GraphElement e) throws IOException;

  default void end() throws IOException {}

  /** A line for the user once done (counts, files, how to import); may be empty. */
  String summary();
}
