package org.netagraph.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The merged pieces as the DataFrames the statements of {@code cypher/spark/} take, one column per
 * {@code event} field.
 */
final class Rows {
  private Rows() {}

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

  static StructType schema(String... namesAndTypes) {
    List<StructField> fields = new ArrayList<>();
    for (String f : namesAndTypes) {
      String[] nt = f.split(":");
      DataType t =
          nt.length == 1
              ? DataTypes.StringType
              : nt[1].equals("int") ? DataTypes.IntegerType : STRINGS;
      fields.add(DataTypes.createStructField(nt[0], t, true));
    }
    return DataTypes.createStructType(fields);
  }

  static final StructType ARTICLE =
      schema("id", "path", "date", "place", "sha256", "title", "url", "source");
  static final StructType PARTY = schema("id", "name", "aliases:list");
  static final StructType PERSON = schema("key", "id", "name", "rank:int");
  static final StructType OFFICE =
      schema("id", "title", "stateId", "partyId", "stateName", "partyName", "countryName");
  static final StructType LINK = schema("article", "target", "aliases:list");
  static final StructType HOLDS =
      schema(
          "person",
          "office",
          "status",
          "articles:list",
          "evidence:list",
          "dates:list",
          "rules:list");
  static final StructType MET =
      schema("a", "b", "articles:list", "evidence:list", "dates:list", "rules:list");
  static final StructType KEY = schema("key");

  static JavaRDD<Piece> of(JavaRDD<Piece> merged, Piece.Kind kind) {
    return merged.filter(p -> p.kind == kind);
  }

  static Dataset<Row> frame(SparkSession spark, JavaRDD<Row> rows, StructType schema) {
    return spark.createDataFrame(rows, schema);
  }

  static Dataset<Row> articles(SparkSession spark, JavaRDD<Piece> merged) {
    return frame(
        spark,
        of(merged, Piece.Kind.ARTICLE).map(p -> RowFactory.create((Object[]) p.values)),
        ARTICLE);
  }

  static Dataset<Row> parties(SparkSession spark, JavaRDD<Piece> merged) {
    return frame(
        spark,
        of(merged, Piece.Kind.PARTY)
            .map(p -> RowFactory.create(p.values[0], p.values[1], arr(p.aliases))),
        PARTY);
  }

  static Dataset<Row> offices(SparkSession spark, JavaRDD<Piece> merged) {
    return frame(
        spark,
        of(merged, Piece.Kind.OFFICE).map(p -> RowFactory.create((Object[]) p.values)),
        OFFICE);
  }

  /** A person as the job writes it: its key, its id (made distinct), name and name rank. */
  record Person(String key, String id, String name, int rank) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Persons, with ids that slug alike made distinct within the run as the batch writer does: the
   * person of the earliest article keeps the slug, the others get their key appended.
   */
  static JavaRDD<Person> personRows(JavaRDD<Piece> merged) {
    return of(merged, Piece.Kind.PERSON)
        .mapToPair(p -> new Tuple2<>(p.values[0], p))
        .groupByKey()
        .flatMap(
            g -> {
              List<Piece> same = new ArrayList<>();
              g._2().forEach(same::add);
              same.sort(Comparator.comparingLong((Piece p) -> p.ord).thenComparing(p -> p.key));
              List<Person> out = new ArrayList<>();
              Set<String> used = new HashSet<>();
              for (Piece p : same) {
                String base = p.values[0];
                String id = used.add(base) ? base : base + "-" + p.key;
                out.add(new Person(p.key, id, p.values[1], p.rank));
              }
              return out.iterator();
            });
  }

  static Dataset<Row> persons(SparkSession spark, JavaRDD<Piece> merged) {
    return frame(
        spark,
        personRows(merged).map(p -> RowFactory.create(p.key(), p.id(), p.name(), p.rank())),
        PERSON);
  }

  static Dataset<Row> links(SparkSession spark, JavaRDD<Piece> merged, Piece.Kind kind) {
    return frame(
        spark,
        of(merged, kind).map(p -> RowFactory.create(p.values[0], p.values[1], arr(p.aliases))),
        LINK);
  }

  static Dataset<Row> holds(SparkSession spark, JavaRDD<Piece> merged) {
    return frame(
        spark,
        of(merged, Piece.Kind.HOLDS)
            .map(
                p ->
                    RowFactory.create(
                        p.values[0],
                        p.values[1],
                        p.values[2],
                        col(p, 0),
                        col(p, 1),
                        col(p, 2),
                        col(p, 3))),
        HOLDS);
  }

  static Dataset<Row> met(SparkSession spark, JavaRDD<Piece> merged) {
    return frame(
        spark,
        of(merged, Piece.Kind.MET)
            .map(
                p ->
                    RowFactory.create(
                        p.values[0], p.values[1], col(p, 0), col(p, 1), col(p, 2), col(p, 3))),
        MET);
  }

  static Dataset<Row> keys(SparkSession spark, JavaRDD<String> keys) {
    return frame(spark, keys.map(RowFactory::create), KEY);
  }

  /** Spark takes arrays, not java.util.List, as the external type of an array column. */
  private static String[] arr(List<String> l) {
    return l.toArray(new String[0]);
  }

  /** A fact's evidence lists: 0 articles, 1 sentences, 2 dates, 3 rules. */
  static String[] col(Piece p, int which) {
    List<String> out = new ArrayList<>();
    for (Piece.Evidence e : p.evidence) {
      out.add(
          switch (which) {
            case 0 -> e.article();
            case 1 -> e.sentence();
            case 2 -> e.date();
            default -> e.rule();
          });
    }
    return arr(out);
  }
}
