package org.netagraph.model;

import java.util.Objects;

/**
 * A person holds (or held) an office. {@code personKey} is a {@link PersonEntity#key()}; {@code
 * rule} the id of the rule that read it ({@code models/rules/}).
 */
public record Holds(
    String personKey, OfficeRef office, Status status, Evidence evidence, String rule) {
  public Holds {
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("HOLDS of " + personKey + " without a rule id");
    }
  }

  /** The same fact of another office (a foreign one, once the holder's country is known). */
  public Holds withOffice(OfficeRef other) {
    return new Holds(personKey, other, status, evidence, rule);
  }
}
