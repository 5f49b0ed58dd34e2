package org.netagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Runs load, query and export once on a throw-away store. The launcher runs it once after each
 * build with {@code -XX:ArchiveClassesAtExit}, so that the classes these commands need (the Neo4j
 * engine alone loads about 15,000) are kept in a class-data archive that later commands map instead
 * of loading and verifying again: a cold {@code query} starts in about half the time.
 */
@Command(
    name = "warm-up",
    hidden = true,
    description =
        "Run load, query and export once on a throw-away store (the launcher's class-data archive).")
final class WarmUpCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "ARTICLES",
      arity = "1..*",
      description = "Article files or folders to load.")
  List<Path> articles;

  @Override
  public Integer call() throws IOException {
    Path work = Files.createTempDirectory("netagraph-warm-up");
    try {
      String store = work.resolve("store").toString();
      PrintWriter quiet = new PrintWriter(new StringWriter());
      String[][] runs = {
        concat(new String[] {"load", "--plain", "--store", store}, articles),
        {
          "query",
          "--store",
          store,
          "MATCH (p:Person)-[h:HOLDS]->(o:Office) RETURN p.name, o.title LIMIT 5"
        },
        {
          "export",
          "--store",
          store,
          "--format",
          "json",
          "-o",
          work.resolve("graph.jsonl").toString()
        }
      };
      int worst = 0;
      for (String[] run : runs) {
        worst = Math.max(worst, Main.run(run, quiet, quiet));
      }
      return worst;
    } finally {
      org.netagraph.ScratchDir.delete(work);
    }
  }

  private static String[] concat(String[] head, List<Path> tail) {
    return Stream.concat(Stream.of(head), tail.stream().map(Path::toString)).toArray(String[]::new);
  }
}
