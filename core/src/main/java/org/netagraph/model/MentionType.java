package org.netagraph.model;

/** What a span of tokens names or signals. */
public enum MentionType {
  PERSON,
  STATE,
  CITY,
  /** A country other than the article's own (India): scopes foreign offices. */
  COUNTRY,
  PARTY,
  OFFICE,
  PORTFOLIO,
  HONORIFIC,
  CUE,
  ORGANIZATION,
  LOCATION
}
