package org.tandem.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Guice stays in the wiring package and the test libraries in the test kit: both are optional dependencies. */
class ArchitectureTest {

    private final JavaClasses matching = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tandem.matching");

    @Test
    void onlyTheWiringKnowsGuice() {
        noClasses().that().resideOutsideOfPackage("org.tandem.matching.guice..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
                .check(matching);
    }

    @Test
    void onlyTheTestKitKnowsJUnitAndAssertJ() {
        noClasses().that().resideOutsideOfPackage("org.tandem.matching.testkit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..")
                .check(matching);
    }

    @Test
    void theDomainNeverPrints() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(matching);
    }
}
