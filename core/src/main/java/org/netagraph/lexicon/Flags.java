package org.netagraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The {@code flags} column of a model file: per key (an office title, a portfolio), its flags. */
final class Flags {
  private final Set<String> allowed;
  private final Map<String, Set<String>> byKey = new HashMap<>();

  Flags(Set<String> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  /** Reads column {@code column} of the row as the flags of {@code key}. */
  void read(ModelSource.Row r, int column, String key) {
    for (String flag : r.list(column)) {
      requireOneOf(r, "flag", allowed, flag);
      byKey.computeIfAbsent(key, k -> new HashSet<>()).add(flag);
    }
  }

  /** Fails the row unless {@code value} is one of {@code allowed}. */
  static void requireOneOf(ModelSource.Row r, String what, Set<String> allowed, String value) {
    if (!allowed.contains(value)) {
      throw r.error(what + " must be one of " + new TreeSet<>(allowed) + ", not '" + value + "'");
    }
  }

  boolean has(String key, String flag) {
    return byKey.getOrDefault(key, Set.of()).contains(flag);
  }
}
