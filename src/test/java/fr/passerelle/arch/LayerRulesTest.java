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

    /** The market and workshop features stand on the ui house and the core only: no other screen's classes. */
    @Test
    void theMarketAndWorkshopFeaturesUseNoOtherScreen() {
        noClasses().that().resideInAnyPackage("fr.passerelle.ui.market..", "fr.passerelle.ui.workshop..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.ui.shell..", "fr.passerelle.ui.path..",
                        "fr.passerelle.ui.profile..", "fr.passerelle.ui.plan..", "fr.passerelle.ui.compare..",
                        "fr.passerelle.ui.search..", "fr.passerelle.ui.data..", "fr.passerelle.store..")
                .check(classes);
    }

    /** The workshop never touches the interview state: no person is ever open in it. */
    @Test
    void theWorkshopHoldsNoInterview() {
        noClasses().that().resideInAPackage("fr.passerelle.ui.workshop..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.ui.interview..", "fr.passerelle.app.profile..")
                .check(classes);
    }
}
