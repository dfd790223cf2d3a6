package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.shared;
import static fr.passerelle.importer.training.TrainingImports.sharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.SqlProbe;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real LHEO samples of ../shared import unchanged, with the counts read from the files by hand. */
class LheoSharedSamplesImportTest {
    @TempDir
    Path cache;

    private static DatasetInfo only(ImportReport report) {
        assertEquals(1, report.datasets().size());
        return report.datasets().get(0).dataset();
    }

    @Test
    void importsTheOnisepLheo22DocumentWithItsFormationActionAndSession() throws Exception {
        try (ReferenceCache db = ReferenceCache.open(cache)) {
            DatasetInfo dataset = only(importPaths(db, shared("specs/samples/lheo-2.2-exemple-bts-onisep.xml")));
            assertEquals("trainings.lheo/lheo-2.2-exemple-bts-onisep", dataset.key());
            assertEquals(List.of(1, 1, 0), List.of(dataset.rowsRead(), dataset.rowsStored(), dataset.rowsRejected()));

            Map<String, Object> t = SqlProbe.rows(db, "SELECT * FROM training").get(0);
            assertEquals("9436_18706", t.get("TRAINING_ID"));
            assertEquals("BTS négociation et relation client", t.get("TITLE"));
            assertEquals(true, t.get("CERTIFYING"));
            assertEquals(List.of(0, 6), List.of(t.get("ENTRY_LEVEL"), t.get("EXIT_LEVEL")));
            assertEquals(List.of("474", "19004"), List.of(t.get("RNCP_CODE"), t.get("CERTIFINFO_CODE")));
            assertEquals(List.of("19290076900014", "Lycée Kerneuzec", "16", "99999999999"), List.of(t.get("PROVIDER_SIRET"),
                    t.get("PROVIDER_NAME"), t.get("PROVIDER_NUMERO"), t.get("PROVIDER_ACTIVITY_NUMBER")));
            assertEquals(List.of(Map.of("FORMACODE", "34582", "PRINCIPAL", true, "FORMACODE_VERSION", "V11"),
                            Map.of("FORMACODE", "34076", "PRINCIPAL", false, "FORMACODE_VERSION", "V11")),
                    SqlProbe.rows(db, "SELECT formacode, principal, formacode_version FROM training_formacode ORDER BY principal DESC"));
            assertEquals(List.of("D1402", "D1403", "D1408"), romes(db));

            Map<String, Object> a = SqlProbe.rows(db, "SELECT * FROM training_action").get(0);
            assertEquals("9436_18706", a.get("ACTION_ID"));
            assertEquals(List.of(0, "29233", "29391", "QUIMPERLÉ", "Kerneuzec", 47.882108, -3.5526545), List.of(
                    a.get("TEACHING_MODE"), a.get("COMMUNE_INSEE"), a.get("POSTAL_CODE"), a.get("CITY"),
                    a.get("ADDRESS_LINE"), a.get("LATITUDE"), a.get("LONGITUDE")));
            // No hours, no price, no CPF block in the file: all unknown, and "-" conditions are no conditions.
            assertNull(a.get("HOURS_TOTAL"));
            assertNull(a.get("TOTAL_PRICE_CENTS"));
            assertNull(a.get("CPF_ELIGIBLE"));
            assertNull(a.get("ENTRY_CONDITIONS"));

            assertEquals(List.of(Map.of("SESSION_ID", "9436_18706", "START_DATE", Date.valueOf("2015-09-01"),
                            "START_PRECISION", "DAY", "END_DATE", Date.valueOf("2017-08-31"), "END_PRECISION", "DAY")),
                    SqlProbe.rows(db, "SELECT session_id, start_date, start_precision, end_date, end_precision FROM training_session"));
        }
    }

