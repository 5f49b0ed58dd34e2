package org.netagraph.extract.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.netagraph.model.Mention;

/**
 * What a match kept, by name: spans of tokens, each with the mention it matched if it matched one.
 * A name captured inside a repetition keeps every span, in order. Bound names are given before
 * matching (the office a rule is asked about, the discourse's subject) and are never rebound.
 * Immutable: each capture makes a new object sharing the old ones.
 */
public final class Captures {
  /** One captured span. */
  public record Span(String name, int start, int end, Mention mention) {}

  private static final Captures EMPTY = new Captures(Map.of(), null, null);

  private final Map<String, List<Span>> bound;
  private final Span head;
  private final Captures tail;

  private Captures(Map<String, List<Span>> bound, Span head, Captures tail) {
    this.bound = bound;
    this.head = head;
    this.tail = tail;
  }

  public static Captures empty() {
    return EMPTY;
  }

  /** Captures with these names bound; a bound span with a mention stands for that mention. */
  public static Captures bound(Map<String, Span> bound) {
    Map<String, List<Span>> b = new java.util.HashMap<>();
    bound.forEach((k, v) -> b.put(k, List.of(v)));
    return new Captures(Map.copyOf(b), null, null);
  }

  /** The span bound to a mention, under a name. */
  public static Span of(String name, Mention m) {
    return new Span(name, m.start(), m.end(), m);
  }

  Captures with(Span s) {
    return new Captures(bound, s, this);
  }

  /** These captures and those of {@code other}'s match, all bound (for a rule's conditions). */
  Captures bindAll() {
    Map<String, List<Span>> b = new java.util.HashMap<>(bound);
    for (Captures c = this; c != null && c.head != null; c = c.tail) {
      if (!bound.containsKey(c.head.name()) && !b.containsKey(c.head.name())) {
        b.put(c.head.name(), List.copyOf(all(c.head.name())));
      }
    }
    return new Captures(Map.copyOf(b), null, null);
  }

  boolean isBound(String name) {
    return bound.containsKey(name);
  }

  /** The last span kept under the name (a bound one if bound), or null. */
  public Span get(String name) {
    List<Span> b = bound.get(name);
    if (b != null) {
      return b.get(b.size() - 1);
    }
    for (Captures c = this; c != null && c.head != null; c = c.tail) {
      if (c.head.name().equals(name)) {
        return c.head;
      }
    }
    return null;
  }

  /** Every span kept under the name, in the order matched (the bound ones if bound). */
  public List<Span> all(String name) {
    List<Span> b = bound.get(name);
    if (b != null) {
      return b;
    }
    List<Span> out = new ArrayList<>();
    for (Captures c = this; c != null && c.head != null; c = c.tail) {
      if (c.head.name().equals(name)) {
        out.add(c.head);
      }
    }
    Collections.reverse(out);
    return out;
  }

  /** The mention kept under the name, or null. */
  public Mention mention(String name) {
    Span s = get(name);
    return s == null ? null : s.mention();
  }
}
