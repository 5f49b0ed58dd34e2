package org.netagraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.PersonEntity;

/**
 * The JSON form of one article's facts, as {@code netagraph extract} prints it and the Neo4j
 * plugin's {@code netagraph.extract} yields it (persons, holds and met as lists of maps).
 */
public final class FactsJson {
  private FactsJson() {}

  public static Map<String, Object> of(ArticleFacts f) {
    Map<String, String> names = new HashMap<>();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("article", f.article().id());
    out.put("path", f.article().path());
    out.put("date", f.article().date());
    out.put("place", f.article().place());
    // only where known: a .txt article has none, and its output stays as it was
    putIf(out, "title", f.article().title());
    putIf(out, "url", f.article().url());
    putIf(out, "source", f.article().source());
    List<Object> persons = new ArrayList<>();
    for (PersonEntity p : f.persons()) {
      names.put(p.key(), p.name());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", p.id());
      m.put("name", p.name());
      m.put("aliases", p.aliases());
      m.put("key", p.key());
      persons.add(m);
    }
    out.put("persons", persons);
    out.put("states", f.stateIds());
    out.put("parties", f.partyIds());
    List<Object> holds = new ArrayList<>();
    for (Holds h : f.holds()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("person", names.getOrDefault(h.personKey(), h.personKey()));
      m.put("title", h.office().title());
      m.put("state", h.office().stateId());
      m.put("party", h.office().partyId());
      if (h.office().countryId() != null) {
        m.put("country", h.office().countryId());
      }
      m.put("status", h.status().value());
      m.put("evidence", h.evidence().sentence());
      m.put("rule", h.rule());
      holds.add(m);
    }
    out.put("holds", holds);
    List<Object> met = new ArrayList<>();
    for (Met x : f.met()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("a", names.getOrDefault(x.a(), x.a()));
      m.put("b", names.getOrDefault(x.b(), x.b()));
      m.put("evidence", x.evidence().sentence());
      m.put("rule", x.rule());
      met.add(m);
    }
    out.put("met", met);
    return out;
  }

  private static void putIf(Map<String, Object> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
