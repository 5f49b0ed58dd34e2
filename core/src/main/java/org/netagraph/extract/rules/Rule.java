package org.netagraph.extract.rules;

import java.util.List;

/**
 * One rule of a rule file.
 *
 * @param id its id, unique over all rule files; facts it gives carry it
 * @param family what reads it (the extraction step): {@code holder}, {@code host}, {@code met}, ...
 * @param priority lower first, where its family takes the first rule that matches
 * @param choose where the match is looked for first
 * @param pattern the token pattern, or null for a rule of conditions only
 * @param captured the names its pattern captures
 * @param conditions {@code when} and {@code unless} patterns, all of which must hold
 * @param formerWhen patterns that all must be found for the fact to be a former one (none: never)
 * @param within for rules about an earlier sentence: at most this many sentences back (0: none)
 * @param action what a match means
 * @param examples sentences with the facts they must give
 * @param file the rule file
 * @param line the line of {@code rule}
 */
public record Rule(
    String id,
    String family,
    int priority,
    Choose choose,
    Node pattern,
    List<String> captured,
    List<Condition> conditions,
    List<Node> formerWhen,
    int within,
    Action action,
    List<Example> examples,
    String file,
    int line) {
  public Rule {
    captured = List.copyOf(captured);
    conditions = List.copyOf(conditions);
    formerWhen = List.copyOf(formerWhen);
    examples = List.copyOf(examples);
  }

  /** Where a rule's match is looked for first. */
  public enum Choose {
    /** From the sentence's start: the first match. */
    FIRST,
    /** From the family's anchor (the office asked about) leftwards: the nearest match. */
    NEAREST
  }

  /** A {@code when} (must be found) or {@code unless} (must not) pattern. */
  public record Condition(boolean unless, Node pattern) {}

  /** The action: a verb of the family and its arguments (captures or words of the verb). */
  public record Action(String verb, List<String> args) {
    public Action {
      args = List.copyOf(args);
    }

    /** The argument at {@code i}, or null. */
    public String arg(int i) {
      return i < args.size() ? args.get(i) : null;
    }

    /** The action names this word among its arguments ({@code FORMER}, {@code CURRENT}). */
    public boolean says(String word) {
      return args.contains(word);
    }
  }

  /**
   * An {@code example} line: a text (people in square brackets), the article's state if given
   * ({@code {state=id}}), and the facts it must give, as written after {@code =>}.
   */
  public record Example(String text, String state, String facts, String file, int line) {}

  /** {@code file:line} of the rule. */
  public String where() {
    return file + ":" + line;
  }
}
