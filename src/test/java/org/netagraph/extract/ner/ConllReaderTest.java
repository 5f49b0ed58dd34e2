package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
  private static List<ConllSentence> tagged(String text) throws IOException {
    return ConllReader.readTagged(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.conll");
  }

  @Test
  void readsSentencesWithTagsAndFirstLines() throws IOException {
    List<ConllSentence> s =
        tagged("राहुल\tB-PERSON\nगांधी\tI-PERSON\nने\tO\n\n\nपटना\tB-LOCATION\nमें\tO\n");
    assertEquals(2, s.size());
    assertEquals(List.of("राहुल", "गांधी", "ने"), s.get(0).tokens());
    assertEquals(List.of("B-PERSON", "I-PERSON", "O"), s.get(0).tags());
    assertEquals(1, s.get(0).firstLine());
    assertEquals(6, s.get(1).firstLine());
  }

  @Test
  void acceptsCrlfByteOrderMarkAndMissingFinalNewline() throws IOException {
    List<ConllSentence> s = tagged("\uFEFFभोपाल\tB-LOCATION\r\n।\tO");
    assertEquals(1, s.size());
    assertEquals(List.of("भोपाल", "।"), s.get(0).tokens());
  }

  @Test
  void readTokensIgnoresExtraColumnsAndTags() throws IOException {
    List<ConllSentence> s =
        ConllReader.readTokens(
            new ByteArrayInputStream("a\tNN\tX\nb\n".getBytes(StandardCharsets.UTF_8)), "t");
    assertEquals(List.of("a", "b"), s.get(0).tokens());
    assertTrue(s.get(0).tags().isEmpty());
  }

  @Test
  void keepsTokensAsWrittenWithoutNormalising() throws IOException {
    String token = "ज़िला"; // nukta written as a separate code point
    assertEquals(token, tagged(token + "\tO\n").get(0).tokens().get(0));
  }

  @Test
  void rejectsUnknownTagWithFileAndLine() {
    NerFormatException e = assertThrows(NerFormatException.class, () -> tagged("a\tO\nb\tB-PER\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("test.conll:2: unknown tag 'B-PER'"), e.getMessage());
  }

  @Test
  void rejectsMissingTagColumn() {
    NerFormatException e = assertThrows(NerFormatException.class, () -> tagged("a\tO\n\nb\n"));
    assertEquals("test.conll:3: no tag column after token 'b'", e.getMessage());
  }

  @Test
  void rejectsEmptyToken() {
    NerFormatException e = assertThrows(NerFormatException.class, () -> tagged("\tO\n"));
    assertEquals(1, e.line());
  }

  @Test
  void rejectsMalformedUtf8WithLineAndByteOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.conll");
    byte[] bytes = {'a', '\t', 'O', '\n', 'c', 'a', 'f', (byte) 0xE9, '\t', 'O', '\n'};
    Files.write(file, bytes);
    NerFormatException e =
        assertThrows(NerFormatException.class, () -> ConllReader.readTagged(file));
    assertEquals(file + ":2: malformed UTF-8 at byte offset 7", e.getMessage());
  }
}
