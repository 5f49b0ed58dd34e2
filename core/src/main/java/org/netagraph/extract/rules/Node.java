package org.netagraph.extract.rules;

import java.util.List;

/** A parsed pattern: what the matcher walks. Immutable. */
public sealed interface Node {
  /** Items one after the other. */
  record Seq(List<Node> items) implements Node {
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** The first option that leads to a match, in order. */
  record Alt(List<Node> options) implements Node {
    public Alt {
      options = List.copyOf(options);
    }
  }

  /** How a repetition chooses: as many as it can, as few, or as many and never gives back. */
  enum Mode {
    GREEDY,
    LAZY,
    POSSESSIVE
  }

  /** {@code body} repeated {@code min} to {@code max} times. */
  record Repeat(Node body, int min, int max, Mode mode) implements Node {}

  /** What {@code body} matched is kept under {@code name} (a mention if it matched one). */
  record Capture(String name, Node body) implements Node {}

  /** One token passing a test. */
  record Tok(TokenTest test) implements Node {}

  /** A mention of a layer starting here, passing the filters; it is consumed whole. */
  record Layer(String layer, List<Filter> filters) implements Node {
    public Layer {
      filters = List.copyOf(filters);
    }
  }

  /** Exactly the span kept under {@code name} (a capture of this match or a bound one). */
  record Ref(String name) implements Node {}

  /** Zero-width: {@code body} matches here ({@code negate}: does not). */
  record Look(Node body, boolean negate) implements Node {}

  /** Zero-width: the sentence starts ({@code start}) or ends here. */
  record Edge(boolean start) implements Node {}

  /** Zero-width: a named predicate of the extraction code holds here. */
  record Call(String name, List<String> args) implements Node {
    public Call {
      args = List.copyOf(args);
    }
  }
}
