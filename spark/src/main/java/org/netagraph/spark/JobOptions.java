package org.netagraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The job's arguments: {@code --input PATH}... (folders of text files, JSON lines and the other
 * formats {@code load} reads), {@code --uri}, {@code --user}, {@code --database} (defaults from
 * {@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_DATABASE}; the password only from {@code
 * NEO4J_PASSWORD}), {@code --partitions N} (write parallelism; default Spark's), {@code
 * --batch-size N} (rows per transaction, default 1000), {@code --retries N} (per transaction,
 * default 10), {@code --master URL} (only outside spark-submit); {@code --mode bulk --output DIR}
 * writes neo4j-admin import files into a new folder instead of a database ({@link BulkOutput}; no
 * {@code --uri} then).
 */
record JobOptions(
    List<Path> inputs,
    Connection connection,
    int partitions,
    int batchSize,
    int retries,
    String master,
    String failOnce,
    Path output) {

  static final String USAGE =
      "usage: spark-submit --class org.netagraph.spark.SparkJob netagraph-spark.jar"
          + " --input PATH [--input PATH]... --uri bolt://...|neo4j://... [--user U]"
          + " [--database D] [--partitions N] [--batch-size N] [--retries N]"
          + " (password from NEO4J_PASSWORD)\n"
          + "   or: ... --input PATH [--input PATH]... --mode bulk --output DIR [--partitions N]"
          + " (neo4j-admin import files, for a first load)";

  /** The incremental job, into a database. */
  JobOptions(
      List<Path> inputs,
      Connection connection,
      int partitions,
      int batchSize,
      int retries,
      String master,
      String failOnce) {
    this(inputs, connection, partitions, batchSize, retries, master, failOnce, null);
  }

  JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no --input given\n" + USAGE);
    }
    if ((connection == null) == (output == null)) {
      throw new IllegalArgumentException("either a database or a bulk --output\n" + USAGE);
    }
    if (batchSize < 1 || retries < 0 || partitions < 0) {
      throw new IllegalArgumentException("--batch-size, --retries, --partitions out of range");
    }
  }

  static JobOptions parse(String[] args, Map<String, String> env) {
    List<Path> inputs = new ArrayList<>();
    String uri = env.get("NEO4J_URI");
    String user = env.getOrDefault("NEO4J_USERNAME", "neo4j");
    String database = env.get("NEO4J_DATABASE");
    String password = env.get("NEO4J_PASSWORD");
    int partitions = 0;
    int batch = 1000;
    int retries = 10;
    String master = null;
    String failOnce = null;
    String mode = "incremental";
    Path output = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--input" -> inputs.add(Path.of(v));
        case "--uri" -> uri = v;
        case "--user" -> user = v;
        case "--database" -> database = v;
        case "--partitions" -> partitions = number(a, v);
        case "--batch-size" -> batch = number(a, v);
        case "--retries" -> retries = number(a, v);
        case "--master" -> master = v;
        case "--mode" -> mode = v;
        case "--output" -> output = Path.of(v);
        case "--fail-once-in" -> failOnce = v; // tests: a task of this stage dies mid-write once
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
      }
    }
    String pw = password == null || password.isBlank() ? null : password;
    switch (mode) {
      case "bulk" -> {
        if (output == null) {
          throw new IllegalArgumentException("--mode bulk needs --output DIR\n" + USAGE);
        }
        return new JobOptions(inputs, null, partitions, batch, retries, master, failOnce, output);
      }
      case "incremental" -> {
        if (output != null) {
          throw new IllegalArgumentException(
              "--output is for --mode bulk; the incremental job writes into --uri\n" + USAGE);
        }
        return new JobOptions(
            inputs,
            new Connection(uri, user, pw, database),
            partitions,
            batch,
            retries,
            master,
            failOnce,
            null);
      }
      default ->
          throw new IllegalArgumentException(
              "--mode is incremental or bulk, not '" + mode + "'\n" + USAGE);
    }
  }

  private static int number(String option, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, not '" + v + "'", e);
    }
  }
}
