package org.netagraph.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.ModelException;
import org.netagraph.lexicon.ModelSource;

class BoilerplateHintsTest {
  private static final BoilerplateHints HINTS = InputOptions.defaults().hints();

  @Test
  void wordsMarkFurnitureWithinAClassNameAndKeepWordsWinAcrossNames() {
    assertTrue(HINTS.furniture("ad-slot ad-300x250", ""));
    assertTrue(HINTS.furniture("", "comments"));
    assertTrue(HINTS.furniture("article-share", "")); // a drop word wins within a name
    assertFalse(HINTS.furniture("story-body has-comments", "")); // a keep name wins
    assertFalse(HINTS.furniture("shadow heading", "")); // 'ad' is a whole word only
    assertFalse(HINTS.furniture("row col-8", "wrapper"));
  }

  @Test
  void aMalformedLineFailsWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(BoilerplateHints.FILE),
        "#word\tmatch\teffect\nad\ttoken\tdrop\ncomment\tsubstring\tdrop\n",
        StandardCharsets.UTF_8);
    ModelException e =
        assertThrows(ModelException.class, () -> BoilerplateHints.load(ModelSource.directory(dir)));
    assertTrue(e.getMessage().contains(BoilerplateHints.FILE + ":3"), e.getMessage());
    assertTrue(e.getMessage().contains("token or prefix"), e.getMessage());
  }
}