    @Test
    void importsTheSingleIntercarifSummaryWithExtrasCoordinatesAndExitLevel() throws Exception {
        try (ReferenceCache db = ReferenceCache.open(cache)) {
            DatasetInfo dataset = only(importPaths(db, shared("specs/samples/lheo-2.2-intercarif-offre-info-index-single.xml")));
            assertEquals("trainings.lheo_index/lheo-2.2-intercarif-offre-info-index-single", dataset.key());
            assertEquals(List.of(1, 1, 0), List.of(dataset.rowsRead(), dataset.rowsStored(), dataset.rowsRejected()));

            Map<String, Object> t = SqlProbe.rows(db, "SELECT * FROM training").get(0);
            assertEquals(List.of("14_AF_0000066306", "CQP plongeur - officier de cuisine", "Infrep Boulogne", "14_OF_0000005451",
                    "32441928201134", 1, 1, "31333", "90191"), List.of(t.get("TRAINING_ID"), t.get("TITLE"), t.get("PROVIDER_NAME"),
                    t.get("PROVIDER_NUMERO"), t.get("PROVIDER_SIRET"), t.get("ENTRY_LEVEL"), t.get("EXIT_LEVEL"),
                    t.get("RNCP_CODE"), t.get("CERTIFINFO_CODE")));
            assertEquals(List.of("G1605"), romes(db));
            Map<String, Object> a = SqlProbe.rows(db, "SELECT * FROM training_action").get(0);
            assertEquals(List.of(300, "92012", "92100", "Boulogne-Billancourt", 48.831208, 2.235195), List.of(a.get("HOURS_TOTAL"),
                    a.get("COMMUNE_INSEE"), a.get("POSTAL_CODE"), a.get("CITY"), a.get("LATITUDE"), a.get("LONGITUDE")));
            assertNull(a.get("TOTAL_PRICE_CENTS"), "the summary format has no price: unknown, not zero");
            assertEquals("14_AF_0000066306_SE_0000262635", SqlProbe.value(db, "SELECT session_id FROM training_session"));
        }
    }

    @Test
    void importsTheTenParisSummariesOfIntercarifWithMonthOnlyDates() throws Exception {
        try (ReferenceCache db = ReferenceCache.open(cache)) {
            DatasetInfo dataset = only(importPaths(db, sharedData("trainings/intercarif_lheo_index_sample_paris_2017.xml")));
            assertEquals("trainings.lheo_index/intercarif_lheo_index_sample_paris_2017", dataset.key());
            assertEquals("2017", dataset.version());
            assertEquals(List.of(10, 10, 0), List.of(dataset.rowsRead(), dataset.rowsStored(), dataset.rowsRejected()));
            assertEquals(List.of(10, 25, 43, 10, 0, 10), counts(db));
            assertEquals(8L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_session WHERE start_precision = 'MONTH'"));
            assertEquals(0L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_action WHERE total_price_cents IS NOT NULL"));
            assertEquals(List.of(Map.of("START_DATE", Date.valueOf("2017-09-01"), "START_PRECISION", "MONTH",
                            "END_DATE", Date.valueOf("2018-03-01"), "END_PRECISION", "MONTH")),
                    SqlProbe.rows(db, "SELECT start_date, start_precision, end_date, end_precision FROM training_session "
                            + "WHERE action_id = '14_AF_0000028218'"));
            // Titles broken over lines in the file are stored on one line.
            assertEquals("Licence arts, lettres, langues mention langues, littératures et civilisations étrangères et "
                    + "régionales parcours allemand", SqlProbe.value(db, "SELECT title FROM training WHERE training_id = '14_AF_0000036094'"));
            assertEquals(List.of(482, 686, 534, 534, 611, 534, 390, 539, 481, 676),
                    SqlProbe.rows(db, "SELECT hours_total FROM training_action ORDER BY action_id").stream()
                            .map(r -> r.get("HOURS_TOTAL")).toList());
        }
    }

    static List<String> romes(ReferenceCache db) {
        return SqlProbe.rows(db, "SELECT rome_code FROM training_rome ORDER BY rome_code").stream()
                .map(r -> (String) r.get("ROME_CODE")).toList();
    }

    /** Rows in training, training_formacode, training_rome, training_action, training_funder, training_session. */
    static List<Integer> counts(ReferenceCache db) {
        return List.of("training", "training_formacode", "training_rome", "training_action", "training_funder", "training_session")
                .stream().map(t -> SqlProbe.count(db, t)).toList();
    }
}
