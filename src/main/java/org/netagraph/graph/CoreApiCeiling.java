package org.netagraph.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.OfficeRef;
import org.netagraph.model.PersonEntity;
import org.netagraph.write.CypherFiles;
import org.netagraph.write.EvidenceLists;

/**
 * A measuring device for the bench, not a loader (netagraph reads and writes through the driver):
 * how fast any transactional writer could possibly put the bench's graph into this engine. It
 * groups the whole graph in memory first (every fact once, its evidence complete), then creates the
 * nodes and relationships with the engine's embedded Java API in transactions of {@value #TX_SIZE}
 * records: no Cypher, no Bolt, no lookups, no merges, the same schema. The writer (over Bolt, with
 * merge semantics, batch after batch) cannot beat this; {@code neo4j-admin database import}
 * (baseline C) can, because it writes the store files directly, without transactions, locks or
 * logs. The bench reports its relationships per second and its ratio to baseline C, so a target
 * stated against C can be judged against what the transactional engine allows on the same machine
 * in the same run.
 */
public final class CoreApiCeiling {
  static final int TX_SIZE = 10_000;

  private CoreApiCeiling() {}

  /**
   * An article's MENTIONS of a person (P, with the surface forms it used), a state (S) or a party
   * (T).
   */
  private record Mentioned(String article, char kind, String target, List<String> aliases) {}

  /** One HOLDS or MET with all its evidence. */
  private static final class Fact extends EvidenceLists {
    final String a;
    final String b;
    final String status;

    Fact(String a, String b, String status) {
      this.a = a;
      this.b = b;
      this.status = status;
    }
  }

  /** What the ceiling wrote, and how fast (the write alone, not the grouping). */
  public record Result(long relationships, double relsPerSecond) {}

