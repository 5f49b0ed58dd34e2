package org.netagraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.netagraph.DatabaseException;
import org.netagraph.UsageException;
import org.netagraph.write.CypherFiles;
import org.netagraph.write.CypherTx;
import org.netagraph.write.WriteTransactions;

/**
 * A connection to the graph through the Neo4j Java driver: to an embedded store (started here, Bolt
 * on loopback) or to a server. Applies {@code cypher/schema.cypher} when it opens.
 */
public final class Graph implements AutoCloseable, WriteTransactions {
  private final Driver driver;
  private final EmbeddedServer server;
  private final String database;
  private final String where;

  private Graph(Driver driver, EmbeddedServer server, String database, String where) {
    this.driver = driver;
    this.server = server;
    this.database = database;
    this.where = where;
  }

  /**
   * Connects (starting the embedded engine when asked to), checks the connection, applies the
   * schema.
   */
  public static Graph open(ConnectionOptions opts) {
    return open(opts, true);
  }

  /**
   * Connects for reading only: the schema is not applied (its eight DDL statements cost about a
   * second of a cold {@code query}); reads need no constraint.
   */
  public static Graph openForReading(ConnectionOptions opts) {
    return open(opts, false);
  }

  private static Graph open(ConnectionOptions opts, boolean applySchema) {
    EmbeddedServer server = null;
    String uri = opts.uri();
    AuthToken auth;
    java.util.Optional<ServeAdvert.Advert> served =
        opts.isEmbedded() ? ServeAdvert.live(opts.store()) : java.util.Optional.empty();
    if (served.isPresent()) {
      // `netagraph serve` holds this store: talk to it instead of failing on the store lock
      ServeAdvert.Advert a = served.get();
      uri = a.boltUri();
      String pw = opts.password() != null ? opts.password() : a.password();
      auth = pw == null ? AuthTokens.none() : AuthTokens.basic(a.user(), pw);
    } else if (opts.isEmbedded()) {
      org.netagraph.Trace.mark("starting the embedded engine");
      server = EmbeddedServer.start(opts.store(), 0);
      org.netagraph.Trace.mark("embedded engine started");
      uri = server.boltUri();
      auth = AuthTokens.none();
    } else {
      String user = opts.user() == null ? "neo4j" : opts.user();
      auth = opts.password() == null ? AuthTokens.none() : AuthTokens.basic(user, opts.password());
    }
    Config config =
        Config.builder()
            .withLogging(opts.verbose() ? Logging.console(Level.FINE) : Logging.none())
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
            .withoutEncryption()
            .build();
    Driver driver = null;
    try {
      driver = GraphDatabase.driver(uri, auth, config);
      driver.verifyConnectivity();
      org.netagraph.Trace.mark("driver connected");
      Graph g =
          new Graph(
              driver,
              server,
              opts.database(),
              served.isPresent()
                  ? "netagraph serve at " + uri + " (store " + opts.store() + ")"
                  : opts.describe());
      if (applySchema) {
        g.applySchema();
        org.netagraph.Trace.mark("schema applied");
      }
      return g;
    } catch (RuntimeException e) {
      if (driver != null) {
        driver.close();
      }
      if (server != null) {
        server.close();
      }
      throw translate(opts, e);
    }
  }

  static RuntimeException translate(ConnectionOptions opts, RuntimeException e) {
    if (e instanceof DatabaseException || e instanceof UsageException) {
      return e;
    }
    if (e instanceof IllegalArgumentException) {
      return new UsageException("bad Neo4j URI '" + opts.uri() + "': " + e.getMessage());
    }
    if (e instanceof Neo4jException ne) {
      if (ne instanceof AuthenticationException) {
        return new DatabaseException(
            "Neo4j at "
                + opts.describe()
                + " refused the credentials of user '"
                + (opts.user() == null ? "neo4j" : opts.user())
                + "' (set NEO4J_USERNAME and NEO4J_PASSWORD)",
            e);
      }
      return Neo4jErrors.translate(opts.describe(), "connect", ne);
    }
    return new DatabaseException("Neo4j at " + opts.describe() + " failed: " + e.getMessage(), e);
  }

  /** Where this graph is, for messages. */
  public String where() {
    return where;
  }

  /** The Bolt URI of the embedded engine, or null for a server. */
  public String embeddedBoltUri() {
    return server == null ? null : server.boltUri();
  }

  Session session(AccessMode mode) {
    SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(mode);
    if (database != null) {
      b.withDatabase(database);
    }
    return driver.session(b.build());
  }

