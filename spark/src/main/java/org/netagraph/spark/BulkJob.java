package org.netagraph.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.write.ImportCsv;
import scala.Tuple2;

/**
 * The job's bulk mode ({@code --mode bulk --output DIR}): the merged pieces become the nodes and
 * relationships of a first load, written by the executors as neo4j-admin import files ({@link
 * BulkOutput}) instead of through the connector. The values are those the incremental stages leave
 * in an empty database, and so those of {@code load}: a person's aliases are the surface forms of
 * all its MENTIONS, sorted, without its name (aliases.cypher); relationships name persons by their
 * final id (a person is found by key in the incremental statements); a MET runs from the lower id
 * to the higher; a HOLDS' {@code date} is its latest; MENTIONS of a state not in the lexicon and
 * facts of a person that is not written are left out, as the MATCHes of the statements leave them.
 */
final class BulkJob {
  private static final String ARRAY = ImportCsv.BULK_ARRAY;

  private BulkJob() {}

  /** Writes every sheet; the time per sheet, in the order written. */
  static Map<String, Long> write(
      JavaSparkContext sc, JavaRDD<Piece> merged, Lexicon lexicon, BulkOutput out, int partitions) {
    Map<String, Long> millis = new LinkedHashMap<>();
    Set<String> states = new HashSet<>(lexicon.states().keySet());

    long t = System.nanoTime();
    List<String> stateLines = new ArrayList<>();
    for (Lexicon.State s : lexicon.states().values()) {
      stateLines.add(
          ImportCsv.nodeLine(
              "State",
              Map.of("id", s.id(), "name", s.name(), "nameHi", s.nameHi(), "kind", s.kind()),
              ARRAY));
    }
    out.nodes("State", sc.parallelize(stateLines, 1));
    t = lap(millis, "states", t);

    out.nodes(
        "Article",
        Rows.of(merged, Piece.Kind.ARTICLE)
            .map(
                p -> {
                  String[] v = p.values;
                  Map<String, Object> m = new HashMap<>();
                  String[] names = {
                    "id", "path", "date", "place", "sha256", "title", "url", "source"
                  };
                  for (int i = 0; i < names.length; i++) {
                    m.put(names[i], v[i]);
                  }
                  return ImportCsv.nodeLine("Article", m, ARRAY);
                }));
    t = lap(millis, "articles", t);

    out.nodes(
        "Party",
        Rows.of(merged, Piece.Kind.PARTY)
            .map(
                p ->
                    ImportCsv.nodeLine(
                        "Party",
                        Map.of("id", p.values[0], "name", p.values[1], "aliases", p.aliases),
                        ARRAY)));
    t = lap(millis, "parties", t);

    // persons: ids made distinct, aliases from every MENTIONS of the person
    JavaPairRDD<String, Rows.Person> persons =
        Rows.personRows(merged)
            .mapToPair(p -> new Tuple2<>(p.key(), p))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, TreeSet<String>> forms =
        Rows.of(merged, Piece.Kind.MENTION_PERSON)
            .mapToPair(p -> new Tuple2<>(p.values[1], new TreeSet<>(p.aliases)))
            .reduceByKey(
                (a, b) -> {
                  TreeSet<String> u = new TreeSet<>(a);
                  u.addAll(b);
                  return u;
                },
                partitions);
    out.nodes(
        "Person",
        persons
            .leftOuterJoin(forms, partitions)
            .values()
            .map(
                pf -> {
                  Rows.Person p = pf._1();
                  List<String> aliases = new ArrayList<>(pf._2().orElse(new TreeSet<>()));
                  aliases.remove(p.name());
                  Map<String, Object> m = new HashMap<>();
                  m.put("id", p.id());
                  m.put("key", p.key());
                  m.put("name", p.name());
                  m.put("nameRank", (long) p.rank());
                  m.put("aliases", aliases);
                  return ImportCsv.nodeLine("Person", m, ARRAY);
                }));
    t = lap(millis, "persons", t);
    JavaPairRDD<String, String> ids = persons.mapValues(Rows.Person::id);

    JavaRDD<Piece> offices = Rows.of(merged, Piece.Kind.OFFICE);
    out.nodes(
        "Office",
        offices.map(
            p -> {
              Map<String, Object> m = new HashMap<>();
              m.put("id", p.values[0]);
              m.put("title", p.values[1]);
              m.put("state", p.values[4]);
              m.put("party", p.values[5]);
              m.put("country", p.values[6]);
              return ImportCsv.nodeLine("Office", m, ARRAY);
            }));
    out.relationships(
        "OF",
        "Office",
        "State",
        offices
            .filter(p -> p.values[2] != null)
            .map(p -> ImportCsv.relationshipLine("OF", p.values[0], p.values[2], Map.of(), ARRAY)));
    out.relationships(
        "OF",
        "Office",
        "Party",
        offices
            .filter(p -> p.values[3] != null)
            .map(p -> ImportCsv.relationshipLine("OF", p.values[0], p.values[3], Map.of(), ARRAY)));
    t = lap(millis, "offices", t);

    out.relationships(
        "MENTIONS",
        "Article",
        "Person",
        Rows.of(merged, Piece.Kind.MENTION_PERSON)
            .mapToPair(p -> new Tuple2<>(p.values[1], p))
            .join(ids, partitions)
            .values()
            .map(
                x ->
                    ImportCsv.relationshipLine(
                        "MENTIONS",
                        x._1().values[0],
                        x._2(),
                        Map.of("aliases", x._1().aliases),
                        ARRAY)));
    out.relationships(
        "MENTIONS",
        "Article",
        "State",
        Rows.of(merged, Piece.Kind.MENTION_STATE)
            .filter(p -> states.contains(p.values[1]))
            .map(link -> mention(link)));
    out.relationships(
        "MENTIONS",
        "Article",
        "Party",
        Rows.of(merged, Piece.Kind.MENTION_PARTY).map(link -> mention(link)));
    t = lap(millis, "mentions", t);

    out.relationships(
        "HOLDS",
        "Person",
        "Office",
        Rows.of(merged, Piece.Kind.HOLDS)
            .mapToPair(p -> new Tuple2<>(p.values[0], p))
            .join(ids, partitions)
            .values()
            .map(
                x -> {
                  Piece p = x._1();
                  Map<String, Object> m = evidence(p);
                  m.put("status", p.values[2]);
                  m.put("date", latest(Rows.col(p, 2)));
                  return ImportCsv.relationshipLine("HOLDS", x._2(), p.values[1], m, ARRAY);
                }));
    t = lap(millis, "holds", t);

    out.relationships(
        "MET",
        "Person",
        "Person",
        Rows.of(merged, Piece.Kind.MET)
            .mapToPair(p -> new Tuple2<>(p.values[0], p))
            .join(ids, partitions)
            .values()
            .mapToPair(x -> new Tuple2<>(x._1().values[1], x))
            .join(ids, partitions)
            .values()
            .map(
                x -> {
                  String a = x._1()._2();
                  String b = x._2();
                  boolean up = a.compareTo(b) < 0;
                  return ImportCsv.relationshipLine(
                      "MET", up ? a : b, up ? b : a, evidence(x._1()._1()), ARRAY);
                }));
    lap(millis, "met", t);
    persons.unpersist();
    return millis;
  }

