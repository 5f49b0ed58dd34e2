package org.netagraph.extract.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.netagraph.lexicon.WordClasses;

/** A test on one token. */
public sealed interface TokenTest {
  /** How a literal compares: the whole word, its start, its end, or any part. */
  enum Fit {
    WORD,
    PREFIX,
    SUFFIX,
    INFIX
  }

  /** A word written in the rule (matching form). */
  record Literal(String form, Fit fit) implements TokenTest {}

  /** A word of a class of {@code wordclasses.tsv}. */
  record InClass(WordClasses.WordClass wordClass) implements TokenTest {}

  /** The whole word matches a regular expression. */
  record Regex(Pattern pattern) implements TokenTest {}

  /** Any token ({@code _}). */
  record Any() implements TokenTest {}

  /** The token's kind: {@code LATIN}, {@code DEVA}, {@code WORD}, {@code CAP}. */
  record Kind(String kind) implements TokenTest {}

  /** Where a mention stands to the token. */
  enum Place {
    AT,
    END,
    IN
  }

  /**
   * A mention of the layer starts at the token ({@code AT}), ends with it ({@code END}) or covers
   * it ({@code IN}).
   */
  record Mentioned(Place place, String layer, List<Filter> filters) implements TokenTest {
    public Mentioned {
      filters = List.copyOf(filters);
    }
  }

  /** The test fails. */
  record Not(TokenTest test) implements TokenTest {}

  /** All tests pass. */
  record All(List<TokenTest> tests) implements TokenTest {
    public All {
      tests = List.copyOf(tests);
    }
  }

  /** One test passes. */
  record AnyOf(List<TokenTest> tests) implements TokenTest {
    public AnyOf {
      tests = List.copyOf(tests);
    }
  }
}
