package org.netagraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.PersonEntity;

/**
 * Writes the facts of a batch of articles in one transaction (so an article's facts commit
 * together or not at all, and a failed batch leaves nothing behind), with {@code UNWIND ... MERGE}
 * statements from {@code cypher/load/}.
 *
 * <p>Idempotent: an article already loaded with the same content digest is skipped; one loaded
 * with other content first has its old contribution removed (its evidence entries, the facts only
 * it supported, persons only it mentioned), then is written anew. The transaction is retried by
 * the driver on transient failures; the work re-reads what is loaded each time, so a retry does
 * the same thing.
 */
public final class GraphWriter {
  private final Graph graph;
  private final Lexicon lexicon;

  public GraphWriter(Graph graph, Lexicon lexicon) {
    this.graph = graph;
    this.lexicon = lexicon;
  }

  /** What one batch did. */
  public record BatchResult(int written, int unchanged, int replaced, int holds, int met) {}

  /** Creates or updates the 36 State nodes from the lexicon. */
  public void writeStates() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Lexicon.State s : lexicon.states().values()) {
      rows.add(Map.of("id", s.id(), "name", s.name(), "nameHi", s.nameHi(), "kind", s.kind()));
    }
    graph.write(tx -> run(tx, "load/states.cypher", Map.of("rows", rows)));
  }

  public BatchResult write(List<ArticleFacts> batch) {
    return graph.write(tx -> writeIn(tx, batch));
  }

  private BatchResult writeIn(Graph.Tx tx, List<ArticleFacts> batch) {
    Map<String, ArticleFacts> byId = new LinkedHashMap<>();
    for (ArticleFacts f : batch) {
      byId.put(f.article().id(), f); // a later file with the same id wins within a batch
    }
    Map<String, String> existing = new HashMap<>();
    for (Map<String, Object> row : run(tx, "load/existing-articles.cypher", Map.of("ids", new ArrayList<>(byId.keySet())))) {
      existing.put((String) row.get("id"), (String) row.get("sha256"));
    }
    List<ArticleFacts> todo = new ArrayList<>();
    int unchanged = 0;
    int replaced = 0;
    Set<String> touched = new LinkedHashSet<>();
    for (ArticleFacts f : byId.values()) {
      String old = existing.get(f.article().id());
      if (f.article().sha256().equals(old)) {
        unchanged++;
        continue;
      }
      if (old != null) {
        replaced++;
        touched.addAll(forget(tx, f.article().id()));
      }
      todo.add(f);
    }
    if (todo.isEmpty()) {
      if (!touched.isEmpty()) {
        prune(tx, touched);
      }
      return new BatchResult(0, unchanged, replaced, 0, 0);
    }
    List<Map<String, Object>> articles = new ArrayList<>();
    List<Map<String, Object>> persons = new ArrayList<>();
    Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
    List<Map<String, Object>> stateMentions = new ArrayList<>();
    List<Map<String, Object>> partyMentions = new ArrayList<>();
    List<Map<String, Object>> holds = new ArrayList<>();
    List<Map<String, Object>> met = new ArrayList<>();
    Map<String, String> idOfKey = new HashMap<>();
    Set<String> usedIds = new HashSet<>();
    for (ArticleFacts f : todo) {
      Article a = f.article();
      Map<String, Object> ar = new HashMap<>();
      ar.put("id", a.id());
      ar.put("path", a.path());
      ar.put("date", a.date());
      ar.put("place", a.place());
      ar.put("sha256", a.sha256());
      articles.add(ar);
      for (PersonEntity p : f.persons()) {
        String id = idOfKey.computeIfAbsent(p.key(), k -> {
          String base = p.id();
          return usedIds.add(base) ? base : base + "-" + k;
        });
        Map<String, Object> pr = new HashMap<>();
        pr.put("key", p.key());
        pr.put("id", id);
        pr.put("name", p.name());
        pr.put("rank", p.nameSource().rank());
        List<String> al = new ArrayList<>(p.aliases());
        al.add(p.name());
        pr.put("aliases", al);
        pr.put("article", a.id());
        persons.add(pr);
        touched.add(p.key());
      }
      for (String s : f.stateIds()) {
        stateMentions.add(Map.of("article", a.id(), "target", s));
      }
      for (String pid : f.partyIds()) {
        partyRow(parties, pid);
        partyMentions.add(Map.of("article", a.id(), "target", pid));
      }
      for (Holds h : f.holds()) {
        Map<String, Object> hr = new HashMap<>();
        hr.put("person", h.personKey());
        hr.put("office", h.office().id());
        hr.put("title", h.office().title());
        hr.put("stateId", h.office().stateId());
        hr.put("partyId", h.office().partyId());
        hr.put("stateName", h.office().stateId() == null ? null : lexicon.stateName(h.office().stateId()));
        hr.put("partyName", h.office().partyId() == null ? null : lexicon.partyName(h.office().partyId()));
        hr.put("status", h.status().value());
        hr.put("article", a.id());
        hr.put("evidence", h.evidence().sentence());
        hr.put("date", a.date() == null ? "" : a.date());
        holds.add(hr);
        if (h.office().partyId() != null) {
          partyRow(parties, h.office().partyId());
        }
      }
      for (Met m : f.met()) {
        Map<String, Object> mr = new HashMap<>();
        mr.put("a", m.a());
        mr.put("b", m.b());
        mr.put("article", a.id());
        mr.put("evidence", m.evidence().sentence());
        mr.put("date", a.date() == null ? "" : a.date());
        met.add(mr);
      }
    }
    run(tx, "load/articles.cypher", Map.of("rows", articles));
    run(tx, "load/parties.cypher", Map.of("rows", new ArrayList<>(parties.values())));
    run(tx, "load/persons.cypher", Map.of("rows", persons));
    run(tx, "load/mentions-states.cypher", Map.of("rows", stateMentions));
    run(tx, "load/mentions-parties.cypher", Map.of("rows", partyMentions));
    run(tx, "load/holds.cypher", Map.of("rows", holds));
    run(tx, "load/met.cypher", Map.of("rows", met));
    run(tx, "load/aliases.cypher", Map.of("keys", new ArrayList<>(touched)));
    if (replaced > 0) {
      prune(tx, touched);
    }
    return new BatchResult(todo.size(), unchanged, replaced, holds.size(), met.size());
  }

  private List<String> forget(Graph.Tx tx, String articleId) {
    Map<String, Object> p = Map.of("id", articleId);
    run(tx, "load/forget-holds.cypher", p);
    run(tx, "load/forget-met.cypher", p);
    List<Map<String, Object>> rows = run(tx, "load/forget-mentions.cypher", p);
    List<String> keys = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      for (Object k : (List<?>) r.get("keys")) {
        if (k != null) {
          keys.add((String) k);
        }
      }
    }
    return keys;
  }

  private void prune(Graph.Tx tx, Set<String> keys) {
    run(tx, "load/aliases.cypher", Map.of("keys", new ArrayList<>(keys)));
    run(tx, "load/prune.cypher", Map.of("keys", new ArrayList<>(keys)));
  }

  /** Milliseconds per statement file, summed, when the system property {@code netagraph.writer.timings} is set (for the bench). */
  public static final Map<String, Long> TIMINGS = new java.util.concurrent.ConcurrentSkipListMap<>();
  private static final boolean TIMED = Boolean.getBoolean("netagraph.writer.timings");

  private static List<Map<String, Object>> run(Graph.Tx tx, String file, Map<String, Object> params) {
    if (!TIMED) {
      return tx.run(CypherFiles.statement(file), params);
    }
    long t0 = System.nanoTime();
    try {
      return tx.run(CypherFiles.statement(file), params);
    } finally {
      TIMINGS.merge(file, (System.nanoTime() - t0) / 1_000_000, Long::sum);
    }
  }

  private void partyRow(Map<String, Map<String, Object>> parties, String pid) {
    Lexicon.Party p = lexicon.party(pid);
    Map<String, Object> row = new HashMap<>();
    row.put("id", pid);
    row.put("name", p == null ? pid : p.name());
    row.put("aliases", p == null ? List.of() : p.aliases());
    parties.putIfAbsent(pid, row);
  }


}
