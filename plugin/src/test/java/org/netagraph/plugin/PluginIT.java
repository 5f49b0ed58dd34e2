package org.netagraph.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The plugin jar in a Neo4j 5.26 engine (plugins folder, Bolt on loopback), every procedure called
 * from Cypher over Bolt with the Java driver, and the graph {@code netagraph.load} makes of the
 * example articles compared with the one {@code netagraph load examples} makes.
 */
class PluginIT {
  private static final Path EXAMPLES = Path.of("examples");

  @TempDir static Path home;
  private static PluginServer server;

  @BeforeAll
  static void start() throws IOException {
    // what runs is the jar in the plugins folder: neither netagraph's classes nor CoreNLP's are
    // on this test's class path
    for (String c :
        List.of(
            "org.netagraph.plugin.NetagraphProcedures",
            "org.netagraph.extract.Pipeline",
            "org.netagraph.cli.Main",
            "edu.stanford.nlp.ie.crf.CRFClassifier")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(c), c);
    }
    server = new PluginServer(home);
    run("CALL netagraph.schema()", Map.of());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void wipe() {
    run("MATCH (n) DETACH DELETE n", Map.of());
  }

  @Test
  void keyIsOneAcrossScripts() {
    Record r =
        single(
            "RETURN netagraph.key('कमलनाथ') AS hi, netagraph.key('Kamal Nath') AS en,"
                + " netagraph.key('Shri Kamal Nath') AS honorific, netagraph.key('Ashok Gehlot') AS other",
            Map.of());
    String hi = r.get("hi").asString();
    assertFalse(hi.isEmpty());
    assertEquals(hi, r.get("en").asString());
    assertEquals(hi, r.get("honorific").asString());
    assertNotEquals(hi, r.get("other").asString());
  }

  @Test
  void extractReadsFactsAndWritesNothing() throws IOException {
    String text = Files.readString(example(0), StandardCharsets.UTF_8);
    Record r =
        single(
            "CALL netagraph.extract($text, {place: 'Mumbai'}) YIELD persons, holds, met"
                + " RETURN persons, holds, met",
            Map.of("text", text));
    List<Object> persons = r.get("persons").asList();
    assertTrue(persons.size() >= 3, "persons: " + persons);
    assertFalse(r.get("holds").asList().isEmpty(), "holds");
    assertFalse(r.get("met").asList().isEmpty(), "met");
    Map<String, Object> first = r.get("persons").get(0).asMap();
    assertTrue(first.keySet().containsAll(List.of("id", "name", "key", "aliases")), "" + first);
    assertEquals(0L, single("MATCH (n) RETURN count(n) AS n", Map.of()).get("n").asLong());
  }

  @Test
  void loadFromDocumentsMakesTheGraphOfNetagraphLoad() throws Exception {
    // the user's documents, loaded in a batch from Cypher as the README shows
    for (Path f : examples()) {
      run(
          "CREATE (:Document {id: $id, path: $path, text: $text})",
          Map.of(
              "id", id(f),
              "path", EXAMPLES.resolve(f.getFileName()).toString(),
              "text", Files.readString(f, StandardCharsets.UTF_8)));
    }
    String batch =
        "MATCH (d:Document) WITH d ORDER BY d.id"
            + " CALL (d) { CALL netagraph.load(d.text, {id: d.id, path: d.path})"
            + " YIELD articles RETURN articles } IN TRANSACTIONS OF 2 ROWS"
            + " RETURN sum(articles) AS articles";
    assertEquals(examples().size(), single(batch, Map.of()).get("articles").asInt());
    List<String> viaPlugin = GraphLines.of(server.driver);
    assertTrue(viaPlugin.size() > 100, "a real graph: " + viaPlugin.size());
    // loading again changes nothing
    assertEquals(0, single(batch, Map.of()).get("articles").asInt());
    assertEquals(viaPlugin, GraphLines.of(server.driver));

    run("MATCH (n) DETACH DELETE n", Map.of());
    cliLoad();
    List<String> viaCli = GraphLines.of(server.driver);
    assertEquals(viaCli, viaPlugin);
  }

  @Test
  void aChangedArticleReplacesItsContribution() throws IOException {
    String a = Files.readString(example(0), StandardCharsets.UTF_8);
    String b = Files.readString(example(1), StandardCharsets.UTF_8);
    String load =
        "CALL netagraph.load($text, {id: $id}) YIELD articles, replaced, persons, holds, met"
            + " RETURN articles, replaced, persons, holds, met";
    Record first = single(load, Map.of("text", a, "id", "a"));
    assertEquals(1, first.get("articles").asInt());
    assertTrue(first.get("persons").asInt() > 0 && first.get("holds").asInt() > 0, "" + first);
    assertEquals(36L, single("MATCH (s:State) RETURN count(s) AS n", Map.of()).get("n").asLong());
    // a State that differs from the lexicon is written again by the next load
    run("MATCH (s:State) WITH s LIMIT 1 SET s.name = 'renamed'", Map.of());
    single(load, Map.of("text", b, "id", "b"));
    assertEquals(
        0L,
        single("MATCH (s:State {name: 'renamed'}) RETURN count(s) AS n", Map.of())
            .get("n")
            .asLong());
    List<String> both = GraphLines.of(server.driver);

    // the same id with other text: a's old facts go, b's stay
    Record changed = single(load, Map.of("text", b, "id", "a"));
    assertEquals(1, changed.get("replaced").asInt());
    assertNotEquals(both, GraphLines.of(server.driver));
    assertEquals(
        0L,
        single(
                "MATCH ()-[r:HOLDS|MET]->() WHERE ('a' IN r.articles) <> ('b' IN r.articles)"
                    + " RETURN count(r) AS n",
                Map.of())
            .get("n")
            .asLong(),
        "a now states exactly b's facts: none of its old text's is left");

    // back to the first text: the graph is the one before
    single(load, Map.of("text", a, "id", "a"));
    assertEquals(both, GraphLines.of(server.driver));
    // and an unchanged article is skipped
    assertEquals(0, single(load, Map.of("text", a, "id", "a")).get("articles").asInt());
  }

