package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.netagraph.export.Json;
import org.netagraph.support.TestPipeline;
import org.netagraph.text.ArticleReader;

/**
 * Golden files: the {@code extract} output of every article of our corpora, of {@code examples/},
 * of the shared seed article and of the regression cases in {@code golden/cases/} is kept under
 * {@code src/test/resources/golden/}; any difference fails, and so does an unpaired file (an input
 * without its expected output, or an expected output whose input is gone). A deliberate change is
 * made with {@code -Dgolden.update=true}, and its diff goes into the commit message.
 *
 * <p>Evidence sentences of the shared seed article are kept as a digest, not as text: its text is
 * not ours to copy.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** A set of inputs and where their expected outputs live. */
  record Corpus(String name, Path inputs, boolean textIsOurs) {
    Path expectedDir() {
      return GOLDEN.resolve(name);
    }
  }

  static List<Corpus> corpora() {
    List<Corpus> c = new ArrayList<>();
    c.add(new Corpus("cases", GOLDEN.resolve("cases"), true));
    c.add(new Corpus("eval", Path.of("src/test/resources/eval"), true));
    c.add(new Corpus("eval-holdout", Path.of("src/test/resources/eval-holdout"), true));
    c.add(new Corpus("eval-holdout2", Path.of("src/test/resources/eval-holdout2"), true));
    c.add(new Corpus("examples", Path.of("examples"), true));
    Path seed = TestPipeline.sharedCorpus().resolve("seed");
    if (Files.isDirectory(seed)) {
      c.add(new Corpus("seed", seed, false));
    }
    return c;
  }

  private static List<Path> inputs(Corpus c) throws IOException {
    if (!Files.isDirectory(c.inputs())) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(c.inputs())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.lastIndexOf('.'));
  }

  private static Path expectedOf(Corpus c, Path input) {
    return c.expectedDir().resolve(stem(input) + ".expected.json");
  }

  /** What extract prints for the article, less the path (it depends on where tests run). */
  static String actual(Corpus c, Path input) {
    Map<String, Object> out =
        new LinkedHashMap<>(FactsJson.of(TestPipeline.get().process(ArticleReader.read(input))));
    out.remove("path");
    if (!c.textIsOurs()) {
      digestEvidence(out, "holds");
      digestEvidence(out, "met");
    }
    try {
      return Json.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void digestEvidence(Map<String, Object> out, String key) {
    for (Object o : (List<Object>) out.get(key)) {
      Map<String, Object> m = (Map<String, Object>) o;
      m.put("evidence", "sha256:" + sha256((String) m.get("evidence")).substring(0, 16));
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> extractOutputIsTheGoldenOne() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Corpus c : corpora()) {
      for (Path input : inputs(c)) {
        tests.add(
            DynamicTest.dynamicTest(
                c.name() + "/" + input.getFileName(), () -> check(c, input, expectedOf(c, input))));
      }
    }
    assertTrue(tests.size() >= 40, "too few golden inputs: " + tests.size());
    return tests.stream();
  }

  private static void check(Corpus c, Path input, Path expected) throws IOException {
    String got = actual(c, input);
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, got, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.isRegularFile(expected)) {
      fail(
          "no golden file "
              + expected
              + " for "
              + input
              + " (run with -Dgolden.update=true and review it)");
    }
    String want = Files.readString(expected, StandardCharsets.UTF_8);
    if (!want.equals(got)) {
      fail(input + " differs from " + expected + ":\n" + diff(want, got));
    }
  }

  /** Every expected file has its input, and every regression case has its expected file. */
  @Test
  void noGoldenFileIsUnpaired() throws IOException {
    List<String> unpaired = new ArrayList<>();
    for (Corpus c : corpora()) {
      TreeSet<String> stems = new TreeSet<>();
      for (Path in : inputs(c)) {
        stems.add(stem(in));
        if (!UPDATE && !Files.isRegularFile(expectedOf(c, in))) {
          unpaired.add(in + " has no " + expectedOf(c, in).getFileName());
        }
      }
      if (Files.isDirectory(c.expectedDir())) {
        try (Stream<Path> s = Files.list(c.expectedDir())) {
          for (Path e : s.sorted().toList()) {
            String n = e.getFileName().toString();
            if (n.endsWith(".txt") && c.name().equals("cases")) {
              continue;
            }
            if (!n.endsWith(".expected.json")) {
              unpaired.add(e + ": not an input nor an expected output");
            } else if (!stems.contains(n.substring(0, n.length() - ".expected.json".length()))) {
              unpaired.add(e + " has no input in " + c.inputs());
            }
          }
        }
      }
    }
    assertEquals(List.of(), unpaired);
  }

  /** Expected files parse as the JSON extract prints. */
  @Test
  void goldenFilesAreJson() throws IOException {
    for (Corpus c : corpora()) {
      if (!Files.isDirectory(c.expectedDir())) {
        continue;
      }
      try (Stream<Path> s = Files.list(c.expectedDir())) {
        for (Path e : s.filter(p -> p.toString().endsWith(".json")).toList()) {
          Map<String, Object> m =
              Json.MAPPER.readValue(e.toFile(), new TypeReference<Map<String, Object>>() {});
          assertTrue(m.containsKey("persons") && m.containsKey("holds"), e.toString());
        }
      }
    }
  }

  /** The first differing lines with a little context, enough to see what changed. */
  static String diff(String want, String got) {
    String[] a = want.split("\n", -1);
    String[] b = got.split("\n", -1);
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) {
      i++;
    }
    StringBuilder out = new StringBuilder();
    int from = Math.max(0, i - 3);
    for (int k = from; k < i; k++) {
      out.append("  ").append(a[k]).append('\n');
    }
    for (int k = i; k < Math.min(a.length, i + 8); k++) {
      out.append("- ").append(a[k]).append('\n');
    }
    for (int k = i; k < Math.min(b.length, i + 8); k++) {
      out.append("+ ").append(b[k]).append('\n');
    }
    return out.toString();
  }
}