  private static String mention(Piece link) {
    return ImportCsv.relationshipLine("MENTIONS", link.values[0], link.values[1], Map.of(), ARRAY);
  }

  /** A fact's evidence lists, in input order. */
  private static Map<String, Object> evidence(Piece p) {
    Map<String, Object> m = new HashMap<>();
    m.put("articles", Arrays.asList(Rows.col(p, 0)));
    m.put("evidence", Arrays.asList(Rows.col(p, 1)));
    m.put("dates", Arrays.asList(Rows.col(p, 2)));
    m.put("rules", Arrays.asList(Rows.col(p, 3)));
    return m;
  }

  /** The latest date, null when none has one (holds.cypher). */
  private static String latest(String[] dates) {
    String m = "";
    for (String d : dates) {
      if (d.compareTo(m) > 0) {
        m = d;
      }
    }
    return m.isEmpty() ? null : m;
  }

  private static long lap(Map<String, Long> millis, String stage, long t0) {
    long now = System.nanoTime();
    millis.put(stage, (now - t0) / 1_000_000);
    return now;
  }

  /** Nodes per label and relationships per type, from the rows written per sheet. */
  static Map<String, Long> counts(Map<String, Long> rows) {
    Map<String, Long> out = new java.util.TreeMap<>();
    rows.forEach(
        (sheet, n) -> {
          if (n > 0) {
            out.merge(sheet.split("-")[1], n, Long::sum);
          }
        });
    return out;
  }
}
