package fr.passerelle.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /** No two top-level packages depend on each other, directly or through others: each can be read and tested alone. */
    @Test
    void topLevelPackagesHaveNoCycle() {
        // The funding package says its answers with the engine's words (engine.words), a leaf that depends on nothing of
        // ours (checked in fundingRulesDependOnNoOtherLayer): that dependency cannot close a cycle through the engine.
        slices().matching("fr.passerelle.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("fr.passerelle.funding.."),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("fr.passerelle.engine.words"))
                .check(classes);
    }

    /** The window's features and the application layer's sub-packages do not lean on each other in circles either. */
    @Test
    void uiFeaturesAndApplicationPackagesHaveNoCycle() {
        slices().matching("fr.passerelle.ui.(**)").should().beFreeOfCycles().check(classes);
        slices().matching("fr.passerelle.app.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * No cycle between any two packages at any depth (issue 15): the engine's sub-packages (index, result, profile,
     * rules) and the importer's format families lean on their parent's API, never the other way round.
     */
    @Test
    void noPackageAnywhereIsInACycle() {
        // jOOQ's generated classes (store.db, store.personal.db) reference each other by design: not ours to shape.
        slices().matching("fr.passerelle.(**)").should().beFreeOfCycles().check(classes.that(
                com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAnyPackage("fr.passerelle.store.db..", "fr.passerelle.store.personal.db.."))));
    }

    /** A format family declares its formats without knowing the catalog that lists them (issue 15's file cycle). */
    @Test
    void formatFamiliesDoNotKnowTheCatalog() {
        noClasses().that().resideInAPackage("fr.passerelle.importer.*..").and().resideOutsideOfPackage("fr.passerelle.importer")
                .should().dependOnClassesThat().haveFullyQualifiedName("fr.passerelle.importer.catalog.FormatCatalog")
                .check(classes);
    }

    /** The launcher (Main) is the top: it knows the command line and the window, and nothing knows it. */
    @Test
    void nothingDependsOnTheLauncher() {
        noClasses().that().resideOutsideOfPackage("fr.passerelle.launcher..")
                .should().dependOnClassesThat().resideInAPackage("fr.passerelle.launcher..")
                .check(classes);
    }

    /** The domain records depend on nothing of ours (the JDK only, and no framework). */
    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("fr.passerelle.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "okhttp3..",
                        "com.fasterxml.jackson..", "org.h2..", "picocli..", "org.apache.lucene..")
                .check(classes);
        noClasses().that().resideInAPackage("fr.passerelle.domain..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("Passerelle outside domain",
                        c -> c.getPackageName().startsWith("fr.passerelle.") && !c.getPackageName().startsWith("fr.passerelle.domain")))
                .check(classes);
    }

    /** The core (what the window and the command line both call) knows no UI, store, command line, network or launcher. */
    @Test
    void coreLayersUseNoUiStoreCommandLineNorNetwork() {
        noClasses().that().resideInAnyPackage("fr.passerelle.domain..", "fr.passerelle.importer..", "fr.passerelle.engine..",
                        "fr.passerelle.search..", "fr.passerelle.core..", "fr.passerelle.generate..", "fr.passerelle.funding..",
                        "fr.passerelle.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "okhttp3..", "java.net.http..",
                        "org.h2..", "picocli..", "fr.passerelle.store..", "fr.passerelle.ui..", "fr.passerelle.cli..",
                        "fr.passerelle.sync..", "fr.passerelle.app..", "fr.passerelle.launcher..")
                .check(classes);
    }

    /**
     * Persisted indexes are a binary layout of our own (src/site/markdown/indexes.md): pure Java, no Lucene (the job
     * index's Lucene files are written by the search package), and never Java serialization, whose files break on
     * any class change and run code on read.
     */
    @Test
    void persistedIndexesArePureJavaWithoutSerialization() {
        noClasses().that().resideInAPackage("fr.passerelle.engine.index.persist..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "fr.passerelle.search..",
                        "fr.passerelle.app..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
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
        // The funding engine is fed by adapters (engine.PathFunding, the importer, the CLI); it knows none of them. It
        // says its answers with the engine's words (engine.words: Message, Param, MessageRenderer), a leaf package.
        noClasses().that().resideInAPackage("fr.passerelle.funding..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "fr.passerelle.engine..", "fr.passerelle.importer..", "fr.passerelle.app..", "fr.passerelle.domain..",
                                "fr.passerelle.search..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("fr.passerelle.engine.words"))))
                .check(classes);
        // engine.words stays a leaf: it depends on nothing else of ours, so the funding package leaning on it makes no cycle.
        noClasses().that().resideInAPackage("fr.passerelle.engine.words")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("Passerelle outside engine.words",
                        c -> c.getPackageName().startsWith("fr.passerelle.") && !c.getPackageName().equals("fr.passerelle.engine.words")))
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
    void theApplicationLayerAndItsProfilePortUseNoJavaFxNorTheCommandLine() {
        noClasses().that().resideInAnyPackage("fr.passerelle.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fr.passerelle.ui..", "fr.passerelle.cli..")
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
