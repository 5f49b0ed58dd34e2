package org.netagraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One article's contribution to one node or relationship of the graph, as an executor emits it;
 * pieces of the same {@link #kind} and {@link #key} are merged by {@link #merge} into the row the
 * job writes. {@code ord} is the article's place in input order (file, then record), which decides
 * every "first" and "in load order" of the graph contract, whatever the partitioning.
 */
final class Piece implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a piece describes; the name is also the prefix of its grouping key. */
  enum Kind {
    ARTICLE,
    PERSON,
    PARTY,
    OFFICE,
    MENTION_PERSON,
    MENTION_STATE,
    MENTION_PARTY,
    HOLDS,
    MET
  }

  /** One article's evidence for a fact. */
  record Evidence(long ord, String article, String sentence, String date, String rule)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  final Kind kind;
  final String key;
  final long ord;

  /** Kind-specific values (see the emitters in {@link Extraction}); the lowest ord's are kept. */
  final String[] values;

  /** A person's name rank (1 to 3); the best wins, the first of equals. */
  final int rank;

  /** Aliases (party, mention) or nothing. */
  final List<String> aliases;

  /** Evidence of a fact, one entry per article, sorted by ord after merging. */
  final List<Evidence> evidence;

  Piece(
      Kind kind,
      String key,
      long ord,
      String[] values,
      int rank,
      List<String> aliases,
      List<Evidence> evidence) {
    this.kind = kind;
    this.key = key;
    this.ord = ord;
    this.values = values;
    this.rank = rank;
    this.aliases = aliases == null ? List.of() : new ArrayList<>(aliases);
    this.evidence = evidence == null ? List.of() : new ArrayList<>(evidence);
  }

  String groupKey() {
    return kind.name() + "\u0000" + key;
  }

  /**
   * Two pieces of one node or fact as one: values of the earlier article; a person's name of the
   * best source, of the earlier article among equals (persons.cypher); a fact's evidence of both,
   * in input order, an article once (EvidenceLists keeps an article's first).
   */
  static Piece merge(Piece x, Piece y) {
    Piece first = x.ord <= y.ord ? x : y;
    Piece second = first == x ? y : x;
    if (first.kind == Kind.PERSON) {
      // values: id (the first article's), name, the ord of the article that gave the name
      long xo = Long.parseLong(first.values[2]);
      long yo = Long.parseLong(second.values[2]);
      boolean secondNames = second.rank > first.rank || (second.rank == first.rank && yo < xo);
      Piece named = secondNames ? second : first;
      String[] v = {first.values[0], named.values[1], named.values[2]};
      return new Piece(first.kind, first.key, first.ord, v, named.rank, List.of(), List.of());
    }
    if (first.kind == Kind.HOLDS || first.kind == Kind.MET) {
      List<Evidence> all = new ArrayList<>(first.evidence);
      all.addAll(second.evidence);
      all.sort(Comparator.comparingLong(Evidence::ord));
      List<Evidence> once = new ArrayList<>();
      for (Evidence e : all) {
        if (once.isEmpty() || !once.get(once.size() - 1).article().equals(e.article())) {
          once.add(e);
        }
      }
      return new Piece(first.kind, first.key, first.ord, first.values, 0, List.of(), once);
    }
    return first;
  }
}
