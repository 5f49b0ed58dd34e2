package org.netagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The clashes of DESIGN.md stay away: one Netty version, the pinned slf4j and commons-lang3. */
class DependencyPinsTest {
  @Test
  void oneNettyVersionOnTheClasspath() {
    Set<String> versions = new TreeSet<>();
    io.netty.util.Version.identify()
        .forEach(
            (artifact, v) -> {
              if (!artifact.contains("tcnative")) {
                versions.add(v.artifactVersion());
              }
            });
    assertEquals(Set.of("4.1.137.Final"), versions);
  }

  @Test
  void pinnedLoggingAndLang3() {
    assertEquals(
        "3.18.0",
        org.apache.commons.lang3.StringUtils.class.getPackage().getImplementationVersion());
  }
}