  /** Writes {@code facts} into a fresh store at {@code store}. */
  public static Result run(Lexicon lexicon, Iterable<ArticleFacts> facts, Path store) {
    Map<String, PersonEntity> persons = new LinkedHashMap<>();
    Map<String, TreeSet<String>> aliases = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    List<Mentioned> mentions = new ArrayList<>();
    Map<String, OfficeRef> offices = new LinkedHashMap<>();
    Map<List<String>, Fact> holds = new LinkedHashMap<>();
    Map<List<String>, Fact> met = new LinkedHashMap<>();
    for (ArticleFacts f : facts) {
      Article a = f.article();
      articles.add(a);
      String date = a.date() == null ? "" : a.date();
      for (PersonEntity p : f.persons()) {
        persons.putIfAbsent(p.key(), p);
        aliases.computeIfAbsent(p.key(), k -> new TreeSet<>()).addAll(p.aliases());
        mentions.add(new Mentioned(a.id(), 'P', p.key(), p.aliases()));
      }
      for (String s : f.stateIds()) {
        mentions.add(new Mentioned(a.id(), 'S', s, null));
      }
      for (String t : f.partyIds()) {
        mentions.add(new Mentioned(a.id(), 'T', t, null));
      }
      for (Holds h : f.holds()) {
        offices.putIfAbsent(h.office().id(), h.office());
        String status = h.status().value();
        holds
            .computeIfAbsent(
                List.of(h.personKey(), h.office().id(), status),
                k -> new Fact(h.personKey(), h.office().id(), status))
            .add(a.id(), h.evidence().sentence(), date, h.rule());
      }
      for (Met m : f.met()) {
        met.computeIfAbsent(List.of(m.a(), m.b()), k -> new Fact(m.a(), m.b(), null))
            .add(a.id(), m.evidence().sentence(), date, m.rule());
      }
    }
    DatabaseManagementService dbms = EmbeddedServer.startWithoutBolt(store);
    try {
      GraphDatabaseService db = dbms.database("neo4j");
      try (Transaction tx = db.beginTx()) {
        for (String st : CypherFiles.resourceStatements("schema.cypher")) {
          tx.execute(st);
        }
        tx.commit();
      }
      try (Transaction tx = db.beginTx()) {
        tx.schema().awaitIndexesOnline(5, TimeUnit.MINUTES);
      }
      long t0 = System.nanoTime();
      Batches w = new Batches(db);
      Map<String, String> stateEid = new HashMap<>();
      for (Lexicon.State s : lexicon.states().values()) {
        Node n = w.tx.createNode(Label.label("State"));
        n.setProperty("id", s.id());
        n.setProperty("name", s.name());
        n.setProperty("nameHi", s.nameHi());
        n.setProperty("kind", s.kind());
        stateEid.put(s.id(), n.getElementId());
      }
      Map<String, String> partyEid = new HashMap<>();
      for (Lexicon.Party p : lexicon.parties().values()) {
        Node n = w.tx.createNode(Label.label("Party"));
        n.setProperty("id", p.id());
        n.setProperty("name", p.name());
        n.setProperty("aliases", p.aliases().toArray(String[]::new));
        partyEid.put(p.id(), n.getElementId());
      }
      Map<String, String> personEid = new HashMap<>();
      for (PersonEntity p : persons.values()) {
        Node n = w.tx.createNode(Label.label("Person"));
        n.setProperty("key", p.key());
        n.setProperty("id", p.id());
        n.setProperty("name", p.name());
        n.setProperty("nameRank", p.nameSource().rank());
        n.setProperty("aliases", aliases.get(p.key()).toArray(String[]::new));
        personEid.put(p.key(), n.getElementId());
        w.step();
      }
      Map<String, String> articleEid = new HashMap<>();
      for (Article a : articles) {
        Node n = w.tx.createNode(Label.label("Article"));
        n.setProperty("id", a.id());
        n.setProperty("path", a.path());
        if (a.date() != null) {
          n.setProperty("date", a.date());
        }
        if (a.place() != null) {
          n.setProperty("place", a.place());
        }
        n.setProperty("sha256", a.sha256());
        articleEid.put(a.id(), n.getElementId());
        w.step();
      }
      long rels = 0;
      RelationshipType of = RelationshipType.withName("OF");
      Map<String, String> officeEid = new HashMap<>();
      for (OfficeRef o : offices.values()) {
        Node n = w.tx.createNode(Label.label("Office"));
        n.setProperty("id", o.id());
        n.setProperty("title", o.title());
        officeEid.put(o.id(), n.getElementId());
        if (o.stateId() != null && stateEid.containsKey(o.stateId())) {
          n.createRelationshipTo(w.tx.getNodeByElementId(stateEid.get(o.stateId())), of);
          rels++;
        }
        if (o.partyId() != null && partyEid.containsKey(o.partyId())) {
          n.createRelationshipTo(w.tx.getNodeByElementId(partyEid.get(o.partyId())), of);
          rels++;
        }
        w.step();
      }
      RelationshipType mentionsType = RelationshipType.withName("MENTIONS");
      for (Mentioned m : mentions) {
        String target =
            switch (m.kind()) {
              case 'P' -> personEid.get(m.target());
              case 'S' -> stateEid.get(m.target());
              default -> partyEid.get(m.target());
            };
        if (target == null) {
          continue;
        }
        Relationship r =
            w.tx
                .getNodeByElementId(articleEid.get(m.article()))
                .createRelationshipTo(w.tx.getNodeByElementId(target), mentionsType);
        if (m.aliases() != null) {
          r.setProperty("aliases", m.aliases().toArray(String[]::new));
        }
        rels++;
        w.step();
      }
      RelationshipType holdsType = RelationshipType.withName("HOLDS");
      for (Fact h : holds.values()) {
        Relationship r =
            w.tx
                .getNodeByElementId(personEid.get(h.a))
                .createRelationshipTo(w.tx.getNodeByElementId(officeEid.get(h.b)), holdsType);
        r.setProperty("status", h.status);
        evidence(r, h);
        String latest = h.latestDate();
        if (latest != null) {
          r.setProperty("date", latest);
        }
        rels++;
        w.step();
      }
      RelationshipType metType = RelationshipType.withName("MET");
      for (Fact m : met.values()) {
        Relationship r =
            w.tx
                .getNodeByElementId(personEid.get(m.a))
                .createRelationshipTo(w.tx.getNodeByElementId(personEid.get(m.b)), metType);
        evidence(r, m);
        rels++;
        w.step();
      }
      w.close();
      return new Result(rels, rels / ((System.nanoTime() - t0) / 1e9));
    } finally {
      dbms.shutdown();
    }
  }

  private static void evidence(Relationship r, Fact f) {
    r.setProperty("articles", f.articles.toArray(String[]::new));
    r.setProperty("evidence", f.evidence.toArray(String[]::new));
    r.setProperty("dates", f.dates.toArray(String[]::new));
    r.setProperty("rules", f.rules.toArray(String[]::new));
  }

  /** One open transaction, committed every {@value #TX_SIZE} records. */
  private static final class Batches {
    private final GraphDatabaseService db;
    Transaction tx;
    private int n;

    Batches(GraphDatabaseService db) {
      this.db = db;
      this.tx = db.beginTx();
    }

    void step() {
      if (++n % TX_SIZE == 0) {
        close();
        tx = db.beginTx();
      }
    }

    void close() {
      tx.commit();
      tx.close();
    }
  }
}
