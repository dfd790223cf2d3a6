package fr.passerelle.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of design.md §1, checked on the compiled classes. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.passerelle");
    }

    @Test
    void onlyTheUiUsesJavaFxScenes() {
        noClasses().that().resideOutsideOfPackage("fr.passerelle.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesJooq() {
        noClasses().that().resideOutsideOfPackage("fr.passerelle.store..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .check(classes);
    }

    @Test
    void onlySyncUsesOkHttp() {
        noClasses().that().resideOutsideOfPackage("fr.passerelle.sync..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(classes);
    }

    @Test
    void domainDependsOnNoFrameworkNorOtherLayer() {
        noClasses().that().resideInAPackage("fr.passerelle.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "okhttp3..",
                        "com.fasterxml.jackson..", "org.h2..", "fr.passerelle.store..", "fr.passerelle.ui..",
                        "fr.passerelle.importer..", "fr.passerelle.app..", "fr.passerelle.cli..")
                .check(classes);
    }

    @Test
    void coreLayersUseNoJavaFxJooqOrOkHttp() {
        noClasses().that().resideInAnyPackage("fr.passerelle.importer..", "fr.passerelle.engine..",
                        "fr.passerelle.search..", "fr.passerelle.core..", "fr.passerelle.generate..",
                        "fr.passerelle.funding..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "okhttp3..", "org.h2..",
                        "fr.passerelle.store..", "fr.passerelle.ui..", "fr.passerelle.cli..")
                .check(classes);
    }

    /** Java migrations (db.reference) see the database through JDBC and Flyway only, never Passerelle's code. */
    @Test
    void schemaMigrationsDependOnNothingOfPasserelle() {
        JavaClasses migrations = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("db.reference");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fr.passerelle..", "org.jooq..", "javafx..")
                .check(migrations);
    }

    @Test
    void fundingRulesDependOnNoOtherLayer() {
        // The funding engine is fed by adapters (engine.PathFunding, the importer, the CLI); it knows none of them.
        noClasses().that().resideInAPackage("fr.passerelle.funding..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.engine..", "fr.passerelle.importer..",
                        "fr.passerelle.app..", "fr.passerelle.domain..", "fr.passerelle.search..")
                .check(classes);
    }

    @Test
    void theActionPlanExportIsCoreCode() {
        // PDFBox and FastCSV only: the window's plan screen and the plan command both call it.
        noClasses().that().resideInAPackage("fr.passerelle.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "okhttp3..", "org.h2..",
                        "java.awt..", "fr.passerelle.store..", "fr.passerelle.ui..", "fr.passerelle.cli..",
                        "fr.passerelle.app..", "fr.passerelle.importer..")
                .check(classes);
    }

    @Test
    void personalDataKeysAndRulesAreCoreCode() {
        // Key handling, retention and locking rules (issue 13): JDK crypto and BouncyCastle's Argon2id only.
        noClasses().that().resideInAPackage("fr.passerelle.personal..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "okhttp3..", "org.h2..",
                        "com.fasterxml.jackson..", "fr.passerelle.store..", "fr.passerelle.ui..", "fr.passerelle.cli..",
                        "fr.passerelle.app..", "fr.passerelle.sync..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void viewModelsOpenNoWindowNorDialog() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.stage..", "javafx.fxml..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..", "fr.passerelle.store..")
                .check(classes);
    }

    @Test
    void theApplicationLayerAndItsProfilePortUseNoJavaFx() {
        noClasses().that().resideInAnyPackage("fr.passerelle.app..")
                .and().doNotHaveSimpleName("Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fr.passerelle.ui..")
                .check(classes);
    }
}
