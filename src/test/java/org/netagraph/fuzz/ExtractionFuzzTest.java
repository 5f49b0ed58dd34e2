package org.netagraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.netagraph.InputException;
import org.netagraph.model.Article;
import org.netagraph.support.TestPipeline;
import org.netagraph.text.ArticleReader;

/** Extraction of one article never fails on any text the reader accepts. */
class ExtractionFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void extractionOfOneArticleNeverFails(byte[] data) {
    Article a;
    try {
      a = ArticleReader.parse(Path.of("fuzz.txt"), data);
    } catch (InputException expected) {
      return;
    }
    TestPipeline.get().process(a);
  }
}
