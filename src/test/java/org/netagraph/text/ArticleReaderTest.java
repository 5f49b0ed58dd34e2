package org.netagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.netagraph.InputException;
import org.netagraph.model.Article;

class ArticleReaderTest {
  private static final Path P = Path.of("dir/some-article.txt");

  private static Article parse(String s) {
    return ArticleReader.parse(P, s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsHeaderDatePlaceAndKeepsFirstSentence() {
    Article a = parse(" date 2019-07 भोपाल. लोकसभा चुनाव में हार के बाद बैठक हुई।\n\nदूसरा पैरा।");
    assertEquals("2019-07", a.date());
    assertEquals("भोपाल", a.place());
    assertTrue(a.text().startsWith("लोकसभा चुनाव"), a.text());
    assertTrue(a.text().contains("दूसरा पैरा"));
    assertEquals("some-article", a.id());
  }

  @Test
  void articleWithoutHeaderHasNoDate() {
    Article a = parse("Chief Minister met the Governor.");
    assertNull(a.date());
    assertNull(a.place());
  }

  @Test
  void rejectsImpossibleHeaderDate() {
    InputException e =
        assertThrows(InputException.class, () -> parse("date 2019-13-45 Delhi. Text here."));
    assertTrue(e.getMessage().contains("not a real date"), e.getMessage());
    assertTrue(e.getMessage().startsWith(P.toString()), e.getMessage());
  }

  @Test
  void rejectsLatin1FileWithByteOffset() {
    byte[] bytes = "Caf\u00e9 politics".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> ArticleReader.parse(P, bytes));
    assertTrue(e.getMessage().contains("byte offset 3"), e.getMessage());
  }

  @Test
  void rejectsUtf16WithBom() {
    byte[] bytes = "\uFEFFhello".getBytes(StandardCharsets.UTF_16BE);
    InputException e = assertThrows(InputException.class, () -> ArticleReader.parse(P, bytes));
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void rejectsUtf16WithoutBom() {
    byte[] bytes = "hello world".getBytes(StandardCharsets.UTF_16LE);
    InputException e = assertThrows(InputException.class, () -> ArticleReader.parse(P, bytes));
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void rejectsEmptyAndPunctuationOnlyAndBinary() {
    assertThrows(InputException.class, () -> ArticleReader.parse(P, new byte[0]));
    assertThrows(InputException.class, () -> parse("  \n\n "));
    assertThrows(InputException.class, () -> parse("... ।।  --- 123 !!"));
    InputException e =
        assertThrows(InputException.class, () -> ArticleReader.parse(P, new byte[] {'a', 0, 1, 2}));
    assertTrue(
        e.getMessage().contains("binary") || e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void acceptsUtf8Bom() {
    byte[] body = "नमस्ते दुनिया।".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("नमस्ते दुनिया।", ArticleReader.parse(P, bytes).text());
  }

  @Test
  void sameBytesSameDigest() {
    assertEquals(parse("a b c").sha256(), parse("a b c").sha256());
    assertTrue(!parse("a b c").sha256().equals(parse("a b d").sha256()));
  }
}
