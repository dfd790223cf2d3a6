package fr.passerelle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SharedData;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.search.JobTitle;
import fr.passerelle.store.JobTitleStore;
import fr.passerelle.store.ReferenceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written samples (data-samples/, also what an empty home is seeded with) import cleanly and completely. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataImportTest {
    private ReferenceCache database;
    private ImportPlan plan;
    private ImportReport report;

    @BeforeAll
    void importTheSamples(@TempDir Path folder) throws ImportException {
        database = ReferenceCache.open(folder.resolve("cache"));
        ImportService service = ImportFixtures.service(database);
        plan = service.plan(List.of(SharedData.samples()));
        report = service.run(plan, fr.passerelle.core.ProgressListener.NONE);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void importsEverySampleFileWithoutRejectingARow() {
        List<String> imperfect = report.datasets().stream().map(ImportReport.DatasetResult::dataset)
                .filter(d -> d.rowsRejected() != 0 || d.rowsStored() != d.rowsRead()).map(DatasetInfo::source).toList();
        assertEquals(List.of(), imperfect);
    }

    @Test
    void recognisesEverySampleDataFile() throws IOException {
        try (Stream<Path> files = Files.walk(SharedData.samples())) {
            // Every CSV and XML file, and the one JSON data file: the offers API answer (the personas are not data).
            List<String> csv = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") || n.endsWith(".xml")
                    || n.startsWith("offres_emploi_v2_")).sorted().toList();
            assertEquals(32, csv.size());
            assertEquals(csv, report.datasets().stream().map(r -> r.dataset().source()).sorted().toList());
        }
    }

    @Test
    void skipsOnlyTheReadmeAndThePersonas() {
        // Personas are path profiles (path --profile), not datasets: listed as skipped with that reason, never imported.
        assertEquals(List.of(SharedData.sample("README.md"), SharedData.sample("personas/juliette.json"),
                        SharedData.sample("personas/karim.json"), SharedData.sample("personas/nadia.json"),
                        SharedData.sample("personas/thomas.json")),
                report.skipped().stream().map(ImportPlan.SkippedFile::path).toList());
    }

    @ParameterizedTest(name = "{0}: {1} rows")
    @CsvSource(delimiter = '|', textBlock = """
            unix_referentiel_code_rome_v460_utf8.csv              | 46
            unix_referentiel_appellation_v460_utf8.csv            | 214
            unix_rubrique_mobilite_v460_utf8.csv                  | 82
            unix_grand_domaine_v460_utf8.csv                      | 8
            unix_domaine_professionnel_v460_utf8.csv              | 18
            unix_cr_gd_dp_v460_utf8.csv                           | 46
            unix_referentiel_competence_v460_utf8.csv             | 131
            unix_referentiel_savoir_v460_utf8.csv                 | 59
            unix_referentiel_contexte_travail_v460_utf8.csv       | 16
            unix_coherence_item_v460_utf8.csv                     | 515
            unix_referentiel_code_rome_riasec_v460_utf8.csv       | 46
            unix_referentiel_code_rome_v347_utf8.csv              | 36
            unix_rubrique_mobilite_v347_utf8.csv                  | 34
            regions.csv                                           | 4
            departements.csv                                      | 6
            communes.csv                                          | 42
            communes_bassins_bmo.csv                              | 42
            tension_indicateurs_rome_bassin_2021.csv              | 128
            bmo2020_difficulte_recrutement_fap_rome.csv           | 28
            bmo_2022_exemple.csv                                  | 84
            offres_par_departement_rome_20211221.csv              | 72
            offres_par_commune_rome_20211221_hauts_de_france.csv  | 164
            offres_emploi_v2_20261201_hauts_de_france.json        | 13
            rome_naf_mapping.csv                                  | 85
            naf_labels.csv                                        | 47
            bassin_emploi_code_insee.csv                          | 42
            bassin_emploi_rome_connexe.csv                        | 61
            rome_v3_to_fap2009.csv                                | 52
            fap2009_labels.csv                                    | 68
            """)
    void readsTheRowCountTheSampleReadmeAnnounces(String source, int rows) {
        DatasetInfo dataset = report.datasets().stream().map(ImportReport.DatasetResult::dataset)
                .filter(d -> d.source().equals(source)).findFirst().orElseThrow();
        assertEquals(rows, dataset.rowsRead());
    }

    @Test
    void storesTheHostessOfCheckoutD1505AsAJobTitle() {
        List<JobTitle> d1505 = new JobTitleStore(database.database()).jobTitles().stream()
                .filter(t -> t.romeCode().equals(new RomeCode("D1505"))).toList();
        assertTrue(d1505.stream().anyMatch(t -> t.occupationLabel() && t.label().equals("Hôte / Hôtesse de caisse")), d1505::toString);
        assertTrue(d1505.stream().anyMatch(t -> !t.occupationLabel() && t.label().equals("Caissier / Caissière")), d1505::toString);
    }

    @Test
    void plansReferencedFilesBeforeTheFilesThatReferenceThem() {
        List<String> kinds = plan.files().stream().map(f -> f.format().kind()).toList();
        assertTrue(kinds.indexOf("rome4.grand_domains") < kinds.indexOf("rome4.tree"), kinds::toString);
        assertTrue(kinds.indexOf("rome4.professional_domains") < kinds.indexOf("rome4.tree"), kinds::toString);
        assertTrue(kinds.indexOf("rome4.occupations") < kinds.indexOf("rome4.appellations"), kinds::toString);
        assertTrue(kinds.indexOf("rome4.occupations") < kinds.indexOf("rome4.mobility"), kinds::toString);
        assertTrue(kinds.indexOf("rome4.skills") < kinds.indexOf("rome4.coherence_items"), kinds::toString);
        assertTrue(kinds.indexOf("rome4.knowledge") < kinds.indexOf("rome4.coherence_items"), kinds::toString);
        assertTrue(kinds.indexOf("rome4.work_contexts") < kinds.indexOf("rome4.coherence_items"), kinds::toString);
    }
}
