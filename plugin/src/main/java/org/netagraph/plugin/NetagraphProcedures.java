package org.netagraph.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.ConstraintDefinition;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserFunction;
import org.netagraph.UsageException;
import org.netagraph.extract.FactsJson;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.write.CypherFiles;
import org.netagraph.write.GraphWriter;

/**
 * The Cypher procedures and the function. A new instance serves each call (Neo4j injects the {@link
 * Context} fields); the models are built once per JVM ({@link Engine}).
 */
public final class NetagraphProcedures {
  private static final Pattern CONSTRAINT = Pattern.compile("CREATE CONSTRAINT (\\w+)");

  @Context public Transaction tx;

  /**
   * One row of {@code netagraph.extract}: the facts of the text, as {@code extract} prints them.
   */
  public static final class Facts {
    public List<Object> persons;
    public List<Object> holds;
    public List<Object> met;
    public List<Object> states;
    public List<Object> parties;

    Facts(Map<String, Object> json) {
      persons = list(json.get("persons"));
      holds = list(json.get("holds"));
      met = list(json.get("met"));
      states = list(json.get("states"));
      parties = list(json.get("parties"));
    }

    private static List<Object> list(Object o) {
      return new ArrayList<>((List<?>) o);
    }
  }

  /** One row of {@code netagraph.load}: what the call wrote. */
  public static final class Loaded {
    /** 1 when the article was written (new or changed), 0 when it was loaded already unchanged. */
    public long articles;

    /** 1 when an earlier version of the article was replaced. */
    public long replaced;

    /** Persons, HOLDS and MET facts of the article written (0 when unchanged). */
    public long persons;

    public long holds;
    public long met;

    Loaded(GraphWriter.BatchResult r, int persons) {
      this.articles = r.written();
      this.replaced = r.replaced();
      this.persons = r.written() > 0 ? persons : 0;
      this.holds = r.holds();
      this.met = r.met();
    }
  }

  /** One row of {@code netagraph.schema}: a statement of {@code cypher/schema.cypher} it ran. */
  public static final class SchemaStatement {
    public String statement;

    SchemaStatement(String statement) {
      this.statement = statement;
    }
  }

  @Procedure(name = "netagraph.extract", mode = Mode.READ)
  @Description(
      "netagraph.extract(text, {date, place, id, url, title, source}) - the persons, offices held"
          + " (holds) and meetings (met) of one article's text; writes nothing")
  public Stream<Facts> extract(
      @Name("text") String text,
      @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
    Article a = TextArticles.of(text, options, false);
    return Stream.of(new Facts(FactsJson.of(Engine.get().pipeline().process(a))));
  }

  @Procedure(name = "netagraph.load", mode = Mode.WRITE)
  @Description(
      "netagraph.load(text, {id, date, url, place, title, source, path}) - extracts one article and"
          + " writes it as `netagraph load` does (same keys; idempotent; a changed article under the"
          + " same id replaces its old contribution). Needs CALL netagraph.schema() once.")
  public Stream<Loaded> load(
      @Name("text") String text,
      @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
    requireSchema();
    Article a = TextArticles.of(text, options, true);
    Engine e = Engine.get();
    ArticleFacts f = e.pipeline().process(a);
    ProcedureTx ptx = new ProcedureTx(tx);
    e.writer().writeStatesIfChanged(ptx);
    GraphWriter.BatchResult r = e.writer().write(ptx, List.of(f));
    return Stream.of(new Loaded(r, f.persons().size()));
  }

  @Procedure(name = "netagraph.schema", mode = Mode.SCHEMA)
  @Description(
      "netagraph.schema() - creates netagraph's constraints and indexes (cypher/schema.cypher, each"
          + " IF NOT EXISTS); run once per database before netagraph.load")
  public Stream<SchemaStatement> schema() {
    List<SchemaStatement> out = new ArrayList<>();
    for (String st : CypherFiles.resourceStatements("schema.cypher")) {
      tx.execute(st).close();
      out.add(new SchemaStatement(st));
    }
    return out.stream();
  }

  @UserFunction(name = "netagraph.key")
  @Description(
      "netagraph.key(name) - the cross-script identity key persons are merged on:"
          + " netagraph.key('कमलनाथ') = netagraph.key('Kamal Nath')")
  public String key(@Name("name") String name) {
    return name == null ? null : Engine.get().pipeline().personKey(name);
  }

  /**
   * The schema's constraints must exist before a load (the writer merges on them); a WRITE
   * procedure cannot create them in its own transaction, so it asks for netagraph.schema().
   */
  private void requireSchema() {
    Set<String> have = new TreeSet<>();
    for (ConstraintDefinition c : tx.schema().getConstraints()) {
      have.add(c.getName());
    }
    Set<String> missing = new TreeSet<>();
    for (String st : CypherFiles.resourceStatements("schema.cypher")) {
      Matcher m = CONSTRAINT.matcher(st);
      if (m.lookingAt() && !have.contains(m.group(1))) {
        missing.add(m.group(1));
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException(
          "the database lacks netagraph's constraints "
              + missing
              + ": run CALL netagraph.schema() once first");
    }
  }
}
