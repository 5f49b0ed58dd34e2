package org.netagraph.write;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence of one HOLDS or MET, one entry per article in load order: the lists the graph stores
 * as {@code articles}, {@code evidence}, {@code dates} and {@code rules} (the id of the rule that
 * read the fact in that article). Shared by the batch writer and the bulk loader so both keep an
 * article's first sentence and the same latest date.
 */
public class EvidenceLists {
  public final List<String> articles = new ArrayList<>();
  public final List<String> evidence = new ArrayList<>();
  public final List<String> dates = new ArrayList<>();
  public final List<String> rules = new ArrayList<>();

  /**
   * Articles arrive one after the other, so "already has this article" is "ends with it"; its first
   * evidence counts.
   */
  public void add(String article, String sentence, String date, String rule) {
    if (articles.isEmpty() || !articles.get(articles.size() - 1).equals(article)) {
      articles.add(article);
      evidence.add(sentence);
      dates.add(date);
      rules.add(rule);
    }
  }

  /** The latest date of the evidence, null when none has one (as holds.cypher sets it). */
  public String latestDate() {
    String m = "";
    for (String d : dates) {
      if (d.compareTo(m) > 0) {
        m = d;
      }
    }
    return m.isEmpty() ? null : m;
  }
}
