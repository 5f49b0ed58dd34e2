package org.netagraph.write;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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

/**
 * Writes the facts of a batch of articles in one transaction (so an article's facts commit together
 * or not at all, and a failed batch leaves nothing behind), with {@code UNWIND ... MERGE}
 * statements from {@code cypher/load/}.
 *
 * <p>Idempotent: an article already loaded with the same content digest is skipped; one loaded with
 * other content first has its old contribution removed (its evidence entries, the facts only it
 * supported, persons only it mentioned), then is written anew. The transaction is retried by the
 * driver on transient failures; the work re-reads what is loaded each time, so a retry does the
 * same thing.
 *
 * <p>Fast at scale: the batch is grouped here before it is sent, so every person, office and fact
 * is touched once per batch whatever the number of articles naming it (a popular fact's evidence
 * lists are rewritten once per batch, not once per article), and a person's aliases are updated
 * from the batch's surface forms instead of being recomputed from all its mentions (the full
 * recomputation is kept for replaced articles and for persons whose name changed). The graph is the
 * one the row-at-a-time rules make; {@code load/BulkLoad} follows the same rules.
 *
 * <p>Few index seeks: each article, person, party and office is found by its key once per batch, by
 * the statement that merges it, which returns its element id; the statements after it in the same
 * transaction find it by that id. MENTIONS of an article that this transaction made (or emptied,
 * when replacing it) are CREATEd rather than merged; aliases are only rewritten for persons that
 * got a surface form they did not have.
 */
public final class GraphWriter {
  private final WriteTransactions graph;
  private final Lexicon lexicon;

  /**
   * A writer over {@code graph}'s transactions; {@code graph} may be null for a writer that is only
   * given open transactions ({@link #write(CypherTx, List)}, {@link #writeStates(CypherTx)}).
   */
  public GraphWriter(WriteTransactions graph, Lexicon lexicon) {
    this.graph = graph;
    this.lexicon = lexicon;
  }

  /** What one batch did. */
  public record BatchResult(
      int written, int unchanged, int replaced, int holds, int met, List<String> notices) {
    public BatchResult {
      notices = List.copyOf(notices);
    }
  }

  /** Creates or updates the 36 State nodes from the lexicon. */
  public void writeStates() {
    graph.write(
        tx -> {
          writeStates(tx);
          return null;
        });
  }

  /** Creates or updates the State nodes inside an open transaction. */
  public void writeStates(CypherTx tx) {
    run(tx, "load/states.cypher", Map.of("rows", stateRows()));
  }

  /**
   * Creates or updates the State nodes inside an open transaction when the stored ones differ from
   * the lexicon's, and only then: for a writer called once per article (the Neo4j plugin), so that
   * concurrent calls do not all lock the same 36 nodes. Returns whether it wrote.
   */
  public boolean writeStatesIfChanged(CypherTx tx) {
    List<Map<String, Object>> rows = stateRows();
    Set<Map<String, Object>> stored = new HashSet<>(run(tx, "load/stored-states.cypher", Map.of()));
    if (stored.containsAll(rows)) {
      return false;
    }
    run(tx, "load/states.cypher", Map.of("rows", rows));
    return true;
  }

