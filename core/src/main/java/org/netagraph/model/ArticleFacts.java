package org.netagraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What one article contributes to the graph.
 *
 * @param article the article
 * @param persons the persons it names, resolved
 * @param stateIds the states it mentions
 * @param partyIds the parties it mentions
 * @param holds offices held, one per (person, office, status)
 * @param met meetings, one per pair
 */
public record ArticleFacts(
    Article article,
    List<PersonEntity> persons,
    List<String> stateIds,
    List<String> partyIds,
    List<Holds> holds,
    List<Met> met) {
  public ArticleFacts {
    Objects.requireNonNull(article, "article");
    persons = List.copyOf(persons);
    stateIds = List.copyOf(stateIds);
    partyIds = List.copyOf(partyIds);
    holds = List.copyOf(holds);
    met = List.copyOf(met);
  }
}
