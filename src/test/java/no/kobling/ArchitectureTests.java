package no.kobling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.kobling");

    @Test
    void domainHasNoSpring() {
        noClasses().that().resideInAPackage("no.kobling..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotTouchRepositories() {
        noClasses().that().resideInAPackage("no.kobling..web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnOuterLayers() {
        noClasses().that().resideInAPackage("no.kobling..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("no.kobling..web..", "no.kobling..application..",
                        "no.kobling..persistence..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("no.kobling..web..")
                .check(CLASSES);
    }

    /** "Today" is always in a named zone (docs/time.md, LocalDay), never in the clock's or the server's zone. */
    @Test
    void daysAreCountedInANamedZone() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now", java.time.Clock.class)
                .orShould().callMethod(java.time.LocalDateTime.class, "now", java.time.Clock.class)
                .orShould().callMethod(java.time.YearMonth.class, "now", java.time.Clock.class)
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "getZone")
                .check(CLASSES);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .check(CLASSES);
    }
}