  /** Applies {@code cypher/schema.cypher}: every statement is {@code IF NOT EXISTS}. */
  public void applySchema() {
    try (Session s = session(AccessMode.WRITE)) {
      for (String st : CypherFiles.resourceStatements("schema.cypher")) {
        s.run(st).consume();
      }
    }
  }

  /** Runs one write transaction with retries on transient failures (deadlocks, leader switches). */
  @Override
  public <T> T write(Function<CypherTx, T> work) {
    try (Session s = session(AccessMode.WRITE)) {
      return s.executeWrite(tx -> work.apply(new Tx(tx)));
    } catch (Neo4jException e) {
      throw Neo4jErrors.translate(where, "write", e);
    }
  }

  /** A transaction's view for the writer: run a statement with parameters, get rows back. */
  static final class Tx implements CypherTx {
    private final org.neo4j.driver.TransactionContext tx;

    Tx(org.neo4j.driver.TransactionContext tx) {
      this.tx = tx;
    }

    @Override
    public List<Map<String, Object>> run(String cypher, Map<String, Object> params) {
      Result r = tx.run(cypher, params);
      List<Map<String, Object>> rows = new ArrayList<>();
      while (r.hasNext()) {
        rows.add(r.next().asMap());
      }
      return rows;
    }
  }

  /** Column names, then one call per row (values converted by {@link #plain}). */
  public void query(
      String cypher,
      Map<String, Object> params,
      boolean write,
      Consumer<List<String>> header,
      Consumer<List<Object>> row) {
    try (Session s = session(write ? AccessMode.WRITE : AccessMode.READ);
        Transaction tx = s.beginTransaction()) {
      Result r = tx.run(cypher, params);
      header.accept(r.keys());
      while (r.hasNext()) {
        Record rec = r.next();
        List<Object> out = new ArrayList<>(rec.size());
        for (Value v : rec.values()) {
          out.add(plain(v));
        }
        row.accept(out);
      }
      tx.commit();
    } catch (Neo4jException e) {
      throw Neo4jErrors.translate(where, "query", e);
    }
  }

  /**
   * Converts a driver value to maps, lists, strings and numbers (nodes and relationships as maps).
   */
  public static Object plain(Value v) {
    Object o = v.asObject();
    return plainObject(o);
  }

