package org.netagraph.model;

/** What a span of tokens names or signals. */
public enum MentionType {
  PERSON,
  STATE,
  CITY,
  PARTY,
  OFFICE,
  PORTFOLIO,
  HONORIFIC,
  CUE,
  ORGANIZATION,
  LOCATION
}
