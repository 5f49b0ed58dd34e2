package org.netagraph.model;

/** The writing system of a token or a run of text. */
public enum Script {
  DEVANAGARI,
  LATIN,
  DIGIT,
  PUNCT,
  OTHER
}