  private List<Map<String, Object>> stateRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Lexicon.State s : lexicon.states().values()) {
      rows.add(Map.of("id", s.id(), "name", s.name(), "nameHi", s.nameHi(), "kind", s.kind()));
    }
    return rows;
  }

  /** Writes a batch in one transaction of its own. */
  public BatchResult write(List<ArticleFacts> batch) {
    return timed(TRANSACTION, () -> graph.write(tx -> write(tx, batch)));
  }

  /**
   * Writes a batch inside an open transaction (a procedure's), which the caller commits: what
   * {@link #write(List)} does in its own.
   */
  public BatchResult write(CypherTx tx, List<ArticleFacts> batch) {
    Map<String, ArticleFacts> byId = new LinkedHashMap<>();
    for (ArticleFacts f : batch) {
      byId.put(f.article().id(), f); // a later file with the same id wins within a batch
    }
    renameLegacy(tx, byId.values());
    Map<String, String> existing = new HashMap<>();
    List<String> notices = new ArrayList<>();
    for (Map<String, Object> row :
        run(tx, "load/existing-articles.cypher", Map.of("ids", new ArrayList<>(byId.keySet())))) {
      String id = (String) row.get("id");
      existing.put(id, (String) row.get("sha256"));
      ArticleFacts f = byId.get(id);
      Object oldPath = row.get("path");
      if (oldPath != null
          && !f.article().sha256().equals(row.get("sha256"))
          && !samePath(oldPath.toString(), f.article().path())) {
        notices.add(
            "article '"
                + id
                + "' from "
                + f.article().path()
                + " replaces the one loaded earlier from "
                + oldPath
                + " (same id, other file and content)");
      }
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
      return new BatchResult(0, unchanged, replaced, 0, 0, notices);
    }
    BatchRows rows = new BatchRows(lexicon, todo, touched);
    List<Map<String, Object>> articles = rows.articles;
    Map<String, Map<String, Object>> persons = rows.persons;
    Map<List<String>, List<String>> mentions = rows.mentions;
    Map<String, Set<String>> newAliases = rows.newAliases;
    Map<String, Map<String, Object>> parties = rows.parties;
    Set<List<String>> stateMentions = rows.stateMentions;
    Set<List<String>> partyMentions = rows.partyMentions;
    Map<String, Map<String, Object>> offices = rows.offices;
    Map<List<String>, BatchRows.Fact> holds = rows.holds;
    Map<List<String>, BatchRows.Fact> met = rows.met;
    int holdsRows = rows.holdsRows;
    int metRows = rows.metRows;
    // Each node is found once, by its key, in the statement that merges it; the statements after
    // it find it by the element id that statement returned (same transaction, so the id is sure).
    Set<String> emptied = new HashSet<>(); // replaced: forget() took all their MENTIONS away
    for (ArticleFacts f : todo) {
      if (existing.get(f.article().id()) != null) {
        emptied.add(f.article().id());
      }
    }
    Map<String, String> articleEid = new HashMap<>();
    Set<String> fresh = new HashSet<>(); // no MENTIONS in the store: CREATE them
    for (Map<String, Object> row : run(tx, "load/articles.cypher", Map.of("rows", articles))) {
      String id = (String) row.get("id");
      articleEid.put(id, (String) row.get("eid"));
      // made here: no digest before and not among the articles read at the start of the batch
      // (an article stored without a digest by another tool may have MENTIONS: merged)
      if ((Boolean.TRUE.equals(row.get("created")) && !existing.containsKey(id))
          || emptied.contains(id)) {
        fresh.add(id);
      }
    }
    Map<String, String> partyEid = new HashMap<>();
    if (!parties.isEmpty()) {
      for (Map<String, Object> row :
          run(tx, "load/parties.cypher", Map.of("rows", new ArrayList<>(parties.values())))) {
        partyEid.put((String) row.get("id"), (String) row.get("eid"));
      }
    }
    Set<String> renamed = new LinkedHashSet<>();
    Map<String, String> personEid = new HashMap<>();
    Set<String> newPersons = new HashSet<>(); // made by this transaction: no HOLDS or MET yet
    List<Map<String, Object>> aliasRows = new ArrayList<>();
    for (Map<String, Object> row :
        run(tx, "load/persons.cypher", Map.of("rows", new ArrayList<>(persons.values())))) {
      String key = (String) row.get("key");
      String eid = (String) row.get("eid");
      personEid.put(key, eid);
      if (Boolean.TRUE.equals(row.get("created"))) {
        newPersons.add(key);
      }
      if (Boolean.TRUE.equals(row.get("renamed"))) {
        renamed.add(key);
        continue;
      }
      // aliases-add only for persons the batch gave a surface form they do not have yet
      Set<String> forms = newAliases.get(key);
      if (forms == null) {
        continue;
      }
      Object name = row.get("name");
      List<?> stored = row.get("aliases") instanceof List<?> l ? l : List.of();
      for (String form : forms) {
        if (!form.equals(name) && !stored.contains(form)) {
          aliasRows.add(Map.of("p", eid, "aliases", new ArrayList<>(forms)));
          break;
        }
      }
    }
    // persons a batch's facts name without the batch mentioning them (not made by the writer's
    // own extraction, but possible): found by key, and left out when missing, as MATCH would
    Set<String> others = new LinkedHashSet<>();
    for (BatchRows.Fact h : holds.values()) {
      others.add((String) h.row.get("person"));
    }
    for (BatchRows.Fact m : met.values()) {
      others.add((String) m.row.get("a"));
      others.add((String) m.row.get("b"));
    }
    others.removeAll(personEid.keySet());
    if (!others.isEmpty()) {
      for (Map<String, Object> row :
          run(tx, "load/find-persons.cypher", Map.of("keys", new ArrayList<>(others)))) {
        personEid.put((String) row.get("key"), (String) row.get("eid"));
      }
    }
    Map<String, String> stateEid = new HashMap<>();
    Set<String> stateIds = new LinkedHashSet<>();
    for (List<String> sm : stateMentions) {
      stateIds.add(sm.get(1));
    }
    if (!stateIds.isEmpty()) {
      for (Map<String, Object> row :
          run(tx, "load/find-states.cypher", Map.of("ids", new ArrayList<>(stateIds)))) {
        stateEid.put((String) row.get("id"), (String) row.get("eid"));
      }
    }
    List<Map<String, Object>> created = new ArrayList<>();
    List<Map<String, Object>> merged = new ArrayList<>();
    for (Map.Entry<List<String>, List<String>> e : mentions.entrySet()) {
      String article = e.getKey().get(0);
      Map<String, Object> r = new HashMap<>();
      r.put("a", articleEid.get(article));
      r.put("t", personEid.get(e.getKey().get(1)));
      r.put("aliases", e.getValue());
      (fresh.contains(article) ? created : merged).add(r);
    }
    for (List<String> sm : stateMentions) {
      String t = stateEid.get(sm.get(1));
      if (t != null) {
        Map<String, Object> r = new HashMap<>();
        r.put("a", articleEid.get(sm.get(0)));
        r.put("t", t);
        (fresh.contains(sm.get(0)) ? created : merged).add(r);
      }
    }
    for (List<String> pm : partyMentions) {
      Map<String, Object> r = new HashMap<>();
      r.put("a", articleEid.get(pm.get(0)));
      r.put("t", partyEid.get(pm.get(1)));
      (fresh.contains(pm.get(0)) ? created : merged).add(r);
    }
    if (!created.isEmpty()) {
      run(tx, "load/mentions.cypher", Map.of("rows", created));
    }
    if (!merged.isEmpty()) {
      run(tx, "load/mentions-merge.cypher", Map.of("rows", merged));
    }
    List<Map<String, Object>> officeRows = new ArrayList<>();
    for (Map<String, Object> or : offices.values()) {
      for (Object k : (List<?>) or.get("persons")) {
        if (personEid.containsKey(k)) {
          officeRows.add(
              or); // an office whose holders are all unknown is not made (as no HOLDS would be)
          break;
        }
      }
    }
    Map<String, String> officeEid = new HashMap<>();
    if (!officeRows.isEmpty()) {
      for (Map<String, Object> row : run(tx, "load/offices.cypher", Map.of("rows", officeRows))) {
        officeEid.put((String) row.get("id"), (String) row.get("eid"));
      }
    }
    // facts of persons made by this transaction cannot exist yet: CREATEd, the others merged
    List<Map<String, Object>> holdRows = new ArrayList<>();
    List<Map<String, Object>> holdNew = new ArrayList<>();
    for (BatchRows.Fact h : holds.values()) {
      String key = (String) h.row.get("person");
      String p = personEid.get(key);
      String o = officeEid.get((String) h.row.get("office"));
      if (p != null && o != null) {
        Map<String, Object> r = h.toRow();
        r.put("p", p);
        r.put("o", o);
        if (newPersons.contains(key)) {
          r.put("date", h.latestDate());
          holdNew.add(r);
        } else {
          holdRows.add(r);
        }
      }
    }
    if (!holdNew.isEmpty()) {
      run(tx, "load/holds-create.cypher", Map.of("rows", holdNew));
    }
    if (!holdRows.isEmpty()) {
      run(tx, "load/holds.cypher", Map.of("rows", holdRows));
    }
    List<Map<String, Object>> metRowList = new ArrayList<>();
    List<Map<String, Object>> metNew = new ArrayList<>();
    for (BatchRows.Fact m : met.values()) {
      String ka = (String) m.row.get("a");
      String kb = (String) m.row.get("b");
      String a = personEid.get(ka);
      String b = personEid.get(kb);
      if (a != null && b != null) {
        Map<String, Object> r = m.toRow();
        r.put("a", a);
        r.put("b", b);
        (newPersons.contains(ka) || newPersons.contains(kb) ? metNew : metRowList).add(r);
      }
    }
    if (!metNew.isEmpty()) {
      run(tx, "load/met-create.cypher", Map.of("rows", metNew));
    }
    if (!metRowList.isEmpty()) {
      run(tx, "load/met.cypher", Map.of("rows", metRowList));
    }
    if (replaced > 0) {
      prune(
          tx, touched); // forgotten mentions took surface forms away: recompute aliases, then prune
    } else {
      if (!aliasRows.isEmpty()) {
        run(tx, "load/aliases-add.cypher", Map.of("rows", aliasRows));
      }
      if (!renamed.isEmpty()) {
        run(tx, "load/aliases.cypher", Map.of("keys", new ArrayList<>(renamed)));
      }
    }
    return new BatchResult(todo.size(), unchanged, replaced, holdsRows, metRows, notices);
  }

  private List<String> forget(CypherTx tx, String articleId) {
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

  private void prune(CypherTx tx, Set<String> keys) {
    run(tx, "load/aliases.cypher", Map.of("keys", new ArrayList<>(keys)));
    run(tx, "load/prune.cypher", Map.of("keys", new ArrayList<>(keys)));
  }

  /**
   * Milliseconds per statement file, summed, when the system property {@code
   * netagraph.writer.timings} is set (for the bench).
   */
  public static final Map<String, Long> TIMINGS =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  private static final boolean TIMED = Boolean.getBoolean("netagraph.writer.timings");

  /** The {@link #TIMINGS} key of whole write transactions, commit included. */
  public static final String TRANSACTION = "(transaction, with commit)";

  /**
   * Moves articles a store made before ids were paths (keyed by file name alone) to their path ids,
   * when the content is the same (rename-legacy-articles.cypher).
   */
  private static void renameLegacy(CypherTx tx, Collection<ArticleFacts> batch) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ArticleFacts f : batch) {
      Article a = f.article();
      int slash = a.id().lastIndexOf('/');
      if (slash >= 0) {
        rows.add(
            Map.of(
                "id", a.id(),
                "old", a.id().substring(slash + 1),
                "path", a.path(),
                "sha256", a.sha256()));
      }
    }
    if (!rows.isEmpty()) {
      run(tx, "load/rename-legacy-articles.cypher", Map.of("rows", rows));
    }
  }

  private static boolean samePath(String a, String b) {
    try {
      return Path.of(a)
          .toAbsolutePath()
          .normalize()
          .equals(Path.of(b).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return a.equals(b);
    }
  }

  private static List<Map<String, Object>> run(
      CypherTx tx, String file, Map<String, Object> params) {
    return timed(file, () -> tx.run(CypherFiles.statement(file), params));
  }

  /**
   * Runs {@code work}, adding its milliseconds to {@link #TIMINGS} under {@code label} when timings
   * are on.
   */
  private static <T> T timed(String label, java.util.function.Supplier<T> work) {
    if (!TIMED) {
      return work.get();
    }
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      TIMINGS.merge(label, (System.nanoTime() - t0) / 1_000_000, Long::sum);
    }
  }
}
