package org.netagraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void takesThePasswordFromTheEnvironmentOnly() {
    JobOptions o =
        JobOptions.parse(
            new String[] {"--input", "news", "--uri", "neo4j://db:7687"},
            Map.of("NEO4J_PASSWORD", "pw"));
    assertEquals("pw", o.connection().password());
    assertEquals("neo4j", o.connection().user());
    assertNull(o.connection().database());
    assertEquals(List.of(Path.of("news")), o.inputs());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JobOptions.parse(
                    new String[] {"--input", "x", "--uri", "bolt://h", "--password", "pw"},
                    Map.of()));
    assertTrue(e.getMessage().contains("unknown option --password"), e.getMessage());
  }

  @Test
  void rejectsAUriThatIsNotBoltOrNeo4j() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JobOptions.parse(new String[] {"--input", "x", "--uri", "http://h"}, Map.of()));
    assertTrue(e.getMessage().contains("http://h"), e.getMessage());
  }

  @Test
  void usesNeo4jUriFromTheEnvironment() {
    JobOptions o =
        JobOptions.parse(new String[] {"--input", "x"}, Map.of("NEO4J_URI", "neo4j+s://a.b"));
    assertEquals("neo4j+s://a.b", o.connection().uri());
  }

  @Test
  void bulkModeTakesAnOutputFolderAndNoDatabase() {
    JobOptions o =
        JobOptions.parse(
            new String[] {"--input", "x", "--mode", "bulk", "--output", "out"}, Map.of());
    assertEquals(Path.of("out"), o.output());
    assertNull(o.connection());
    IllegalArgumentException noOut =
        assertThrows(
            IllegalArgumentException.class,
            () -> JobOptions.parse(new String[] {"--input", "x", "--mode", "bulk"}, Map.of()));
    assertTrue(noOut.getMessage().contains("--mode bulk needs --output"), noOut.getMessage());
    IllegalArgumentException outOnly =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JobOptions.parse(
                    new String[] {"--input", "x", "--uri", "bolt://h", "--output", "o"}, Map.of()));
    assertTrue(outOnly.getMessage().contains("--output is for --mode bulk"), outOnly.getMessage());
    IllegalArgumentException mode =
        assertThrows(
            IllegalArgumentException.class,
            () -> JobOptions.parse(new String[] {"--input", "x", "--mode", "fast"}, Map.of()));
    assertTrue(mode.getMessage().contains("not 'fast'"), mode.getMessage());
  }
}
