package org.netagraph.export;

import java.util.List;
import java.util.Map;

/** Small helpers shared by the exporters: captions, colours, type names. */
final class Values {
  private Values() {}

  /** The Browser style's caption property per label (cypher/style.grass). */
  static final Map<String, String> CAPTION =
      Map.of(
          "Person", "name", "Office", "title", "State", "name", "Party", "name", "Article", "date");

  /** The Browser style's colour per label (cypher/style.grass). */
  static final Map<String, String> COLOUR =
      Map.of(
          "Person", "#4C8EDA", "Office", "#F79767", "State", "#57C7E3", "Party", "#F16667",
          "Article", "#D9C8AE");

  static String label(List<String> labels) {
    return labels.isEmpty() ? "Node" : labels.get(0);
  }

  static String caption(List<String> labels, Map<String, Object> props, String fallback) {
    Object v = props.get(CAPTION.getOrDefault(label(labels), "name"));
    if (v == null) {
      v = props.get("id");
    }
    return v == null ? fallback : String.valueOf(v);
  }
}
