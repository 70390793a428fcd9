package org.tandem.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain in core knows nothing of storage, containers or OSGi; only the Guice wiring package knows Guice. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tandem.core");

    @Test
    void coreKnowsNothingOfJakartaPersistenceOrOsgi() {
        // package-info carries bnd's build-time @Export and @Version, which never load at run time
        noClasses().that().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.osgi..")
                .check(core);
    }

    @Test
    void onlyTheWiringKnowsGuice() {
        noClasses().that().resideOutsideOfPackages("org.tandem.core.guice..", "org.tandem.core.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
                .check(core);
    }

    @Test
    void onlyTheValidationPackageTalksToHibernateValidator() {
        noClasses().that().resideOutsideOfPackage("org.tandem.core.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..")
                .check(core);
    }

    @Test
    void nothingInCorePrintsToTheConsoleButTheWalkthroughLauncher() {
        noClasses().that().resideOutsideOfPackage("org.tandem.core.demo..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(core);
    }
}
