package org.netagraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.netagraph.graph.ConnectionOptions;
import org.netagraph.graph.Graph;
import org.netagraph.graph.GraphElement;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.support.GraphSnapshot;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;
import org.netagraph.write.CypherFiles;

/** Every export format read back by the tool on the other side gives the same graph. */
class ExportRoundTripIT {
  private static Graph graph;
  private static List<String> original;

  @BeforeAll
  static void load() {
    graph = TestNeo4j.emptyGraph();
    new Loader(TestPipeline.get(), graph, new LoadOptions(2, 10, false), Progress.silent())
        .load(List.of(Path.of("examples")));
    original = GraphSnapshot.canonical(graph, false);
    assertTrue(original.size() > 100, "graph too small: " + original.size());
    assertTrue(
        original.stream().anyMatch(s -> s.contains("शरद पवार")), "no Devanagari in the graph");
  }

  @AfterAll
  static void close() {
    graph.close();
  }

  private static void export(GraphExporter ex) throws Exception {
    ex.begin(graph.propertySchema());
    graph.streamAll(
        e -> {
          try {
            ex.accept(e);
          } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
          }
        });
    ex.end();
  }

  @Test
  void cypherScriptReplaysIntoAnEmptyDatabase() throws Exception {
    StringWriter w = new StringWriter();
    export(new CypherExporter(w));
    List<String> statements = CypherFiles.statements(w.toString());
    try (Graph g = TestNeo4j.emptyGraph()) {
      assertEquals(List.of(), GraphSnapshot.canonical(g, false));
      for (String st : statements) {
        g.query(st, Map.of(), true, h -> {}, r -> {});
      }
      assertEquals(original, GraphSnapshot.canonical(g, false));
      for (String st : statements) {
        g.query(st, Map.of(), true, h -> {}, r -> {});
      }
      assertEquals(original, GraphSnapshot.canonical(g, false), "replaying twice changes nothing");
    } finally {
      graph.close();
      load();
    }
  }

  @Test
  void csvImportsWithNeo4jAdmin(@TempDir Path tmp) throws Exception {
    CsvExporter csv = new CsvExporter(tmp.resolve("csv"));
    export(csv);
    String header =
        Files.readString(tmp.resolve("csv/nodes-Person.csv"), StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElseThrow();
    assertTrue(
        header.startsWith("\"id:ID(Person)\",\":LABEL\"") && header.contains("aliases:string[]"),
        header);
    Path home = tmp.resolve("imported");
    Files.createDirectories(home.resolve("conf"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
    int code =
        AdminTool.execute(
            new ExecutionContext(
                home,
                home.resolve("conf"),
                ps,
                ps,
                new org.neo4j.io.fs.DefaultFileSystemAbstraction()),
            java.util.stream.Stream.concat(
                    csv.importArguments("neo4j").stream(),
                    java.util.stream.Stream.of(
                        "--report-file=" + tmp.resolve("import.report").toAbsolutePath()))
                .toArray(String[]::new));
    assertEquals(0, code, log.toString(StandardCharsets.UTF_8));
    try (Graph g = Graph.open(ConnectionOptions.embedded(home))) {
      assertEquals(GraphSnapshot.canonical(graph, true), GraphSnapshot.canonical(g, true));
    }
  }

  @Test
  void graphmlReadsBackInNetworkx(@TempDir Path tmp) throws Exception {
    Path py = Path.of("/usr/bin/python3");
    boolean ok =
        Files.isExecutable(py)
            && new ProcessBuilder(py.toString(), "-c", "import networkx").start().waitFor() == 0;
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(ok, "python3-networkx not installed: GraphML check skipped");
    }
    Path file = tmp.resolve("g.graphml");
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      export(new GraphmlExporter(w));
    }
    String script =
        "import networkx as nx, sys, json\n"
            + "g = nx.read_graphml(sys.argv[1])\n"
            + "names = sorted(d.get('name','') for n, d in g.nodes(data=True) if d.get('labels') == ':Person')\n"
            + "aliases = [json.loads(d['aliases']) for n, d in g.nodes(data=True) if d.get('labels') == ':Person' and d.get('name') == 'Sharad Pawar'][0]\n"
            + "ranks = set(type(d.get('nameRank')).__name__ for n, d in g.nodes(data=True) if 'nameRank' in d)\n"
            + "print(g.number_of_nodes(), g.number_of_edges(), len(names), '|'.join(aliases), ','.join(sorted(ranks)))\n";
    Process p =
        new ProcessBuilder(py.toString(), "-c", script, file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    long nodes = original.stream().filter(s -> s.startsWith("N ")).count();
    long rels = original.stream().filter(s -> s.startsWith("R ")).count();
    long persons = original.stream().filter(s -> s.startsWith("N [Person]")).count();
    assertEquals(nodes + " " + rels + " " + persons + " पवार|शरद पवार int", out);
  }

  @Test
  void dotRendersWithGraphvizWithoutWarnings(@TempDir Path tmp) throws Exception {
    boolean ok = new ProcessBuilder("sh", "-c", "command -v dot").start().waitFor() == 0;
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(ok, "graphviz not installed: DOT check skipped");
    }
    Path file = tmp.resolve("g.dot");
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      export(new DotExporter(w));
    }
    String dot = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(dot.contains("#4C8EDA") && dot.contains("Sharad Pawar"), "colours and captions");
    Process p =
        new ProcessBuilder("dot", "-Tsvg", "-o", tmp.resolve("g.svg").toString(), file.toString())
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), err);
    assertEquals("", err.strip());
    assertTrue(
        Files.readString(tmp.resolve("g.svg"), StandardCharsets.UTF_8).contains("Sharad Pawar"));
  }

  @Test
  void jsonLinesKeepEveryProperty() throws Exception {
    StringWriter w = new StringWriter();
    export(new JsonExporter(w));
    List<String> lines = w.toString().lines().toList();
    assertEquals(original.size(), lines.size());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("\"aliases\":[\"पवार\",\"शरद पवार\"]")),
        "arrays stay arrays");
  }

  @Test
  void selectionExportsOneStatesOfficesAndHolders() {
    List<String> out = new ArrayList<>();
    graph.stream(
        new Graph.Selection(
            null,
            null,
            "MATCH path = (p:Person)-[:HOLDS]->(o:Office)-[:OF]->(s:State {name: 'Rajasthan'}) RETURN path"),
        e ->
            out.add(
                e instanceof GraphElement.NodeElement n
                    ? "N " + n.labels() + n.properties().get("name") + n.properties().get("title")
                    : "R " + ((GraphElement.RelationshipElement) e).type()));
    assertTrue(out.contains("N [Person]Ashok Gehlotnull"), out.toString());
    assertTrue(out.contains("N [State]Rajasthannull"), out.toString());
    assertTrue(out.stream().noneMatch(s -> s.contains("Mamata")), out.toString());
    assertTrue(out.contains("R HOLDS") && out.contains("R OF"), out.toString());
    List<String> labelsOnly = new ArrayList<>();
    graph.stream(
        new Graph.Selection(List.of("Person"), null, null),
        e ->
            labelsOnly.add(
                e instanceof GraphElement.NodeElement n
                    ? n.labels().get(0)
                    : ((GraphElement.RelationshipElement) e).type()));
    assertTrue(
        labelsOnly.stream().allMatch(s -> s.equals("Person") || s.equals("MET")),
        labelsOnly.toString());
  }
}
