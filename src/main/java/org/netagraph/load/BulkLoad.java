package org.netagraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netagraph.DatabaseException;
import org.netagraph.UsageException;
import org.netagraph.export.CsvExporter;
import org.netagraph.extract.Pipeline;
import org.netagraph.graph.BulkImport;
import org.netagraph.graph.ConnectionOptions;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.PersonEntity;
import org.netagraph.write.ArticleProperties;
import org.netagraph.write.EvidenceLists;
import org.netagraph.write.GraphWriter;
import org.netagraph.write.ImportCsv;

/**
 * {@code load --bulk}: builds a new embedded store from scratch. Extraction runs as in an
 * incremental load; articles and their MENTIONS go straight to csv files as they come, while
 * persons, offices, parties, HOLDS and MET are merged in memory (their number grows with the
 * distinct people and facts, not with the articles), then written as csv too. {@code neo4j-admin
 * database import} loads the files into the empty store, and the schema's constraints are created
 * after it.
 *
 * <p>The merge rules are those of {@code cypher/load/*.cypher}, applied in file order, so the graph
 * is the one an incremental load of the same files makes (a test compares them): a person keeps the
 * id of its first appearance and the name of its best source; a fact keeps one evidence sentence
 * per article, in load order, and its latest date.
 */
public final class BulkLoad implements Loader.Sink {
  /** neo4j-admin's array separator here: a control character news text does not hold. */
  static final String ARRAY = ImportCsv.BULK_ARRAY;

  private final Lexicon lexicon;
  private final CsvExporter csv;
  private final Map<String, Person> persons = new LinkedHashMap<>();
  private final Set<String> personIds = new HashSet<>();
  private final Map<String, Office> offices = new LinkedHashMap<>();
  private final Map<String, Lexicon.Party> parties = new LinkedHashMap<>();
  private final Map<List<String>, EvidenceLists> holds = new LinkedHashMap<>();
  private final Map<List<String>, EvidenceLists> met = new LinkedHashMap<>();
  private final Set<String> articleIds = new HashSet<>();

  private static final class Person {
    final String id;
    final String key;
    String name;
    int rank;
    final Set<String> aliases = new TreeSet<>();

    Person(String id, String key, String name, int rank) {
      this.id = id;
      this.key = key;
      this.name = name;
      this.rank = rank;
    }
  }

  private record Office(
      String id, String title, String stateId, String partyId, String countryId) {}

  BulkLoad(Lexicon lexicon, Path csvDir) {
    this.lexicon = lexicon;
    this.csv = new CsvExporter(csvDir, ARRAY);
  }

  /**
   * Loads {@code paths} into a new embedded store at {@code store}, which must not hold a database
   * yet. On failure the store is removed again; the other files' outcome is in the report as for an
   * incremental load.
   */
  public static LoadReport run(
      Pipeline pipeline, Path store, List<Path> paths, LoadOptions options, Progress progress) {
    if (Files.exists(store.resolve("data"))) {
      throw new UsageException(
          "--bulk builds a new store, but "
              + store.toAbsolutePath()
              + " already holds a database: load without --bulk to add to it, or give a new --store");
    }
    boolean created = !Files.exists(store);
    Path work;
    try {
      Files.createDirectories(store);
      work = Files.createTempDirectory(store.toAbsolutePath().getParent(), ".netagraph-bulk-");
    } catch (IOException e) {
      throw new DatabaseException(
          "cannot prepare the bulk load next to " + store + ": " + e.getMessage(), e);
    }
    boolean ok = false;
    try {
      BulkLoad sink = new BulkLoad(pipeline.lexicon(), work.resolve("csv"));
      LoadReport r = new Loader(pipeline, sink, options, progress).load(paths);
      sink.finish();
      BulkImport.run(store, sink.csv.importArguments("neo4j"));
      Map<String, Long> counts;
      try (Graph g = Graph.open(ConnectionOptions.embedded(store))) {
        // the csv format has no empty array: an import leaves such a property out
        g.write(
            tx ->
                tx.run(
                    "MATCH (n) WHERE (n:Person OR n:Party) AND n.aliases IS NULL SET n.aliases = []",
                    Map.of()));
        counts = g.counts();
      }
      ok = true;
      return new LoadReport(
          r.read(),
          r.written(),
          0,
          0,
          r.skipped(),
          counts,
          r.seconds(),
          r.stoppedEarly(),
          r.notices());
    } finally {
      org.netagraph.ScratchDir.delete(work);
      if (!ok) {
        org.netagraph.ScratchDir.delete(created ? store : store.resolve("data"));
      }
    }
  }

  /** neo4j-admin's arguments for the files written (after {@link #finish}). */
  List<String> importArguments() {
    return csv.importArguments("neo4j");
  }

