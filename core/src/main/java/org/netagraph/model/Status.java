package org.netagraph.model;

import java.util.Locale;

/** Whether an office is held now or was held before. */
public enum Status {
  CURRENT,
  FORMER;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
