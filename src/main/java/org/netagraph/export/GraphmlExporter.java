package org.netagraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;

/**
 * GraphML for Gephi, yEd and networkx: a {@code <key>} per property with its {@code attr.type}
 * (arrays as JSON strings), {@code labels} on nodes and {@code label} (the type) on edges, {@code
 * edgedefault="directed"}. Written as it streams, keys first from the property schema.
 */
public final class GraphmlExporter implements GraphExporter {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private final XMLStreamWriter x;
  private final Map<String, String> nodeKeys = new TreeMap<>();
  private final Map<String, String> edgeKeys = new TreeMap<>();
  private long nodes;
  private long relationships;

  public GraphmlExporter(Writer out) {
    try {
      this.x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  static String attrType(String neo4jType) {
    switch (neo4jType) {
      case "Long":
      case "Integer":
        return "long";
      case "Double":
      case "Float":
        return "double";
      case "Boolean":
        return "boolean";
      default:
        return "string";
    }
  }

  private static void merge(Map<String, String> keys, Map<String, Map<String, String>> schema) {
    for (Map<String, String> props : schema.values()) {
      for (Map.Entry<String, String> p : props.entrySet()) {
        String t = attrType(p.getValue());
        String old = keys.putIfAbsent(p.getKey(), t);
        if (old != null && !old.equals(t)) {
          keys.put(p.getKey(), "string");
        }
      }
    }
  }

  @Override
  public void begin(Graph.PropertySchema schema) throws IOException {
    merge(nodeKeys, schema.nodes());
    merge(edgeKeys, schema.relationships());
    try {
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      x.writeCharacters("\n");
      key("labels", "node", "labels", "string");
      key("label", "edge", "label", "string");
      for (Map.Entry<String, String> k : nodeKeys.entrySet()) {
        key("n_" + k.getKey(), "node", k.getKey(), k.getValue());
      }
      for (Map.Entry<String, String> k : edgeKeys.entrySet()) {
        key("e_" + k.getKey(), "edge", k.getKey(), k.getValue());
      }
      x.writeStartElement("graph");
      x.writeAttribute("id", "netagraph");
      x.writeAttribute("edgedefault", "directed");
      x.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void key(String id, String forWhat, String name, String type) throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
    x.writeCharacters("\n");
  }

  @Override
  public void accept(GraphElement e) throws IOException {
    try {
      if (e instanceof GraphElement.NodeElement n) {
        x.writeStartElement("node");
        x.writeAttribute("id", "n" + n.id());
        data("labels", ":" + String.join(":", n.labels()));
        for (Map.Entry<String, Object> p : n.properties().entrySet()) {
          data("n_" + p.getKey(), text(p.getValue()));
        }
        x.writeEndElement();
        nodes++;
      } else if (e instanceof GraphElement.RelationshipElement r) {
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + r.id());
        x.writeAttribute("source", "n" + r.start());
        x.writeAttribute("target", "n" + r.end());
        data("label", r.type());
        for (Map.Entry<String, Object> p : r.properties().entrySet()) {
          data("e_" + p.getKey(), text(p.getValue()));
        }
        x.writeEndElement();
        relationships++;
      }
      x.writeCharacters("\n");
    } catch (XMLStreamException ex) {
      throw new IOException(ex);
    }
  }

  private void data(String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  static String text(Object v) throws IOException {
    if (v instanceof List<?>) {
      return Json.MAPPER.writeValueAsString(v);
    }
    return String.valueOf(v);
  }

  @Override
  public void end() throws IOException {
    try {
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  public String summary() {
    return nodes + " nodes and " + relationships + " relationships";
  }
}
