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
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.support.TestNeo4j;
import org.netagraph.support.TestPipeline;

/** No office without a state or country scope is shared by holders of different countries. */
class OfficeCountryIT {
  @Test
  void holdersOfOneOfficeAreOfOneCountry(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("summit.txt"),
        "date 2023-09-10 नई दिल्ली. ब्रिटेन के प्रधानमंत्री ऋषि सुनक और अमेरिकी राष्ट्रपति जो बाइडन ने"
            + " प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। राष्ट्रपति बाइडन ने कहा कि बातचीत अच्छी रही।"
            + " राष्ट्रपति द्रौपदी मुर्मू ने मेहमानों के लिए भोज दिया।\n",
        StandardCharsets.UTF_8);
    Lexicon lexicon = TestPipeline.get().lexicon();
    try (Graph g = TestNeo4j.emptyGraph()) {
      new Loader(TestPipeline.get(), g, new LoadOptions(2, 20, false), Progress.silent())
          .load(List.of(dir, Path.of("examples"), Path.of("src/test/resources/eval-feed")));
      List<String> wrong = new ArrayList<>();
      int checked = 0;
      List<List<Object>> rows = new ArrayList<>();
      g.query(
          "MATCH (p:Person)-[:HOLDS]->(o:Office) WHERE o.state IS NULL AND o.party IS NULL"
              + " RETURN o.id, o.country, p.key, p.name",
          Map.of(),
          false,
          h -> {},
          rows::add);
      for (List<Object> r : rows) {
        Lexicon.Person known = lexicon.personByKey((String) r.get(2));
        if (known == null) {
          continue; // nationality unknown to us: nothing to check
        }
        checked++;
        String nationality =
            known.foreign() ? lexicon.countryName(known.countryId()) : null; // null: India
        if (!java.util.Objects.equals(nationality, r.get(1))) {
          wrong.add(r.get(3) + " holds " + r.get(0));
        }
      }
      assertTrue(checked >= 10, "too few known holders checked: " + checked);
      assertEquals(List.of(), wrong);
      List<Object> pm = new ArrayList<>();
      g.query(
          "MATCH (p:Person)-[:HOLDS]->(o:Office {title: 'Prime Minister'}) WHERE p.key IN $keys"
              + " RETURN o.id ORDER BY o.id",
          Map.of("keys", List.of(TranslitKey.of("Rishi Sunak"), TranslitKey.of("Narendra Modi"))),
          false,
          h -> {},
          r -> pm.add(r.get(0)));
      assertEquals(List.of("prime-minister", "prime-minister--united-kingdom"), pm);
    }
  }
}
