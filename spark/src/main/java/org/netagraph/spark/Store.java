package org.netagraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.netagraph.lexicon.Lexicon;

/**
 * The few statements the job's driver runs itself, through the Neo4j Java driver the connector
 * brings (a routing driver for {@code neo4j://}): the schema, the states, the digests of the
 * articles loaded, and the removal of what a changed article contributed before (the {@code
 * cypher/load/forget-*} and {@code prune} statements of {@code load}). Each runs in a managed write
 * transaction, so the driver retries it on transient failures.
 */
final class Store implements AutoCloseable {
  private final Driver driver;
  private final SessionConfig session;

  Store(Connection c) {
    AuthToken auth =
        c.password() == null ? AuthTokens.none() : AuthTokens.basic(c.user(), c.password());
    this.driver = GraphDatabase.driver(c.uri(), auth);
    this.session =
        c.database() == null
            ? SessionConfig.defaultConfig()
            : SessionConfig.forDatabase(c.database());
    driver.verifyConnectivity();
  }

  List<Record> write(String cypher, Map<String, Object> params) {
    try (Session s = driver.session(session)) {
      return s.writeTransaction(tx -> tx.run(cypher, params).list());
    }
  }

  void applySchema() {
    for (String st : Statements.all("schema.cypher")) {
      try (Session s = driver.session(session)) {
        s.run(st).consume();
      }
    }
  }

  void writeStates(Lexicon lexicon) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Lexicon.State s : lexicon.states().values()) {
      rows.add(Map.of("id", s.id(), "name", s.name(), "nameHi", s.nameHi(), "kind", s.kind()));
    }
    write(Statements.text("load/states.cypher"), Map.of("rows", rows));
  }

  /** The content digest of every article loaded, by id. */
  Map<String, String> digests() {
    Map<String, String> out = new HashMap<>();
    for (Record r : write("MATCH (a:Article) RETURN a.id AS id, a.sha256 AS sha256", Map.of())) {
      if (!r.get("sha256").isNull()) {
        out.put(r.get("id").asString(), r.get("sha256").asString());
      }
    }
    return out;
  }

  /**
   * Removes what these articles contributed (their evidence, the facts only they supported, their
   * MENTIONS); returns the keys of the persons they mentioned.
   */
  Set<String> forget(List<String> ids) {
    Set<String> touched = new LinkedHashSet<>();
    for (String id : ids) {
      Map<String, Object> p = Map.of("id", id);
      write(Statements.text("load/forget-holds.cypher"), p);
      write(Statements.text("load/forget-met.cypher"), p);
      for (Record r : write(Statements.text("load/forget-mentions.cypher"), p)) {
        for (Object k : r.get("keys").asList()) {
          if (k != null) {
            touched.add(k.toString());
          }
        }
      }
    }
    return touched;
  }

  /** Persons no article mentions any more, offices nobody holds, parties nothing uses. */
  void prune(Set<String> keys) {
    write(Statements.text("load/prune.cypher"), Map.of("keys", new ArrayList<>(keys)));
  }

  /** Nodes per label and relationships per type. */
  Map<String, Long> counts() {
    Map<String, Long> out = new HashMap<>();
    for (Record r : write(Statements.text("load/counts.cypher"), Map.of())) {
      out.put(r.get("what").asString(), r.get("n").asLong());
    }
    return out;
  }

  @Override
  public void close() {
    driver.close();
  }
}