  static Object plainObject(Object o) {
    if (o instanceof Node n) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", Long.toString(n.id()));
      m.put("labels", iterableToList(n.labels()));
      m.put("properties", plainObject(n.asMap()));
      return m;
    }
    if (o instanceof Relationship r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", Long.toString(r.id()));
      m.put("type", r.type());
      m.put("start", Long.toString(r.startNodeId()));
      m.put("end", Long.toString(r.endNodeId()));
      m.put("properties", plainObject(r.asMap()));
      return m;
    }
    if (o instanceof Path p) {
      List<Object> l = new ArrayList<>();
      for (Path.Segment seg : p) {
        l.add(plainObject(seg.start()));
        l.add(plainObject(seg.relationship()));
      }
      l.add(plainObject(p.end()));
      return l;
    }
    if (o instanceof Map<?, ?> map) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        m.put(String.valueOf(e.getKey()), plainObject(e.getValue()));
      }
      return m;
    }
    if (o instanceof List<?> list) {
      List<Object> l = new ArrayList<>(list.size());
      for (Object x : list) {
        l.add(plainObject(x));
      }
      return l;
    }
    if (o instanceof java.time.temporal.TemporalAccessor
        || o instanceof org.neo4j.driver.types.IsoDuration
        || o instanceof org.neo4j.driver.types.Point) {
      return o.toString();
    }
    return o;
  }

  private static List<String> iterableToList(Iterable<String> it) {
    List<String> l = new ArrayList<>();
    it.forEach(l::add);
    return l;
  }

  /**
   * What to export: nodes with these labels (and relationships between them), relationships of
   * these types (and the nodes they touch), or what a read query returns (its nodes, its
   * relationships and their end nodes, paths taken apart). Null fields select everything.
   */
  public record Selection(List<String> labels, List<String> types, String query) {
    public static Selection all() {
      return new Selection(null, null, null);
    }

    boolean isAll() {
      return labels == null && types == null && query == null;
    }
  }

  /** Streams every node then every relationship; see {@link GraphElement}. */
  public void streamAll(Consumer<GraphElement> sink) {
    stream(Selection.all(), sink);
  }

  /** Streams the selected nodes, then the selected relationships. */
  public void stream(Selection sel, Consumer<GraphElement> sink) {
    try (Session s = session(AccessMode.READ);
        Transaction tx = s.beginTransaction()) {
      if (!sel.isAll()) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("labels", sel.labels());
        p.put("types", sel.types());
        p.put("ids", null);
        p.put("relIds", null);
        if (sel.query() != null) {
          java.util.Set<Long> ids = new java.util.TreeSet<>();
          java.util.Set<Long> relIds = new java.util.TreeSet<>();
          Result q = tx.run(sel.query());
          while (q.hasNext()) {
            for (Value v : q.next().values()) {
              collect(v.asObject(), ids, relIds);
            }
          }
          p.put("ids", new ArrayList<>(ids));
          p.put("relIds", new ArrayList<>(relIds));
          p.put("types", null);
          p.put("labels", null);
        }
        streamNodes(tx.run(CypherFiles.statement("export/nodes-selected.cypher"), p), sink);
        streamRels(tx.run(CypherFiles.statement("export/relationships-selected.cypher"), p), sink);
        tx.commit();
        return;
      }
      streamNodes(tx.run(CypherFiles.statement("export/nodes.cypher")), sink);
      streamRels(tx.run(CypherFiles.statement("export/relationships.cypher")), sink);
      tx.commit();
    } catch (Neo4jException e) {
      throw Neo4jErrors.translate(where, "export", e);
    }
  }

  private static void collect(Object o, java.util.Set<Long> ids, java.util.Set<Long> relIds) {
    if (o instanceof Node n) {
      ids.add(n.id());
    } else if (o instanceof Relationship r) {
      relIds.add(r.id());
      ids.add(r.startNodeId());
      ids.add(r.endNodeId());
    } else if (o instanceof Path p) {
      p.nodes().forEach(n -> ids.add(n.id()));
      p.relationships().forEach(r -> relIds.add(r.id()));
    } else if (o instanceof List<?> l) {
      l.forEach(x -> collect(x, ids, relIds));
    } else if (o instanceof Map<?, ?> m) {
      m.values().forEach(x -> collect(x, ids, relIds));
    }
  }

  private static void streamNodes(Result nodes, Consumer<GraphElement> sink) {
    while (nodes.hasNext()) {
      Record r = nodes.next();
      sink.accept(
          new GraphElement.NodeElement(
              r.get("id").asString(),
              r.get("labels").asList(Value::asString),
              props(r.get("props"))));
    }
  }

  private static void streamRels(Result rels, Consumer<GraphElement> sink) {
    while (rels.hasNext()) {
      Record r = rels.next();
      sink.accept(
          new GraphElement.RelationshipElement(
              r.get("id").asString(),
              r.get("type").asString(),
              props(r.get("props")),
              r.get("start").asString(),
              r.get("startLabels").asList(Value::asString),
              r.get("startKey").isNull() ? null : r.get("startKey").asString(),
              r.get("end").asString(),
              r.get("endLabels").asList(Value::asString),
              r.get("endKey").isNull() ? null : r.get("endKey").asString()));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> props(Value v) {
    return (Map<String, Object>) plainObject(v.asMap());
  }

  /**
   * Property names and their Neo4j types ({@code String}, {@code StringArray}, {@code Long}, ...)
   * per node label ({@code nodes}) and per relationship type ({@code relationships}), from the
   * database's schema procedures.
   */
  public record PropertySchema(
      Map<String, Map<String, String>> nodes, Map<String, Map<String, String>> relationships) {}

  public PropertySchema propertySchema() {
    return new PropertySchema(
        schemaOf("export/node-properties.cypher"),
        schemaOf("export/relationship-properties.cypher"));
  }

  private Map<String, Map<String, String>> schemaOf(String file) {
    Map<String, Map<String, String>> out = new java.util.TreeMap<>();
    query(
        CypherFiles.statement(file),
        Map.of(),
        false,
        h -> {},
        row -> {
          List<?> types = (List<?>) row.get(2);
          String type = types.size() == 1 ? String.valueOf(types.get(0)) : "String";
          out.computeIfAbsent((String) row.get(0), k -> new java.util.TreeMap<>())
              .put((String) row.get(1), type);
        });
    return out;
  }

  /** Counts of nodes per label and relationships per type. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    query(
        CypherFiles.statement("load/counts.cypher"),
        Map.of(),
        false,
        h -> {},
        row -> out.put((String) row.get(0), ((Number) row.get(1)).longValue()));
    return out;
  }

  @Override
  public void close() {
    org.netagraph.Trace.mark("closing");
    try {
      driver.close();
    } finally {
      if (server != null) {
        server.close();
      }
      org.netagraph.Trace.mark("closed");
    }
  }
}
