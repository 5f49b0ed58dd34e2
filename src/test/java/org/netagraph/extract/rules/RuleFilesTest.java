package org.netagraph.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.ModelException;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.support.TestPipeline;

class RuleFilesTest {
  private static final WordClasses CLASSES =
      Lexicon.load(ModelSource.directory(TestPipeline.modelsDir())).wordClasses();
  private static final Map<String, Family> FAMILIES =
      Map.of(
          "holder",
          new Family("holder", Set.of("HOLDER"), List.of("office"), Set.of("FORMER"), false),
          "met",
          new Family("met", Set.of("MET"), List.of(), Set.of(), false));

  private static List<Rule> read(Path dir, String text) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/t.rules"), text, StandardCharsets.UTF_8);
    return new RuleFiles(CLASSES, FAMILIES, Doc.BASE_LAYERS, Set.of("plural"))
        .read(ModelSource.directory(dir));
  }

  private static String error(Path dir, String text) {
    return assertThrows(ModelException.class, () -> read(dir, text)).getMessage();
  }

  private static final String OK =
      "define NAME = PERSON\n"
          + "rule met.x\n"
          + "  family  met\n"
          + "  pattern a:$NAME \"ने\" b:PERSON\n"
          + "  action  MET a b\n"
          + "  example [A] ने [B] को देखा। => MET A + B\n";

  @Test
  void readsARuleWithItsMacroCapturesAndExample(@TempDir Path dir) throws Exception {
    List<Rule> rules = read(dir, OK);
    assertEquals(1, rules.size());
    Rule r = rules.get(0);
    assertEquals("met.x", r.id());
    assertEquals(List.of("a", "b"), r.captured());
    assertEquals("MET A + B", r.examples().get(0).facts());
    assertEquals("rules/t.rules:2", r.where());
  }

  @Test
  void anUnknownLayerIsReportedWithFileLineAndColumn(@TempDir Path dir) {
    String m = error(dir, OK.replace("b:PERSON", "b:PERSN"));
    assertEquals("rules/t.rules:4:26: unknown layer PERSN", m);
  }

  @Test
  void anUnknownWordClassIsReportedWhereItIsWritten(@TempDir Path dir) {
    String m = error(dir, OK.replace("\"ने\"", "%no_such_class"));
    assertTrue(m.startsWith("rules/t.rules:4:20: wordclasses.tsv has no class"), m);
  }

  @Test
  void aRuleWithoutAnExampleDoesNotLoad(@TempDir Path dir) {
    String m = error(dir, OK.replace("  example [A] ने [B] को देखा। => MET A + B\n", ""));
    assertEquals("rules/t.rules:2:1: rule met.x has no example: every rule shows what it gives", m);
  }

  @Test
  void anActionMayOnlyNameCapturesAndItsWords(@TempDir Path dir) {
    String m = error(dir, OK.replace("MET a b", "MET a c"));
    assertTrue(m.startsWith("rules/t.rules:5:") && m.contains("'c' is neither a capture"), m);
    m = error(dir, OK.replace("MET a b", "HOLDER a"));
    assertTrue(m.contains("the family met has no action HOLDER"), m);
  }

  @Test
  void duplicateIdsUnknownFamiliesAndBadRepetitionsAreErrors(@TempDir Path dir) {
    assertTrue(error(dir, OK + OK.substring(OK.indexOf("rule"))).contains("already used at"));
    assertTrue(error(dir, OK.replace("family  met", "family  mett")).contains("unknown family"));
    assertTrue(error(dir, OK.replace("b:PERSON", "_{3,1} b:PERSON")).contains("the most is less"));
    assertTrue(error(dir, OK.replace("$NAME", "$NONE")).contains("no macro $NONE"));
  }

  @Test
  void aModelsFolderWithoutRulesDoesNotLoad(@TempDir Path dir) {
    String m =
        assertThrows(
                ModelException.class,
                () ->
                    new RuleFiles(CLASSES, FAMILIES, Doc.BASE_LAYERS, Set.of())
                        .read(ModelSource.directory(dir)))
            .getMessage();
    assertTrue(m.contains("no rules/*.rules file"), m);
  }
}
