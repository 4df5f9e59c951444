package fr.tremplin;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/** The layout of DESIGN.md and STYLE.md, on the real packages. */
class ArchitectureTest {

    private static final String[] FEATURES = {"fr.tremplin.kiosk..", "fr.tremplin.catalogue..",
        "fr.tremplin.credential..", "fr.tremplin.workshop..", "fr.tremplin.admin..", "fr.tremplin.report..",
        "fr.tremplin.outreach..", "fr.tremplin.desk..", "fr.tremplin.holdings..", "fr.tremplin.config.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.tremplin");
    }

    @Test
    void viewsNeverTouchTheDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "fr.tremplin.core.db..")
                .check(classes);
    }

    @Test
    void vaadinStaysInTheUserInterface() {
        noClasses().that().resideOutsideOfPackages("..ui..", "fr.tremplin.core.i18n..", "fr.tremplin.core.security..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void dataAccessIsPrivateToItsFeature() {
        classes().that().areAnnotatedWith(Repository.class)
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void featuresTalkThroughServicesAndReadModels() {
        for (String feature : FEATURES) {
            String root = feature.replace("..", "");
            noClasses().that().resideOutsideOfPackage(feature)
                    .should().dependOnClassesThat(describe("the data access of " + root,
                            c -> c.getPackageName().startsWith(root) && c.isAnnotatedWith(Repository.class)))
                    .orShould().dependOnClassesThat().resideInAPackage(root + ".ui..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theSharedCoreDependsOnNoFeature() {
        noClasses().that().resideInAPackage("fr.tremplin.core..")
                .and().resideOutsideOfPackage("fr.tremplin.core.db.jooq..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("fr.tremplin.(*)..").should().beFreeOfCycles().check(classes);
    }
}
