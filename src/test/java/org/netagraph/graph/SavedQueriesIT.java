package org.netagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;
import org.netagraph.write.CypherFiles;

/** Every saved question in cypher/queries runs on the example graph and returns what it should. */
class SavedQueriesIT {
  private static Graph graph;

  @BeforeAll
  static void loadExamples() {
    graph = TestNeo4j.emptyGraph();
    new Loader(TestPipeline.get(), graph, new LoadOptions(2, 10, false), Progress.silent())
        .load(List.of(Path.of("examples")));
  }

  @AfterAll
  static void close() {
    graph.close();
  }

  private static List<Map<String, Object>> run(String file, Object... params) {
    Map<String, Object> p = new HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      p.put((String) params[i], params[i + 1]);
    }
    List<String> statements = CypherFiles.fileStatements(Path.of("cypher/queries", file));
    assertEquals(1, statements.size(), file);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<List<String>> cols = new ArrayList<>();
    graph.query(
        statements.get(0),
        p,
        false,
        cols::add,
        r -> {
          Map<String, Object> m = new HashMap<>();
          for (int i = 0; i < r.size(); i++) {
            m.put(cols.get(0).get(i), r.get(i));
          }
          rows.add(m);
        });
    return rows;
  }

  private static boolean has(List<Map<String, Object>> rows, Object... kv) {
    return rows.stream()
        .anyMatch(
            r -> {
              for (int i = 0; i < kv.length; i += 2) {
                if (!String.valueOf(r.get((String) kv[i])).equals(String.valueOf(kv[i + 1]))) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void everySavedQuestionHasAHeaderAndUsesParameters() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".cypher")).toList();
      assertTrue(all.size() >= 12, "saved questions: " + all.size());
      for (Path f : all) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("// "), f + " needs a header comment");
        assertTrue(text.contains("// Parameters:"), f + " needs a Parameters line");
      }
    }
  }

  @Test
  void officesInAState() {
    List<Map<String, Object>> rows = run("offices-in-state.cypher", "state", "Rajasthan");
    assertTrue(
        has(rows, "office", "Chief Minister", "person", "Ashok Gehlot", "status", "current"),
        rows.toString());
    assertTrue(
        has(rows, "office", "Deputy Chief Minister", "person", "Sachin Pilot", "status", "former"),
        rows.toString());
  }

  @Test
  void chiefMinisters() {
    List<Map<String, Object>> rows = run("chief-ministers.cypher");
    assertTrue(
        has(rows, "state", "West Bengal", "chief_minister", "Mamata Banerjee", "status", "current"),
        rows.toString());
    assertTrue(
        has(
            rows,
            "state",
            "Maharashtra",
            "chief_minister",
            "Devendra Fadnavis",
            "status",
            "former"),
        rows.toString());
  }

  @Test
  void meetingsOfAPerson() {
    // Uddhav Thackeray met Sharad Pawar; Prithviraj Chavan was present at that meeting, so he met
    // Pawar too
    List<Map<String, Object>> rows = run("meetings-of-person.cypher", "name", "Sharad Pawar");
    assertEquals(2, rows.size(), rows.toString());
    Map<String, String> evidence = new java.util.HashMap<>();
    for (Map<String, Object> r : rows) {
      evidence.put((String) r.get("met"), String.valueOf(r.get("evidence")));
    }
    assertTrue(evidence.getOrDefault("Uddhav Thackeray", "").contains("मुलाकात"), rows.toString());
    assertTrue(evidence.getOrDefault("Prithviraj Chavan", "").contains("मौजूद"), rows.toString());
  }

  @Test
  void partyMeetingNetwork() {
    List<Map<String, Object>> rows =
        run("party-meeting-network.cypher", "party", "Bharatiya Janata Party");
    assertTrue(
        has(rows, "person", "B. L. Santhosh", "met", "J. P. Nadda")
            || has(rows, "person", "J. P. Nadda", "met", "B. L. Santhosh"),
        rows.toString());
    assertTrue(run("party-meeting-network.cypher", "party", "Samajwadi Party").isEmpty());
  }

  @Test
  void peopleByPartyPost() {
    List<Map<String, Object>> rows =
        run("people-by-party-post.cypher", "party", "Indian National Congress");
    assertTrue(
        has(rows, "post", "In-charge", "state_unit", "Rajasthan", "person", "Ajay Maken"),
        rows.toString());
    assertTrue(
        has(rows, "post", "General Secretary", "person", "K. C. Venugopal"), rows.toString());
  }

  @Test
  void officesOfAPerson() {
    List<Map<String, Object>> rows = run("offices-of-person.cypher", "name", "Sachin Pilot");
    assertTrue(
        has(rows, "office", "Deputy Chief Minister", "state", "Rajasthan", "status", "former"),
        rows.toString());
  }

  @Test
  void evidenceForAnOffice() {
    List<Map<String, Object>> rows =
        run("evidence-for-office.cypher", "name", "Mamata Banerjee", "title", "Chief Minister");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("2021-05-bengal-video-conference", rows.get(0).get("article"));
    assertTrue(String.valueOf(rows.get(0).get("sentence")).contains("video conference"));
  }

  @Test
  void mostConnectedPeople() {
    List<Map<String, Object>> rows = run("most-connected.cypher", "limit", 3L);
    assertEquals(3, rows.size());
    long previous = Long.MAX_VALUE;
    for (Map<String, Object> r : rows) {
      long m = ((Number) r.get("meetings")).longValue();
      assertTrue(m <= previous, "not sorted by meetings: " + rows);
      previous = m;
    }
    assertTrue(((Number) rows.get(0).get("meetings")).longValue() >= 2, rows.toString());
    assertTrue(
        has(rows, "person", "Narendra Modi"),
        "Modi met Mamata Banerjee and Naveen Patnaik: " + rows);
  }

  @Test
  void peopleTwoMeetingsApart() {
    List<Map<String, Object>> rows = run("two-meetings-apart.cypher", "name", "Mamata Banerjee");
    assertTrue(has(rows, "person", "Naveen Patnaik"), rows.toString());
    assertTrue(String.valueOf(rows.get(0).get("through")).contains("Narendra Modi"));
  }

  @Test
  void officesWithSeveralHolders() {
    List<Map<String, Object>> rows = run("offices-with-several-holders.cypher");
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "General Secretary".equals(r.get("office"))
                        && String.valueOf(r.get("holders")).contains("Ajay Maken")
                        && String.valueOf(r.get("holders")).contains("K. C. Venugopal")),
        rows.toString());
  }

  @Test
  void personsWithSeveralSpellings() {
    List<Map<String, Object>> rows = run("persons-with-aliases.cypher", "min", 2L);
    assertTrue(has(rows, "person", "Sharad Pawar"), rows.toString());
    for (Map<String, Object> r : rows) {
      assertTrue(((Number) r.get("spellings")).longValue() >= 2);
    }
  }

  @Test
  void whatAnArticleContributed() {
    List<Map<String, Object>> rows =
        run("article-contribution.cypher", "article", "2019-11-maharashtra-talks");
    List<Object> people = rows.stream().map(r -> r.get("person")).toList();
    assertTrue(
        people.containsAll(List.of("Uddhav Thackeray", "Sharad Pawar", "Devendra Fadnavis")),
        people.toString());
    assertTrue(has(rows, "person", "Devendra Fadnavis"), rows.toString());
    assertFalse(people.contains("Mamata Banerjee"));
  }

  @Test
  void peopleInAState() {
    List<Map<String, Object>> rows = run("people-in-state.cypher", "state", "West Bengal");
    assertTrue(has(rows, "person", "Mamata Banerjee"), rows.toString());
  }
}
