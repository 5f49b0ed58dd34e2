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
import org.netagraph.load.LoadReport;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

class LoadIdempotencyIT {
  private static LoadReport load(Graph g, Path... paths) {
    return new Loader(TestPipeline.get(), g, new LoadOptions(2, 3, false), Progress.silent())
        .load(List.of(paths));
  }

  private static List<String> names(Graph g) {
    List<String> out = new ArrayList<>();
    g.query(
        "MATCH (p:Person) RETURN p.name ORDER BY p.name",
        Map.of(),
        false,
        h -> {},
        r -> out.add((String) r.get(0)));
    return out;
  }

  @Test
  void loadingTheExamplesTwiceChangesNothing() {
    try (Graph g = TestNeo4j.emptyGraph()) {
      LoadReport first = load(g, Path.of("examples"));
      assertTrue(first.written() > 0, "nothing written: " + first);
      assertTrue(first.count("Person") > 0 && first.count("HOLDS") > 0, first.counts().toString());
      LoadReport second = load(g, Path.of("examples"));
      assertEquals(0, second.written());
      assertEquals(first.read(), second.unchanged());
      assertEquals(first.counts(), second.counts());
    }
  }

  @Test
  void changedArticleReplacesOnlyWhatItContributed(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(
        b,
        "date 2020-01-05 जयपुर. राजस्थान के मुख्यमंत्री अशोक गहलोत ने बजट पर चर्चा की।",
        StandardCharsets.UTF_8);
    Files.writeString(
        a,
        "date 2020-01-06 जयपुर. मुख्यमंत्री अशोक गहलोत ने सचिवालय में मंत्री रमेश मीणा से मुलाकात की।",
        StandardCharsets.UTF_8);
    try (Graph g = TestNeo4j.emptyGraph()) {
      load(g, dir);
      List<String> before = names(g);
      assertTrue(
          before.stream()
              .anyMatch(n -> n.contains("Meena") || n.contains("Meenaa") || n.contains("Mina")),
          before.toString());
      long met = g.counts().getOrDefault("MET", 0L);
      assertEquals(1, met, g.counts().toString());
      // a's new version no longer names the minister: he and the meeting go, Gehlot stays (b names
      // him)
      Files.writeString(
          a,
          "date 2020-01-06 जयपुर. मुख्यमंत्री अशोक गहलोत ने सचिवालय में बैठक की।",
          StandardCharsets.UTF_8);
      LoadReport r = load(g, dir);
      assertEquals(1, r.replaced());
      assertEquals(1, r.unchanged());
      List<String> after = names(g);
      assertEquals(1, after.size(), after.toString());
      List<Object> aliases = new ArrayList<>();
      g.query(
          "MATCH (p:Person) RETURN p.aliases",
          Map.of(),
          false,
          h -> {},
          row -> aliases.add(row.get(0)));
      assertTrue(aliases.toString().contains("अशोक गहलोत"), aliases.toString());
      assertEquals(0L, g.counts().getOrDefault("MET", 0L));
      List<Object> articles = new ArrayList<>();
      g.query(
          "MATCH (:Person)-[h:HOLDS]->(:Office {title:'Chief Minister', state:'Rajasthan'}) RETURN h.articles",
          Map.of(),
          false,
          h -> {},
          row -> articles.add(row.get(0)));
      assertEquals(1, articles.size());
      assertTrue(((List<?>) articles.get(0)).containsAll(List.of("a", "b")), articles.toString());
    }
  }

  @Test
  void eachArticleOfAFactKeepsTheRuleThatReadItThere(@TempDir Path dir) throws Exception {
    String cm = "MATCH (:Person)-[h:HOLDS]->(:Office {title:'Chief Minister', state:'Rajasthan'}) ";
    Files.writeString(
        dir.resolve("a.txt"),
        "date 2020-01-06 जयपुर. राजस्थान के मुख्यमंत्री अशोक गहलोत ने बजट पेश किया।",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        "date 2020-01-05 जयपुर. अशोक गहलोत राजस्थान के मुख्यमंत्री हैं।",
        StandardCharsets.UTF_8);
    try (Graph g = TestNeo4j.emptyGraph()) {
      load(g, dir);
      assertEquals(
          List.of(List.of(List.of("a", "b"), List.of("holds.title-name", "holds.predicate"))),
          column(g, cm + "RETURN [h.articles, h.rules]"));
      // every HOLDS and MET: one rule per article, beside its evidence
      assertEquals(
          List.of(),
          column(
              g,
              "MATCH ()-[r:HOLDS|MET]->() WHERE size(r.rules) <> size(r.articles)"
                  + " OR size(r.rules) <> size(r.evidence) RETURN r"));
      // a replaced article takes its rule away with its evidence
      Files.writeString(
          dir.resolve("a.txt"), "date 2020-01-06 जयपुर. बजट पेश हुआ।", StandardCharsets.UTF_8);
      load(g, dir);
      assertEquals(
          List.of(List.of(List.of("b"), List.of("holds.predicate"))),
          column(g, cm + "RETURN [h.articles, h.rules]"));
      // a HOLDS stored before rules were kept gets '' for its earlier articles
      g.write(tx -> tx.run(cm + "REMOVE h.rules", Map.of()));
      Files.writeString(
          dir.resolve("c.txt"),
          "date 2020-01-07 जयपुर. राजस्थान के मुख्यमंत्री अशोक गहलोत ने कहा।",
          StandardCharsets.UTF_8);
      load(g, dir);
      assertEquals(
          List.of(List.of(List.of("b", "c"), List.of("", "holds.title-name"))),
          column(g, cm + "RETURN [h.articles, h.rules]"));
    }
  }

