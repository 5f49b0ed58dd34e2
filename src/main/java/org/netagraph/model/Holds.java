package org.netagraph.model;

import java.util.Objects;

/** A person holds (or held) an office. {@code personKey} is a {@link PersonEntity#key()}. */
public record Holds(String personKey, OfficeRef office, Status status, Evidence evidence) {
  public Holds {
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
  }
}
