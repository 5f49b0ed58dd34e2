package org.netagraph.graph;

import java.util.Map;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;

/**
 * Baseline B of the benchmark: what a naive loader does, one write transaction per fact with {@code
 * MERGE} of both ends and the relationship. Not used by netagraph itself.
 */
public final class NaiveWriter {
  private final Graph graph;

  public NaiveWriter(Graph graph) {
    this.graph = graph;
  }

  /** Writes every fact of {@code f} in its own transaction; returns the number of facts. */
  public int write(ArticleFacts f) {
    int n = 0;
    for (Holds h : f.holds()) {
      graph.write(
          tx ->
              tx.run(
                  "MERGE (p:Person {key: $key}) ON CREATE SET p.id = $key MERGE (o:Office {id: $office}) "
                      + "MERGE (p)-[r:HOLDS {status: $status}]->(o) SET r.evidence = [$evidence]",
                  Map.of(
                      "key",
                      h.personKey(),
                      "office",
                      h.office().id(),
                      "status",
                      h.status().value(),
                      "evidence",
                      h.evidence().sentence())));
      n++;
    }
    for (Met m : f.met()) {
      graph.write(
          tx ->
              tx.run(
                  "MERGE (a:Person {key: $a}) ON CREATE SET a.id = $a MERGE (b:Person {key: $b}) ON CREATE SET b.id = $b "
                      + "MERGE (a)-[r:MET]->(b) SET r.evidence = [$evidence]",
                  Map.of("a", m.a(), "b", m.b(), "evidence", m.evidence().sentence())));
      n++;
    }
    return n;
  }
}
