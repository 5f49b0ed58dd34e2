package org.netagraph.extract.rules;

import java.util.Set;

/**
 * A step of extraction that reads rules: the verbs its rules may use, the names it binds before
 * matching (the office asked about), the first of which is the anchor for {@code choose nearest},
 * and the words its verbs take besides captures.
 *
 * @param name the family
 * @param verbs the verbs its actions may use
 * @param bound names bound before matching, anchor first
 * @param words words the actions may take besides captures ({@code FORMER}, {@code ALL})
 * @param within its rules say how many sentences back they reach
 */
public record Family(
    String name,
    Set<String> verbs,
    java.util.List<String> bound,
    Set<String> words,
    boolean within) {
  public Family {
    verbs = Set.copyOf(verbs);
    bound = java.util.List.copyOf(bound);
    words = Set.copyOf(words);
  }
}
