package org.netagraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.netagraph.NetagraphException;
import org.netagraph.SuppressForbidden;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code netagraph}: Indian political news into a Neo4j knowledge graph. */
@Command(
    name = "netagraph",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Turns news articles about Indian politics (Hindi, English, code-mixed) into a Neo4j",
      "knowledge graph of people, offices, states, parties and meetings, with evidence.",
      "",
      "Start with:  netagraph load examples     then:  netagraph query \"MATCH (p:Person) RETURN p.name\""
    },
    subcommands = {
      LoadCommand.class,
      ExtractCommand.class,
      ExportCommand.class,
      QueryCommand.class,
      EvaluateCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      TagCommand.class,
      TrainCommand.class,
      BuildWordListsCommand.class,
      WarmUpCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 failure, 2 bad usage or bad input.",
      "Connection: --store DIR (embedded, default ./netagraph-data) or --uri bolt://... with",
      "NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE as defaults."
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (ex instanceof NetagraphException ne) {
            e.println("netagraph: " + ne.getMessage());
            if (verbose(parseResult)) {
              for (Throwable c = ne.getCause(); c != null; c = c.getCause()) {
                e.println("  caused by: " + c);
              }
            }
            e.flush();
            return ne.exitCode();
          }
          e.println("netagraph: internal error: " + ex);
          for (StackTraceElement st : ex.getStackTrace()) {
            e.println("    at " + st);
          }
          e.flush();
          return 1;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static boolean verbose(CommandLine.ParseResult r) {
    for (CommandLine.ParseResult p = r; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  @SuppressForbidden(reason = "the process's own stdout and stderr")
  public static void main(String[] args) {
    org.netagraph.Trace.mark("main");
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    org.netagraph.Trace.mark("exit " + code);
    System.exit(code);
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"netagraph " + (v == null ? "(development build)" : v)};
    }
  }
}