  private static List<Object> column(Graph g, String cypher) {
    List<Object> out = new ArrayList<>();
    g.query(cypher, Map.of(), false, h -> {}, r -> out.add(r.get(0)));
    return out;
  }

  @Test
  void sameFileNameInTwoFoldersLoadsTwoArticles(@TempDir Path dir) throws Exception {
    Path jan = dir.resolve("2019/jan/report.txt");
    Path feb = dir.resolve("2020/feb/report.txt");
    Files.createDirectories(jan.getParent());
    Files.createDirectories(feb.getParent());
    Files.writeString(
        jan,
        "date 2019-01-10 जयपुर. राजस्थान के मुख्यमंत्री अशोक गहलोत ने बजट पर चर्चा की।",
        StandardCharsets.UTF_8);
    Files.writeString(
        feb,
        "date 2020-02-11 भोपाल. मध्य प्रदेश के मुख्यमंत्री कमलनाथ ने किसानों से बात की।",
        StandardCharsets.UTF_8);
    try (Graph g = TestNeo4j.emptyGraph()) {
      LoadReport first = load(g, dir);
      assertEquals(2, first.written(), first.toString());
      assertEquals(2L, g.counts().get("Article"), g.counts().toString());
      assertEquals(
          List.of("2019/jan/report", "2020/feb/report"),
          column(g, "MATCH (a:Article) RETURN a.id ORDER BY a.id"));
      assertEquals(2, names(g).size(), names(g).toString());
      LoadReport again = load(g, dir);
      assertEquals(2, again.unchanged(), again.toString());
      assertEquals(first.counts(), again.counts());
    }
  }

  @Test
  void storeKeyedByFileNameMovesToPathIdsWithoutDuplicates(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("2019/jan/report.txt");
    Files.createDirectories(story.getParent());
    Files.writeString(
        story,
        "date 2019-01-10 जयपुर. मुख्यमंत्री अशोक गहलोत ने मंत्री रमेश मीणा से मुलाकात की।",
        StandardCharsets.UTF_8);
    try (Graph g = TestNeo4j.emptyGraph()) {
      // a store made by an older netagraph knew this article by its file name alone
      load(g, story);
      assertEquals(List.of("report"), column(g, "MATCH (a:Article) RETURN a.id"));
      Map<String, Long> before = g.counts();
      LoadReport r = load(g, dir);
      assertEquals(0, r.written(), r.toString());
      assertEquals(1, r.unchanged(), r.toString());
      assertEquals(before, g.counts());
      assertEquals(List.of("2019/jan/report"), column(g, "MATCH (a:Article) RETURN a.id"));
      assertEquals(
          List.of(List.of("2019/jan/report")), column(g, "MATCH ()-[m:MET]->() RETURN m.articles"));
      assertTrue(
          column(g, "MATCH ()-[h:HOLDS]->() RETURN h.articles").stream()
              .allMatch(a -> a.equals(List.of("2019/jan/report"))),
          column(g, "MATCH ()-[h:HOLDS]->() RETURN h.articles").toString());
    }
  }

  @Test
  void anIdThatNowComesFromAnotherFileIsReported(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("one/report.txt");
    Path b = dir.resolve("two/report.txt");
    Files.createDirectories(a.getParent());
    Files.createDirectories(b.getParent());
    Files.writeString(
        a, "date 2019-01-10 जयपुर. मुख्यमंत्री अशोक गहलोत जयपुर में थे।", StandardCharsets.UTF_8);
    Files.writeString(
        b, "date 2020-02-11 भोपाल. मुख्यमंत्री कमलनाथ भोपाल में थे।", StandardCharsets.UTF_8);
    try (Graph g = TestNeo4j.emptyGraph()) {
      load(g, dir.resolve("one"));
      LoadReport r = load(g, dir.resolve("two"));
      assertEquals(1, r.replaced(), r.toString());
      assertEquals(1, r.notices().size(), r.toString());
      assertTrue(
          r.notices().get(0).contains("replaces the one loaded earlier from"),
          r.notices().toString());
    }
  }
}
