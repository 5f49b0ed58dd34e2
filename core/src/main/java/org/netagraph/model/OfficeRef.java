package org.netagraph.model;

import java.util.Objects;

/**
 * An office: one node per distinct (title, state, party, country).
 *
 * @param title canonical English title ({@code Chief Minister}, {@code Health Minister})
 * @param stateId state id for state-level offices and state units of parties, else null
 * @param partyId party id for party posts, else null
 * @param countryId the country of a foreign office ({@code united-kingdom}), null for India's
 */
public record OfficeRef(String title, String stateId, String partyId, String countryId) {
  /** The country id of India, whose offices carry no country. */
  public static final String INDIA = "india";

  public OfficeRef {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("blank office title");
    }
    if (INDIA.equals(countryId)) {
      countryId = null;
    }
    if (countryId != null && stateId != null) {
      throw new IllegalArgumentException(
          "office '" + title + "' of " + countryId + " cannot be of the state " + stateId);
    }
  }

  /** An Indian office. */
  public OfficeRef(String title, String stateId, String partyId) {
    this(title, stateId, partyId, null);
  }

  /**
   * The office of that title in another country: {@code President of India} becomes {@code
   * President} there.
   */
  public static OfficeRef abroad(String title, String countryId) {
    String t = title.endsWith(" of India") ? title.substring(0, title.length() - 9) : title;
    return new OfficeRef(t, null, null, countryId);
  }

  /** The node id: slug of title, then party, then state, then country. */
  public String id() {
    StringBuilder b = new StringBuilder(Slug.of(title));
    if (partyId != null) {
      b.append("--").append(partyId);
    }
    if (stateId != null) {
      b.append("--").append(stateId);
    }
    if (countryId != null) {
      b.append("--").append(countryId);
    }
    return b.toString();
  }
}
