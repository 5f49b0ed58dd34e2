package org.netagraph.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.UsageException;
import org.netagraph.model.Article;
import org.netagraph.text.ArticleReader;

class TextArticlesTest {
  private static final String TEXT =
      "date 2019-07 भोपाल. मुख्यमंत्री कमलनाथ ने दिल्ली में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।\n";

  @Test
  void aTextWithIdAndPathIsTheArticleOfItsFile(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("bhopal.txt");
    Files.writeString(f, TEXT, StandardCharsets.UTF_8);
    Article fromFile = ArticleReader.read(f, "mp/bhopal");
    Article fromText = TextArticles.of(TEXT, Map.of("id", "mp/bhopal", "path", f.toString()), true);
    assertEquals(fromFile, fromText);
    assertEquals("2019-07", fromText.date());
    assertEquals("भोपाल", fromText.place());
  }

  @Test
  void optionsOverrideTheHeaderAndChangeTheDigest() {
    Article plain = TextArticles.of(TEXT, Map.of("id", "x"), true);
    Article dated =
        TextArticles.of(TEXT, Map.of("id", "x", "date", "1 July 2019", "place", "Delhi"), true);
    assertEquals("2019-07-01", dated.date());
    assertEquals("Delhi", dated.place());
    assertNotEquals(plain.sha256(), dated.sha256(), "a new date is a changed article");
    assertEquals(plain.text(), dated.text());
  }

  @Test
  void theUrlIsIdAndPathWhenNoIdIsGiven() {
    Article a = TextArticles.of(TEXT, Map.of("url", "https://example.org/a"), true);
    assertEquals("https://example.org/a", a.id());
    assertEquals("https://example.org/a", a.path());
    assertEquals("https://example.org/a", a.url());
  }

  @Test
  void refusesNoIdForLoadingUnknownOptionsAndBadDates() {
    assertTrue(
        assertThrows(UsageException.class, () -> TextArticles.of(TEXT, Map.of(), true))
            .getMessage()
            .contains("needs an id"));
    assertEquals("text", TextArticles.of(TEXT, null, false).id());
    assertTrue(
        assertThrows(UsageException.class, () -> TextArticles.of(TEXT, Map.of("dte", "x"), false))
            .getMessage()
            .contains("[dte]"));
    assertTrue(
        assertThrows(
                UsageException.class,
                () -> TextArticles.of(TEXT, Map.of("id", "x", "date", "next week"), true))
            .getMessage()
            .contains("next week"));
    assertThrows(UsageException.class, () -> TextArticles.of("  ", Map.of("id", "x"), true));
  }

  @Test
  void aNullOptionIsAbsent() {
    Map<String, Object> o = new HashMap<>();
    o.put("id", "x");
    o.put("url", null);
    o.put("date", null);
    Article a = TextArticles.of(TEXT, o, true);
    assertNull(a.url());
    assertEquals(TextArticles.of(TEXT, Map.of("id", "x"), true), a);
  }
}