  @Test
  void loadNeedsTheSchemaAndAnId() throws IOException {
    String text = Files.readString(example(0), StandardCharsets.UTF_8);
    ClientException noId =
        assertThrows(
            ClientException.class,
            () -> run("CALL netagraph.load($text, {})", Map.of("text", text)));
    assertTrue(noId.getMessage().contains("needs an id"), noId.getMessage());
    ClientException typo =
        assertThrows(
            ClientException.class,
            () -> run("CALL netagraph.load($text, {idd: 'x'})", Map.of("text", text)));
    assertTrue(typo.getMessage().contains("unknown option"), typo.getMessage());
    run("DROP CONSTRAINT person_key", Map.of());
    try {
      ClientException noSchema =
          assertThrows(
              ClientException.class,
              () -> run("CALL netagraph.load($text, {id: 'x'})", Map.of("text", text)));
      assertTrue(noSchema.getMessage().contains("netagraph.schema()"), noSchema.getMessage());
      assertEquals(0L, single("MATCH (n) RETURN count(n) AS n", Map.of()).get("n").asLong());
    } finally {
      run("CALL netagraph.schema()", Map.of());
    }
    assertEquals(
        1,
        single(
                "CALL netagraph.load($text, {id: 'x'}) YIELD articles RETURN articles",
                Map.of("text", text))
            .get("articles")
            .asInt());
  }

  @Test
  void callsFromManySessionsAtOnceGetTheSameFacts() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path f : examples()) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    String q =
        "CALL netagraph.extract($text) YIELD persons, holds, met"
            + " RETURN [p IN persons | p.key] AS persons, size(holds) AS holds, size(met) AS met";
    List<Object> alone = new ArrayList<>();
    for (String t : texts) {
      alone.add(single(q, Map.of("text", t)).asMap());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> together = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String t : texts) {
          together.add(pool.submit(() -> (Object) single(q, Map.of("text", t)).asMap()));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertEquals(alone.get(i % texts.size()), together.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readmeExamplesRun() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("<!-- plugin-examples");
    int to = readme.indexOf("<!-- /plugin-examples -->");
    assertTrue(from >= 0 && to > from, "README has the plugin examples");
    List<String> blocks = new ArrayList<>();
    Matcher m =
        Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(from, to));
    while (m.find()) {
      blocks.add(m.group(1).strip().replaceFirst("^:auto\\s+", ""));
    }
    assertEquals(3, blocks.size(), "three examples: " + blocks);

    Record extracted = single(blocks.get(0), Map.of());
    assertTrue(
        extracted.get("persons").asList().containsAll(List.of("Ashok Gehlot", "Amit Shah")),
        extracted.toString());
    assertTrue(extracted.get("meetings").asInt() >= 1, extracted.toString());

    List<Record> held = list(blocks.get(1));
    assertFalse(held.isEmpty(), "Kamal Nath found by his key");
    assertEquals("Kamal Nath", held.get(0).get("p.name").asString());
    assertTrue(
        held.stream().anyMatch(r -> r.get("o.title").asString().equals("Chief Minister")),
        held.toString());

    for (Path f : examples().subList(0, 2)) {
      run(
          "CREATE (:Document {id: $id, text: $text})",
          Map.of("id", id(f), "text", Files.readString(f, StandardCharsets.UTF_8)));
    }
    assertEquals(2, single(blocks.get(2), Map.of()).get("loaded").asInt());
    assertEquals(0, single(blocks.get(2), Map.of()).get("loaded").asInt());
  }

  /**
   * {@code netagraph load} of examples/ by the application's own jar, over Bolt into the server.
   */
  private static void cliLoad() throws Exception {
    Path jar = Path.of("target/netagraph.jar");
    Path cp = Path.of("target/classpath.txt");
    assertTrue(
        Files.isRegularFile(jar) && Files.isRegularFile(cp),
        "the application is built (target/netagraph.jar, target/classpath.txt)");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-Xmx2g",
                "-Dfile.encoding=UTF-8",
                "-cp",
                jar + ":" + Files.readString(cp, StandardCharsets.UTF_8).strip(),
                "org.netagraph.cli.Main",
                "load",
                "--plain",
                "--uri",
                server.boltUri,
                EXAMPLES.toString())
            .redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("NEO4J_") || k.equals("NETAGRAPH_MODELS"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "netagraph load: " + out);
  }

  private static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Path example(int i) throws IOException {
    return examples().get(i);
  }

  private static String id(Path f) {
    String n = f.getFileName().toString();
    return n.substring(0, n.length() - ".txt".length());
  }

  private static Record single(String cypher, Map<String, Object> params) {
    try (Session s = server.driver.session()) {
      return s.run(cypher, params).single();
    }
  }

  private static List<Record> list(String cypher) {
    try (Session s = server.driver.session()) {
      return s.run(cypher).list();
    }
  }

  private static void run(String cypher, Map<String, Object> params) {
    try (Session s = server.driver.session()) {
      s.run(cypher, params).consume();
    }
  }
}
