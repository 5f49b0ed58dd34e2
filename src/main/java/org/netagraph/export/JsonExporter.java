package org.netagraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.netagraph.graph.GraphElement;

/**
 * APOC's JSON-lines export format: one object per node, then per relationship, streamed.
 *
 * <pre>{"type":"node","id":"4","labels":["Person"],"properties":{...}}
 * {"type":"relationship","id":"9","label":"HOLDS","properties":{...},
 *  "start":{"id":"4","labels":["Person"]},"end":{"id":"7","labels":["Office"]}}</pre>
 */
public final class JsonExporter implements GraphExporter {
  private final Writer out;
  private long nodes;
  private long relationships;

  public JsonExporter(Writer out) {
    this.out = out;
  }

  @Override
  public void accept(GraphElement e) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (e instanceof GraphElement.NodeElement n) {
      m.put("type", "node");
      m.put("id", n.id());
      m.put("labels", n.labels());
      m.put("properties", n.properties());
      nodes++;
    } else if (e instanceof GraphElement.RelationshipElement r) {
      m.put("type", "relationship");
      m.put("id", r.id());
      m.put("label", r.type());
      m.put("properties", r.properties());
      m.put("start", Map.of("id", r.start(), "labels", r.startLabels()));
      m.put("end", Map.of("id", r.end(), "labels", r.endLabels()));
      relationships++;
    }
    Json.line(out, m);
  }

  @Override
  public String summary() {
    return nodes + " nodes and " + relationships + " relationships";
  }

  public long nodes() {
    return nodes;
  }

  public long relationships() {
    return relationships;
  }
}
