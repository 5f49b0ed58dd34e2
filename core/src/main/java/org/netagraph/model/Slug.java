package org.netagraph.model;

import java.text.Normalizer;
import java.util.Locale;

/** Ids for nodes: lower-case ASCII words joined by hyphens. */
public final class Slug {
  private Slug() {}

  /** {@code "V. Swamy"} becomes {@code "v-swamy"}; non-Latin letters are kept. */
  public static String of(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    String s =
        folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    if (s.isEmpty()) {
      throw new IllegalArgumentException("cannot make an id from '" + name + "'");
    }
    return s;
  }
}
