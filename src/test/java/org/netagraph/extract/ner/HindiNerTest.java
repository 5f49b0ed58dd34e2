package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the shipped model ({@code -Dhiner.model}, default models/hiner-ner.bin.gz). */
class HindiNerTest {
  static final Path MODEL = Path.of(System.getProperty("hiner.model", "models/hiner-ner.bin.gz"));

  private static HindiNer ner;

  @BeforeAll
  static void load() throws IOException {
    ner = HindiNer.load(MODEL);
  }

  private static List<String> tag(String text) {
    List<String> tokens =
        HindiTokenizer.instance().tokenize(text).stream().map(Token::text).toList();
    return ner.tag(tokens);
  }

  @Test
  void shippedModelRecordsHowItWasTrained() {
    assertTrue(ner.description().contains("averaged perceptrons (BILOU)"), ner.description());
    assertTrue(ner.featureCount() > 10_000);
    assertTrue(ner.gazetteerSize() > 1_000);
  }

  @Test
  void tagsPersonAfterTitleAndBeforeNe() {
    // प्रधानमंत्री नरेंद्र मोदी ने सोमवार को वाराणसी में सभा को संबोधित किया ।
    assertEquals(
        List.of(
            "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-LOCATION", "O", "O", "O", "O", "O", "O"),
        tag("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को वाराणसी में सभा को संबोधित किया ।"));
  }

  @Test
  void tagsOrganisationAndMultiWordLocation() {
    List<String> tags = tag("भाजपा ने उत्तर प्रदेश में चुनाव जीता ।");
    assertEquals("B-ORGANIZATION", tags.get(0));
    assertEquals(List.of("B-LOCATION", "I-LOCATION"), tags.subList(2, 4));
  }

  @Test
  void tagsDistrictAndVillageStyleSentence() {
    List<String> tags = tag("रामपुर भारत के बिहार राज्य के पटना जिले का एक गाँव है ।");
    assertEquals("B-LOCATION", tags.get(1)); // भारत
    assertEquals("B-LOCATION", tags.get(3)); // बिहार
    assertEquals("B-LOCATION", tags.get(6)); // पटना
  }

  @Test
  void emptySentenceGivesNoTags() {
    assertEquals(List.of(), ner.tag(List.of()));
  }

  @Test
  void rejectsNullTokens() {
    assertThrows(IllegalArgumentException.class, () -> ner.tag(null));
    assertThrows(IllegalArgumentException.class, () -> ner.tag(Arrays.asList("a", null)));
  }

  @Test
  void alwaysReturnsValidBioOnRandomInput() {
    List<String> pool =
        List.of(
            "श्री",
            "राम",
            "ने",
            "दिल्ली",
            "में",
            "कांग्रेस",
            "पार्टी",
            "के",
            "नेता",
            ",",
            "।",
            "सिंह",
            "John",
            "Smith",
            "2009",
            "-",
            "\"",
            "जिले",
            "गांधी",
            "बैंक",
            "ऑफ़");
    Random random = new Random(7);
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 1 + random.nextInt(25);
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        tokens.add(pool.get(random.nextInt(pool.size())));
      }
      List<String> tags = ner.tag(tokens);
      assertEquals(n, tags.size());
      String previous = "O";
      for (String t : tags) {
        assertTrue(BioTags.index(t) >= 0, t);
        if (t.startsWith("I-")) {
          assertTrue(
              previous.endsWith(t.substring(2)) && !previous.equals("O"), tokens + " " + tags);
        }
        previous = t;
      }
    }
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<List<String>> sentences = new ArrayList<>();
    String[] texts = {
      "मुख्यमंत्री शिवराज सिंह चौहान ने भोपाल में बैठक की ।",
      "सोनिया गांधी और राहुल गांधी अमेठी पहुंचे ।",
      "संयुक्त राष्ट्र ने पाकिस्तान से बात की ।",
      "लालू प्रसाद यादव पटना लौटे ।"
    };
    for (String t : texts) {
      sentences.add(HindiTokenizer.instance().tokenize(t).stream().map(Token::text).toList());
    }
    List<List<String>> expected = sentences.stream().map(ner::tag).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        results.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < 300; r++) {
                    int i = r % sentences.size();
                    if (!ner.tag(sentences.get(i)).equals(expected.get(i))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsAFileThatIsNotGzip() {
    NerFormatException e =
        assertThrows(
            NerFormatException.class,
            () ->
                HindiNer.load(
                    new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), "x.bin"));
    assertTrue(e.getMessage().startsWith("x.bin: not a gzip stream"), e.getMessage());
  }

  @Test
  void rejectsAGzipWithTheWrongMagic() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("NOTAMODEL and more".getBytes(StandardCharsets.UTF_8));
    }
    NerFormatException e =
        assertThrows(
            NerFormatException.class,
            () -> HindiNer.load(new ByteArrayInputStream(bytes.toByteArray()), "y.bin"));
    assertEquals("y.bin: not a Hindi NER model (bad magic)", e.getMessage());
  }

  @Test
  void rejectsATruncatedModel() throws IOException {
    byte[] model = Files.readAllBytes(MODEL);
    byte[] half = Arrays.copyOf(model, model.length / 2);
    NerFormatException e =
        assertThrows(
            NerFormatException.class,
            () -> HindiNer.load(new ByteArrayInputStream(half), "half.bin"));
    assertTrue(e.getMessage().startsWith("half.bin: "), e.getMessage());
  }

  @Test
  void dictionaryBaselineTagsListedPhrasesLongestFirst() {
    List<String> tokens = List.of("नरेंद्र", "मोदी", "ने", "उत्तर", "प्रदेश", "में", "कहा");
    assertEquals(
        List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION", "I-LOCATION", "O", "O"),
        ner.dictionaryTag(tokens));
    assertEquals(List.of(), ner.dictionaryTag(List.of()));
  }

  @Test
  void gazetteerMatchesNameSpelledWithShortVowel() {
    // थरूर is listed (शशि थरूर); the short-u spelling matches the same entry
    List<String> tags = tag("कांग्रेस सांसद शशि थरुर ने कहा ।");
    assertEquals(List.of("B-PERSON", "I-PERSON"), tags.subList(2, 4), tags.toString());
  }
}
