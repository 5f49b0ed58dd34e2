package org.netagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

/**
 * One person across articles, scripts and spellings is one node; different people with similar
 * names stay apart. People here are in no lexicon, so only the identity key joins them.
 */
class CrossArticleIdentityIT {
  @Test
  void onePersonAcrossScriptsAndSpellingsTwoPeopleApart(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "date 2021-03-01 Jaipur. District Collector Ramesh Kumar Meena inspected the hospital on Monday.",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        "date 2021-03-02 जयपुर. कलेक्टर रमेश कुमार मीणा ने अस्पताल का दौरा किया।",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("c.txt"),
        "date 2021-03-03 जयपुर. जिला कलेक्टर रमेश कुमार मीना ने बैठक ली।",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("d.txt"),
        "date 2021-03-04 जयपुर. कलेक्टर रमेश कुमार शर्मा ने बैठक ली। Collector Ramesh Kumar Mehta said schools will reopen.",
        StandardCharsets.UTF_8);
    try (Graph g = TestNeo4j.emptyGraph()) {
      new Loader(TestPipeline.get(), g, new LoadOptions(2, 2, false), Progress.silent())
          .load(List.of(dir));
      List<String> names = new ArrayList<>();
      List<Object> aliases = new ArrayList<>();
      g.query(
          "MATCH (p:Person) RETURN p.name, p.aliases ORDER BY p.name",
          Map.of(),
          false,
          h -> {},
          r -> {
            names.add((String) r.get(0));
            aliases.add(r.get(1));
          });
      assertEquals(3, names.size(), names + " " + aliases);
      assertTrue(names.contains("Ramesh Kumar Meena"), names.toString());
      String meena = aliases.get(names.indexOf("Ramesh Kumar Meena")).toString();
      assertTrue(meena.contains("रमेश कुमार मीणा") && meena.contains("रमेश कुमार मीना"), meena);
      List<Object> held = new ArrayList<>();
      g.query(
          "MATCH (:Person {name: 'Ramesh Kumar Meena'})-[h:HOLDS]->() RETURN h.articles",
          Map.of(),
          false,
          h -> {},
          r -> held.add(r.get(0)));
      assertEquals(1, held.size(), held.toString());
      assertTrue(((List<?>) held.get(0)).containsAll(List.of("a", "b", "c")), held.toString());
    }
  }
}
