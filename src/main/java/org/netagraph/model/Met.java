package org.netagraph.model;

import java.util.Objects;

/** Two persons met; {@code a} sorts before {@code b} (person keys), so each pair has one form. */
public record Met(String a, String b, Evidence evidence) {
  public Met {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(evidence, "evidence");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("MET pair not ordered or reflexive: " + a + ", " + b);
    }
  }

  /** The pair in canonical order. */
  public static Met of(String x, String y, Evidence evidence) {
    return x.compareTo(y) < 0 ? new Met(x, y, evidence) : new Met(y, x, evidence);
  }
}
