package org.netagraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.graph.Graph;
import org.netagraph.support.GraphSnapshot;
import org.netagraph.support.NewsFixtures;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

/**
 * The same three articles as .txt files, JSON lines, CSV, HTML pages in their sites' furniture, and
 * a WARC make the same graph: persons, offices, facts with their evidence and dates, mentions. Only
 * what a format carries differs: the Article's id (a .txt file's path, otherwise the URL), its
 * path, digest, place (a .txt header's), title, url and source.
 */
class InputFormatsIT {
  private static final Map<String, String> KEY_OF_URL = new LinkedHashMap<>();

  static {
    for (NewsFixtures.Story s : NewsFixtures.ALL) {
      KEY_OF_URL.put(s.url(), s.key());
    }
  }

  @Test
  void everyFormatMakesTheSameGraph(@TempDir Path tmp) throws Exception {
    NewsFixtures.writeTxt(tmp.resolve("txt"));
    NewsFixtures.writeHtml(tmp.resolve("html"));
    Map<String, Path> inputs = new LinkedHashMap<>();
    inputs.put("txt", tmp.resolve("txt"));
    inputs.put("jsonl", NewsFixtures.writeJsonl(tmp.resolve("in/news.jsonl")));
    inputs.put("csv", NewsFixtures.writeCsv(tmp.resolve("in/news.csv")));
    inputs.put("html", tmp.resolve("html"));
    inputs.put("warc", NewsFixtures.writeWarc(tmp.resolve("in/crawl.warc.gz")));

    Map<String, List<String>> graphs = new LinkedHashMap<>();
    for (Map.Entry<String, Path> in : inputs.entrySet()) {
      String format = in.getKey();
      try (Graph g = TestNeo4j.emptyGraph()) {
        LoadReport r =
            new Loader(TestPipeline.get(), g, new LoadOptions(2, 2, false), Progress.silent())
                .load(List.of(in.getValue()));
        assertEquals(List.of(), r.skipped(), format);
        assertEquals(3, r.read(), format + ": " + r);
        assertTrue(r.count("HOLDS") >= 5 && r.count("MET") >= 3, format + ": " + r.counts());
        List<Map<String, Object>> articles = articles(g);
        for (Map<String, Object> a : articles) {
          NewsFixtures.Story s = story(a.get("id").toString());
          assertEquals(s.date(), a.get("date"), format + " " + a);
          if (format.equals("txt")) {
            assertEquals(s.place(), a.get("place"), a.toString());
            assertEquals(null, a.get("url"), a.toString());
          } else {
            assertEquals(s.url(), a.get("id"), a.toString());
            assertEquals(s.url(), a.get("url"), a.toString());
            assertEquals(s.title(), a.get("title"), a.toString());
            assertEquals(s.source(), a.get("source"), a.toString());
          }
        }
        if (format.equals("warc")) {
          assertTrue(
              r.notices().stream().anyMatch(n -> n.contains("1 web pages held no story")),
              "the section front is passed over: " + r.notices());
          assertTrue(
              r.notices().stream().anyMatch(n -> n.contains("records passed over")),
              r.notices().toString());
        }
        g.write(
            tx ->
                tx.run(
                    "MATCH (a:Article) REMOVE a.path, a.sha256, a.place, a.title, a.url, a.source",
                    Map.of()));
        graphs.put(format, canonical(g));
      }
    }
    List<String> txt = graphs.get("txt");
    assertTrue(txt.size() > 20, "a real graph: " + txt);
    for (Map.Entry<String, List<String>> e : graphs.entrySet()) {
      assertEquals(String.join("\n", txt), String.join("\n", e.getValue()), e.getKey());
    }
    // the furniture stayed out: comments, menus and related links name other politicians
    String all = String.join("\n", graphs.get("html"));
    for (String absent : List.of("Rupani", "Yediyurappa", "Adityanath", "Amarinder", "Rahul")) {
      assertTrue(!all.contains(absent), absent + " came from page furniture:\n" + all);
    }
  }

  private static NewsFixtures.Story story(String id) {
    String key = KEY_OF_URL.getOrDefault(id, id);
    return NewsFixtures.ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  private static List<Map<String, Object>> articles(Graph g) {
    List<Map<String, Object>> out = new ArrayList<>();
    g.query(
        "MATCH (a:Article) RETURN properties(a) ORDER BY a.id",
        Map.of(),
        false,
        h -> {},
        r -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) r.get(0);
          out.add(m);
        });
    return out;
  }

  /** The snapshot with each article's URL replaced by its .txt id. */
  private static List<String> canonical(Graph g) {
    List<String> out = new ArrayList<>();
    for (String line : GraphSnapshot.canonical(g, false)) {
      for (Map.Entry<String, String> e : KEY_OF_URL.entrySet()) {
        line = line.replace(e.getKey(), e.getValue());
      }
      out.add(line);
    }
    out.sort(null);
    return out;
  }
}
