package nl.perspectiefopwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** De afspraken uit STYLE.md die de compiler niet afdwingt. */
class ArchitectuurTest {

  static final JavaClasses KLASSEN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.perspectiefopwerk");

  @Test
  void domeinpakkettenZijnVrijVanSpring() {
    noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
        .allowEmptyShould(true)
        .check(KLASSEN);
  }

  @Test
  void restControllersStaanInApiPakketten() {
    classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..api..").check(KLASSEN);
  }

  @Test
  void paginaControllersStaanInWebPakketten() {
    classes().that().areAnnotatedWith(Controller.class).should().resideInAPackage("..web..").check(KLASSEN);
  }

  @Test
  void controllersPratenNietRechtstreeksMetDeDatabase() {
    noClasses().that().resideInAnyPackage("..web..", "..api..")
        .and().resideOutsideOfPackage("nl.perspectiefopwerk.toegang..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
        .check(KLASSEN);
  }

  @Test
  void geenVeldinjectie() {
    fields().should().notBeAnnotatedWith(Autowired.class).check(KLASSEN);
  }

  @Test
  void geenSystemOutOfJavaUtilLogging() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(KLASSEN);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(KLASSEN);
  }

  @Test
  void hetDomeinKentGeenWebApiOfOpslag() {
    noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..web..", "..api..", "..persistence..")
        .check(KLASSEN);
  }
}
