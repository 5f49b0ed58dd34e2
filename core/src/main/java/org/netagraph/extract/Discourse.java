package org.netagraph.extract;

import java.util.List;
import java.util.Set;
import org.netagraph.model.Mention;

/**
 * What the sentences read so far tell the next one, for the rules of {@code discourse.rules}: the
 * last meeting (its host, the sentence it was in, everyone at it, the plural titles it was held
 * with: कलेक्टरों के साथ), those who arrived somewhere in the sentence before, and who the last
 * sentence with a subject was about. Immutable: each sentence makes a new one.
 *
 * @param host the last meeting's host, or null
 * @param hostAt the sentence of that meeting
 * @param party everyone at it: the host and those it met
 * @param groupTitles the plural titles it was held with
 * @param arrived the people who arrived somewhere in the sentence before
 * @param subject who the last sentence with a subject was about, or null
 * @param subjectAt that sentence
 */
record Discourse(
    String host,
    int hostAt,
    Set<String> party,
    Set<String> groupTitles,
    List<Mention> arrived,
    String subject,
    int subjectAt) {
  /** Before the first sentence. */
  static final Discourse START = new Discourse(null, -10, Set.of(), Set.of(), List.of(), null, -10);

  Discourse {
    party = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(party));
    groupTitles = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(groupTitles));
    arrived = List.copyOf(arrived);
  }

  /** A meeting at sentence {@code at}. */
  Discourse meeting(String h, int at, Set<String> everyone, Set<String> titles) {
    return new Discourse(h, at, everyone, titles, arrived, subject, subjectAt);
  }

  /** Those who arrived somewhere in this sentence (none: an empty list). */
  Discourse arrivals(List<Mention> who) {
    return new Discourse(host, hostAt, party, groupTitles, who, subject, subjectAt);
  }

  /** The sentence {@code at} is about {@code who}. */
  Discourse about(String who, int at) {
    return new Discourse(host, hostAt, party, groupTitles, arrived, who, at);
  }

  /** A meeting was read at most {@code n} sentences before sentence {@code si}. */
  boolean meetingWithin(int si, int n) {
    return host != null && si - hostAt <= n;
  }

  /** The subject was read in the sentence before {@code si} (or in it). */
  boolean subjectJustBefore(int si) {
    return subject != null && si - subjectAt <= 1;
  }
}
