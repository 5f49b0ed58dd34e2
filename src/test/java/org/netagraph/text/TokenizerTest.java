package org.netagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netagraph.model.Token;

class TokenizerTest {
  private static List<String> words(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void anEnglishPossessiveIsSplitFromTheName() {
    assertEquals(List.of("Ravi", "Menon", "’", "s", "rule"), words("Ravi Menon’s rule"));
    assertEquals(List.of("the", "Minister", "'", "s", "office"), words("the Minister's office"));
  }

  @Test
  void apostrophesInsideNamesAndHyphensStay() {
    assertEquals(
        List.of("D'Souza", "and", "O’Brien", "met", "Jammu-Kashmir"),
        words("D'Souza and O’Brien met Jammu-Kashmir"));
  }
}
