package org.netagraph.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.netagraph.InputException;
import org.netagraph.text.ArticleReader;
import org.netagraph.text.SentenceSplitter;
import org.netagraph.text.TextNormalizer;

/**
 * Fuzz targets for reading and normalisation. {@code mvn verify} replays the inputs kept under
 * {@code src/test/resources/org/netagraph/fuzz/TextFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=TextFuzzTest#...} fuzzes one target.
 */
class TextFuzzTest {
  private static final Path P = Path.of("fuzz.txt");

  @FuzzTest(maxDuration = "10m")
  void readerFailsOnlyWithInputException(byte[] data) {
    try {
      ArticleReader.parse(P, data);
    } catch (InputException expected) {
      // bad bytes, empty, binary, bad header: all reported, nothing else thrown
    }
  }

  @FuzzTest(maxDuration = "10m")
  void headerParsingFailsOnlyWithInputException(FuzzedDataProvider d) {
    String header =
        "date "
            + d.consumeString(20)
            + " "
            + d.consumeString(20)
            + ". "
            + d.consumeRemainingAsString();
    try {
      ArticleReader.parse(P, header.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (InputException expected) {
      // an impossible date or a malformed header is bad input
    }
  }

  @FuzzTest(maxDuration = "10m")
  void normalisationIsIdempotentAndSplittingNeverFails(FuzzedDataProvider d) {
    String s = d.consumeRemainingAsString();
    String n = TextNormalizer.normalize(s);
    assertEquals(n, TextNormalizer.normalize(n));
    SentenceSplitter.split(n);
    TextNormalizer.matchForm(n);
  }
}
