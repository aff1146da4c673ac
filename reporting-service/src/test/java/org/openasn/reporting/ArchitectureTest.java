package org.openasn.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The tables' arithmetic (suppression, reconciliation) is plain Java: no framework, no persistence, no "now". */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openasn.reporting");

    @Test
    void shouldKeepTheDomainFreeOfFrameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "io.quarkus..", "io.smallrye..",
                        "org.hibernate..", "com.fasterxml..", "org.eclipse.microprofile..", "org.openasn.commons..", "org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void shouldNotReadTheClockInsideTheDomain() {
        noClasses().that().resideInAPackage("..domain..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(CLASSES);
    }
}
