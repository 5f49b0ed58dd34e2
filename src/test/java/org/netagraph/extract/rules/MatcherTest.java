package org.netagraph.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Script;
import org.netagraph.model.Token;

class MatcherTest {
  private static final Env NO_ENV =
      new Env() {
        @Override
        public boolean flag(Mention m, String flag) {
          return false;
        }

        @Override
        public boolean call(String name, List<String> args, Doc doc, int pos, Captures c) {
          return true;
        }
      };

  private static final PatternParser.Names NAMES =
      new PatternParser.Names() {
        @Override
        public org.netagraph.lexicon.WordClasses.WordClass wordClass(String name) {
          return null;
        }

        @Override
        public boolean layer(String name) {
          return Doc.BASE_LAYERS.contains(name) || name.equals("TITLE");
        }

        @Override
        public boolean predicate(String name) {
          return false;
        }

        @Override
        public Node macro(String name, PatternParser.Where w, int o) {
          return null;
        }
      };

  static Doc doc(String words, int[]... persons) {
    List<Token> toks = new ArrayList<>();
    int at = 0;
    for (String w : words.split(" ")) {
      toks.add(
          new Token(w, w.toLowerCase(java.util.Locale.ROOT), at, at + w.length(), Script.LATIN));
      at += w.length() + 1;
    }
    List<Mention> ps = new ArrayList<>();
    for (int[] p : persons) {
      ps.add(new Mention(0, p[0], p[1], MentionType.PERSON, "p" + p[0], "", "p", "t"));
    }
    return new Doc(toks, List.of(), ps, Map.of());
  }

  static Matcher.Match at(String pattern, Doc d, int start, Captures c) {
    Node n =
        PatternParser.parse(pattern, new PatternParser.Where("t", 1, 1), NAMES, new ArrayList<>());
    return new Matcher(d, NO_ENV, "t").at(n, start, c);
  }

  @Test
  void lazyRepetitionThenAPerson() {
    Doc d = doc("the cm nitish kumar said", new int[] {2, 4});
    Matcher.Match m = at("\"the\" \"cm\" _{0,4}? who:PERSON", d, 0, Captures.empty());
    assertNotNull(m);
    assertEquals(2, m.captures().get("who").start());
  }

  @Test
  void boundCaptureMustBeTheBoundMention() {
    Doc d = doc("the cm nitish kumar said", new int[] {2, 4});
    Mention t = new Mention(0, 0, 2, MentionType.OFFICE, "CM", "state", "the cm", "title");
    d = d.withLabel("TITLE", List.of(t));
    Captures c = Captures.bound(Map.of("office", Captures.of("office", t)));
    assertNotNull(at("office:TITLE _{0,4}? who:PERSON", d, 0, c));
    assertNull(at("office:TITLE \"said\"", d, 0, c));
  }
}
