package org.netagraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package boundaries of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.netagraph");

  @Test
  void onlyCliImportsPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.netagraph.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void onlyGraphImportsTheDriverAndNeo4j() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.netagraph.graph..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.neo4j..")
        .check(CLASSES);
  }

  /**
   * The write path is shared with the Neo4j plugin (module plugin/, which has its own boundary
   * test): it knows statements and rows, not how a transaction reaches the database.
   */
  @Test
  void theWritePathKnowsNoConnection() {
    noClasses()
        .that()
        .resideInAPackage("org.netagraph.write..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.neo4j..",
            "org.netagraph.graph..",
            "org.netagraph.load..",
            "org.netagraph.cli..",
            "org.netagraph.extract..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCoreNlpAdapterImportsCoreNlp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.netagraph.extract.corenlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford.nlp..")
        .check(CLASSES);
  }

  @Test
  void modelImportsNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.netagraph.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.netagraph.text..",
            "org.netagraph.lexicon..",
            "org.netagraph.extract..",
            "org.netagraph.graph..",
            "org.netagraph.write..",
            "org.netagraph.export..",
            "org.netagraph.cli..",
            "org.netagraph.load..")
        .check(CLASSES);
  }

  @Test
  void coreDoesNotDependOnTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.netagraph.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.netagraph.cli..")
        .check(CLASSES);
  }
}
