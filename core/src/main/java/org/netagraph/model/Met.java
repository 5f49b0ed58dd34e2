package org.netagraph.model;

import java.util.Objects;

/**
 * Two persons met; {@code a} sorts before {@code b} (person keys), so each pair has one form.
 * {@code rule} is the id of the rule that read it ({@code models/rules/}).
 */
public record Met(String a, String b, Evidence evidence, String rule) {
  public Met {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("MET pair not ordered or reflexive: " + a + ", " + b);
    }
    if (rule.isBlank()) {
      throw new IllegalArgumentException("MET of " + a + " and " + b + " without a rule id");
    }
  }

  /** The pair in canonical order. */
  public static Met of(String x, String y, Evidence evidence, String rule) {
    return x.compareTo(y) < 0 ? new Met(x, y, evidence, rule) : new Met(y, x, evidence, rule);
  }
}
