package org.netagraph.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes DataFrames with the Neo4j Connector for Apache Spark, one statement of {@code
 * cypher/spark/} per stage, and decides how each stage is partitioned so that concurrent tasks do
 * not deadlock (DESIGN in {@code docs/spark.md}):
 *
 * <ul>
 *   <li>node stages are partitioned by the node's key: after grouping there is one row per key, so
 *       two tasks never MERGE the same node;
 *   <li>offices come from one task: each also MERGEs an OF edge to a State or Party that many
 *       offices share;
 *   <li>MENTIONS are partitioned by article and HOLDS by person, so one end of every relationship
 *       belongs to one task alone, and sorted within the partition by the other end, so every
 *       transaction takes the locks of the shared ends in one global order: no cycle of waits;
 *   <li>MET joins two persons that other tasks also touch: written from one task;
 *   <li>and every transaction is retried on transient errors (deadlock included) by the connector,
 *       {@code transaction.retries} times, as a safety net. Every statement is idempotent (MERGE,
 *       and an article's evidence is added once), so a retried batch or a re-run task adds nothing.
 * </ul>
 */
final class Sink {
  private final SparkSession spark;
  private final Connection connection;
  private final int partitions;
  private final int batchSize;
  private final int retries;
  private final String failOnce;
  final Map<String, Long> millis = new LinkedHashMap<>();

  Sink(
      SparkSession spark,
      Connection connection,
      int partitions,
      int batchSize,
      int retries,
      String failOnce) {
    this.spark = spark;
    this.connection = connection;
    this.partitions = partitions;
    this.batchSize = batchSize;
    this.retries = retries;
    this.failOnce = failOnce;
  }

  /** Nodes: one row per key, partitioned by it. */
  void byKey(String stage, Dataset<Row> df, String key) {
    write(stage, df.repartition(partitions, df.col(key)));
  }

  /** Rows written by one task, in the order given. */
  void single(String stage, Dataset<Row> df, String... sortBy) {
    Dataset<Row> one = df.repartition(1);
    write(stage, sortBy.length == 0 ? one : one.sortWithinPartitions(sortBy[0], rest(sortBy)));
  }

  /**
   * Relationships whose {@code owner} end belongs to one partition, sorted there by the {@code
   * shared} end.
   */
  void owned(String stage, Dataset<Row> df, String owner, String shared) {
    write(stage, df.repartition(partitions, df.col(owner)).sortWithinPartitions(shared, owner));
  }

  private static String[] rest(String[] a) {
    String[] r = new String[a.length - 1];
    System.arraycopy(a, 1, r, 0, r.length);
    return r;
  }

  private void write(String stage, Dataset<Row> df) {
    long t0 = System.nanoTime();
    Dataset<Row> out = stage.equals(failOnce) ? failFirstAttemptMidway(spark, df) : df;
    var w =
        out.write()
            .format("org.neo4j.spark.DataSource")
            .mode(SaveMode.Append)
            .option("url", connection.uri())
            .option("query", Statements.text("spark/" + stage + ".cypher"))
            .option("batch.size", String.valueOf(batchSize))
            .option("transaction.retries", String.valueOf(retries))
            .option("transaction.retry.timeout", "250");
    if (connection.password() == null) {
      w = w.option("authentication.type", "none");
    } else {
      w =
          w.option("authentication.type", "basic")
              .option("authentication.basic.username", connection.user())
              .option("authentication.basic.password", connection.password());
    }
    if (connection.database() != null) {
      w = w.option("database", connection.database());
    }
    w.save();
    millis.merge(stage, (System.nanoTime() - t0) / 1_000_000, Long::sum);
  }

  /**
   * For the test of a task killed mid-write: the first attempt of partition 0 of this stage fails
   * after half of its rows went to the writer (some batches committed), and Spark runs it again.
   */
  private static Dataset<Row> failFirstAttemptMidway(SparkSession spark, Dataset<Row> df) {
    JavaRDD<Row> rdd =
        df.javaRDD()
            .mapPartitionsWithIndex(
                (i, it) -> {
                  TaskContext tc = TaskContext.get();
                  if (i != 0 || tc.attemptNumber() > 0) {
                    return it;
                  }
                  java.util.List<Row> all = new java.util.ArrayList<>();
                  it.forEachRemaining(all::add);
                  int half = all.size() / 2;
                  return new java.util.Iterator<Row>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                      if (next >= half && all.size() > 1) {
                        throw new IllegalStateException(
                            "killed mid-write for the test, after " + next + " rows");
                      }
                      return next < all.size();
                    }

                    @Override
                    public Row next() {
                      return all.get(next++);
                    }
                  };
                },
                true);
    return spark.createDataFrame(rdd, df.schema());
  }
}
