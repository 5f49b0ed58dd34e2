package org.netagraph.model;

import java.util.Objects;

/**
 * An office: one node per distinct (title, state, party).
 *
 * @param title canonical English title ({@code Chief Minister}, {@code Health Minister})
 * @param stateId state id for state-level offices and state units of parties, else null
 * @param partyId party id for party posts, else null
 */
public record OfficeRef(String title, String stateId, String partyId) {
  public OfficeRef {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("blank office title");
    }
  }

  /** The node id: slug of title, then party, then state. */
  public String id() {
    StringBuilder b = new StringBuilder(Slug.of(title));
    if (partyId != null) {
      b.append("--").append(partyId);
    }
    if (stateId != null) {
      b.append("--").append(stateId);
    }
    return b.toString();
  }
}
