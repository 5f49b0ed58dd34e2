package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.netagraph.extract.rules.Rule;
import org.netagraph.extract.rules.RuleSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.model.Holds;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Met;
import org.netagraph.model.Sentence;
import org.netagraph.model.Status;
import org.netagraph.model.Token;
import org.netagraph.support.TestPipeline;
import org.netagraph.text.SentenceSplitter;

/**
 * Every {@code example} line of {@code models/rules/} gives exactly the facts it lists, and every
 * rule matches in one of its examples at least (an example may show where a rule does not apply).
 * The people are the ones written in square brackets (a stubbed person layer: no CoreNLP, no Hindi
 * recogniser, no resolver); the rest of the mentions are the lexicon's.
 */
class RuleExamplesTest {
  private static final ModelSource MODELS = ModelSource.directory(TestPipeline.modelsDir());
  private static final Lexicon LEXICON = Lexicon.load(MODELS);
  private static final RuleSet RULES = FactRules.loadRules(MODELS, LEXICON);
  private static final FactRules FACTS = new FactRules(LEXICON, RULES);

  /** The facts of an example text, as example lines write them, and the rules that matched. */
  record Outcome(List<String> facts, Set<String> fired) {}

  static Outcome run(String marked, String state) {
    StringBuilder text = new StringBuilder();
    List<int[]> people = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '[') {
        open = text.length();
      } else if (c == ']') {
        people.add(new int[] {open, text.length()});
        open = -1;
      } else {
        text.append(c);
      }
    }
    LexiconFinder finder = new LexiconFinder(LEXICON);
    List<FactRules.SentenceView> views = new ArrayList<>();
    int base = 0;
    for (Sentence s : SentenceSplitter.split(text.toString())) {
      base = text.indexOf(s.text(), base);
      List<Mention> lex = new ArrayList<>();
      for (Mention m : finder.find(s, List.of())) {
        if (m.type() != MentionType.PERSON) {
          lex.add(m);
        }
      }
      List<Mention> persons = new ArrayList<>();
      for (int[] p : people) {
        int start = -1;
        int end = -1;
        for (int k = 0; k < s.size(); k++) {
          Token t = s.tokens().get(k);
          if (base + t.start() >= p[0] && base + t.end() <= p[1]) {
            start = start < 0 ? k : start;
            end = k + 1;
          }
        }
        if (start >= 0) {
          String name = s.span(start, end);
          persons.add(
              new Mention(s.index(), start, end, MentionType.PERSON, name, "", name, "example"));
        }
      }
      views.add(new FactRules.SentenceView(s, lex, persons));
      base += s.text().length();
    }
    Set<String> fired = new LinkedHashSet<>();
    FactRules.Facts f = FACTS.tracing(fired::add).apply(views, "example", null, state);
    List<String> out = new ArrayList<>();
    for (Holds h : f.holds()) {
      out.add(
          "HOLDS "
              + h.personKey()
              + " = "
              + h.office().id()
              + (h.status() == Status.FORMER ? " former" : ""));
    }
    for (Met m : f.met()) {
      out.add("MET " + m.a() + " + " + m.b());
    }
    return new Outcome(out, fired);
  }

  /** The facts an example line lists, in the form {@link #run} gives them. */
  static List<String> expected(String facts) {
    List<String> out = new ArrayList<>();
    if (facts.equals("nothing")) {
      return out;
    }
    for (String f : facts.split(";")) {
      String t = f.strip().replaceAll("\\s+", " ");
      if (t.startsWith("MET ")) {
        String[] ab = t.substring(4).split(" \\+ ");
        String a = ab[0].strip();
        String b = ab[1].strip();
        t = "MET " + (a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a);
      }
      out.add(t);
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleGivesItsFactsAndFiresItsRule() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule r : RULES.rules()) {
      for (Rule.Example e : r.examples()) {
        tests.add(
            DynamicTest.dynamicTest(
                r.id() + " (" + e.file() + ":" + e.line() + ")",
                () -> {
                  Outcome o = run(e.text(), e.state());
                  assertEquals(
                      new TreeSet<>(expected(e.facts())),
                      new TreeSet<>(o.facts()),
                      e.file() + ":" + e.line() + ": " + e.text());
                }));
      }
      tests.add(
          DynamicTest.dynamicTest(
              r.id() + " matches one of its examples (" + r.where() + ")",
              () -> {
                Set<String> fired = new TreeSet<>();
                for (Rule.Example e : r.examples()) {
                  Outcome o = run(e.text(), e.state());
                  if (o.fired().contains(r.id())) {
                    return;
                  }
                  fired.addAll(o.fired());
                }
                fail(
                    r.where()
                        + ": rule "
                        + r.id()
                        + " matches none of its examples; matched: "
                        + fired);
              }));
    }
    return tests.stream();
  }

  @Test
  void everyRuleHasAnExample() {
    assertFalse(RULES.rules().isEmpty());
    for (Rule r : RULES.rules()) {
      if (r.examples().isEmpty()) {
        fail(r.where() + ": rule " + r.id() + " has no example");
      }
    }
  }

  @Test
  void everyWordClassIsReadByTheCodeOrARule() throws Exception {
    Set<String> read = new TreeSet<>(Lexicon.WORD_CLASSES);
    java.util.regex.Pattern ref = java.util.regex.Pattern.compile("%([a-z][a-z0-9_]*)");
    for (String f : MODELS.list("rules", ".rules")) {
      java.util.regex.Matcher m =
          ref.matcher(
              java.nio.file.Files.readString(
                  TestPipeline.modelsDir().resolve(f), java.nio.charset.StandardCharsets.UTF_8));
      while (m.find()) {
        read.add(m.group(1));
      }
    }
    Set<String> unread = new TreeSet<>(LEXICON.wordClasses().names());
    unread.removeAll(read);
    assertEquals(Set.of(), unread, "classes of wordclasses.tsv that nothing reads (a typo?)");
  }

  @Test
  void noHindiWordIsWrittenInTheExtractionCode() throws Exception {
    java.util.regex.Pattern literal =
        java.util.regex.Pattern.compile("\"[^\"\\n]*[\u0900-\u097F][^\"\\n]*\"");
    List<String> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files =
        java.nio.file.Files.walk(
            java.nio.file.Path.of("core/src/main/java/org/netagraph/extract"))) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        int no = 0;
        for (String line :
            java.nio.file.Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) {
          no++;
          String code = line.strip();
          if (!code.startsWith("*") && !code.startsWith("//") && !code.startsWith("/*")) {
            java.util.regex.Matcher m = literal.matcher(line.split("//")[0]);
            if (m.find()) {
              found.add(f + ":" + no + ": " + m.group());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "word lists belong in models/ (wordclasses.tsv, rule files)");
  }
}