  @Override
  public void begin() {
    try {
      csv.begin(schema());
      for (Lexicon.State s : lexicon.states().values()) {
        node(
            "State",
            Map.of("id", s.id(), "name", s.name(), "nameHi", s.nameHi(), "kind", s.kind()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public GraphWriter.BatchResult write(List<ArticleFacts> batch) {
    int written = 0;
    int h = 0;
    int m = 0;
    try {
      for (ArticleFacts f : batch) {
        Article a = f.article();
        if (!articleIds.add(a.id())) {
          continue; // the same article twice: the first is kept
        }
        written++;
        Map<String, Object> ap = ArticleProperties.of(a);
        ap.values().removeIf(java.util.Objects::isNull);
        node("Article", ap);
        Map<String, PersonEntity> inArticle = new LinkedHashMap<>();
        for (PersonEntity p : f.persons()) {
          inArticle.put(p.key(), p);
        }
        for (PersonEntity p : f.persons()) {
          Person q =
              persons.computeIfAbsent(
                  p.key(),
                  k -> {
                    String id = personIds.contains(p.id()) ? p.id() + "-" + k : p.id();
                    personIds.add(id);
                    return new Person(id, k, p.name(), p.nameSource().rank());
                  });
          if (p.nameSource().rank() > q.rank) {
            q.name = p.name();
            q.rank = p.nameSource().rank();
          }
        }
        for (PersonEntity p : inArticle.values()) {
          Person q = persons.get(p.key());
          List<String> al = new ArrayList<>(p.aliases());
          al.add(p.name());
          q.aliases.addAll(al);
          rel("MENTIONS", "Article", a.id(), "Person", q.id, Map.of("aliases", al));
        }
        for (String s : new LinkedHashSet<>(f.stateIds())) {
          if (lexicon.state(s) == null) {
            continue; // as the MATCH in mentions-states.cypher
          }
          rel("MENTIONS", "Article", a.id(), "State", s, Map.of());
        }
        for (String pid : new LinkedHashSet<>(f.partyIds())) {
          party(pid);
          rel("MENTIONS", "Article", a.id(), "Party", pid, Map.of());
        }
        String date = a.date() == null ? "" : a.date();
        for (Holds x : f.holds()) {
          Person q = persons.get(x.personKey());
          if (q == null) {
            continue; // as the MATCH in holds.cypher: no person, no fact
          }
          String oid = x.office().id();
          offices.putIfAbsent(
              oid,
              new Office(
                  oid,
                  x.office().title(),
                  x.office().stateId(),
                  x.office().partyId(),
                  x.office().countryId()));
          if (x.office().partyId() != null) {
            party(x.office().partyId());
          }
          holds
              .computeIfAbsent(List.of(q.id, oid, x.status().value()), k -> new EvidenceLists())
              .add(a.id(), x.evidence().sentence(), date, x.rule());
          h++;
        }
        for (Met x : f.met()) {
          Person p1 = persons.get(x.a());
          Person p2 = persons.get(x.b());
          if (p1 == null || p2 == null) {
            continue;
          }
          List<String> pair =
              p1.id.compareTo(p2.id) < 0 ? List.of(p1.id, p2.id) : List.of(p2.id, p1.id);
          met.computeIfAbsent(pair, k -> new EvidenceLists())
              .add(a.id(), x.evidence().sentence(), date, x.rule());
          m++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GraphWriter.BatchResult(written, 0, 0, h, m, List.of());
  }

  @Override
  public Map<String, Long> counts() {
    return Map.of();
  }

  /** Writes the merged nodes and facts and closes the files. */
  void finish() {
    try {
      for (Person p : persons.values()) {
        Map<String, Object> pp = new HashMap<>();
        pp.put("id", p.id);
        pp.put("key", p.key);
        pp.put("name", p.name);
        pp.put("nameRank", (long) p.rank);
        List<String> al = new ArrayList<>(p.aliases);
        al.remove(p.name);
        pp.put("aliases", al);
        node("Person", pp);
      }
      for (Lexicon.Party p : parties.values()) {
        node("Party", Map.of("id", p.id(), "name", p.name(), "aliases", p.aliases()));
      }
      for (Office o : offices.values()) {
        Map<String, Object> op = new HashMap<>();
        op.put("id", o.id());
        op.put("title", o.title());
        putIf(op, "state", o.stateId() == null ? null : lexicon.stateName(o.stateId()));
        putIf(op, "party", o.partyId() == null ? null : lexicon.partyName(o.partyId()));
        putIf(op, "country", o.countryId() == null ? null : lexicon.countryName(o.countryId()));
        node("Office", op);
        if (o.stateId() != null) {
          rel("OF", "Office", o.id(), "State", o.stateId(), Map.of());
        }
        if (o.partyId() != null) {
          rel("OF", "Office", o.id(), "Party", o.partyId(), Map.of());
        }
      }
      for (Map.Entry<List<String>, EvidenceLists> e : holds.entrySet()) {
        EvidenceLists f = e.getValue();
        Map<String, Object> hp = new HashMap<>();
        hp.put("status", e.getKey().get(2));
        hp.put("articles", f.articles);
        hp.put("evidence", f.evidence);
        hp.put("dates", f.dates);
        hp.put("rules", f.rules);
        putIf(hp, "date", f.latestDate());
        rel("HOLDS", "Person", e.getKey().get(0), "Office", e.getKey().get(1), hp);
      }
      for (Map.Entry<List<String>, EvidenceLists> e : met.entrySet()) {
        EvidenceLists f = e.getValue();
        rel(
            "MET",
            "Person",
            e.getKey().get(0),
            "Person",
            e.getKey().get(1),
            Map.of(
                "articles",
                f.articles,
                "evidence",
                f.evidence,
                "dates",
                f.dates,
                "rules",
                f.rules));
      }
      csv.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void party(String pid) {
    if (!parties.containsKey(pid)) {
      Lexicon.Party p = lexicon.party(pid);
      parties.put(pid, p != null ? p : new Lexicon.Party(pid, pid, List.of(), null));
    }
  }

  private void node(String label, Map<String, Object> props) throws IOException {
    csv.accept(new GraphElement.NodeElement(label + ":" + props.get("id"), List.of(label), props));
  }

  private void rel(
      String type, String from, String fromId, String to, String toId, Map<String, Object> props)
      throws IOException {
    csv.accept(
        new GraphElement.RelationshipElement(
            null, type, props, null, List.of(from), fromId, null, List.of(to), toId));
  }

  private static void putIf(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** The properties and their Neo4j types, as the incremental writer stores them. */
  private static Graph.PropertySchema schema() {
    return new Graph.PropertySchema(ImportCsv.NODES, ImportCsv.RELATIONSHIPS);
  }
}
