package org.netagraph.plugin;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin's boundary: it uses Neo4j's public procedure and graph API only (what a server
 * guarantees to plugins), never the kernel, the embedded engine or the driver.
 */
class PluginArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.netagraph.plugin");

  @Test
  void usesOnlyTheProcedureAndGraphApi() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.neo4j..")
                .and(
                    not(
                        resideInAnyPackage(
                            "org.neo4j.procedure..",
                            "org.neo4j.graphdb..",
                            "org.neo4j.logging.."))))
        .check(CLASSES);
  }
}
