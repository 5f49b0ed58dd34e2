package org.netagraph.write;

import java.util.HashMap;
import java.util.Map;
import org.netagraph.model.Article;

/**
 * The properties of an {@code Article} node, as {@code cypher/load/articles.cypher} sets them and a
 * bulk import writes them: one place, so both loads keep the same ones.
 */
public final class ArticleProperties {
  private ArticleProperties() {}

  /**
   * {@code id, path, date, place, sha256, title, url, source}; an absent value is null (setting it
   * removes the property).
   */
  public static Map<String, Object> of(Article a) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", a.id());
    m.put("path", a.path());
    m.put("date", a.date());
    m.put("place", a.place());
    m.put("sha256", a.sha256());
    m.put("title", a.title());
    m.put("url", a.url());
    m.put("source", a.source());
    return m;
  }
}
