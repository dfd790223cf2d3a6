package fr.passerelle.importer.offers;

import static fr.passerelle.importer.ImportTestSupport.importFails;
import static fr.passerelle.importer.ImportTestSupport.importPaths;
import static fr.passerelle.importer.ImportTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.catalog.FormatCatalog;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.ImportTestSupport;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.StoreProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobOffersFormatTest {
    @TempDir
    Path dir;
    ReferenceCache database;

    @BeforeEach
    void open() {
        database = ReferenceCache.open(dir.resolve("cache"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Object day(Object sqlDate) {
        return sqlDate instanceof Date d ? d.toLocalDate() : sqlDate;
    }

    @Test
    void importsTheBundledSampleWithItsFetchDayAndRegion() throws Exception {
        Path sample = ImportTestSupport.samples().resolve("job_offers/offres_emploi_v2_20261201_hauts_de_france.json");
        ImportReport report = importPaths(database, sample);
        DatasetInfo info = report.datasets().get(0).dataset();
        assertEquals(JobOffersFormat.KIND, info.kind());
        assertEquals("offres_emploi_v2_hauts_de_france", info.scope());
        assertEquals("2026-12-01", info.version());
        assertEquals(13, info.rowsRead());
        assertEquals(13, info.rowsStored());
        assertEquals(0, info.rowsRejected());

        Map<String, Object> unplaced = StoreProbe.rows(database, "SELECT * FROM job_offer WHERE id = 'X00004D'").get(0);
        assertNull(unplaced.get("commune_insee"));
        assertNull(unplaced.get("latitude"));
        assertEquals("59 - Nord", unplaced.get("commune"));
        assertEquals("Épicerie Coopérative (fictif)", unplaced.get("employer"));
        assertEquals(LocalDate.of(2026, 11, 18), day(unplaced.get("created_on")));
        assertEquals(LocalDate.of(2026, 12, 1), day(unplaced.get("fetched_on")));
        Map<String, Object> noEmployer = StoreProbe.rows(database, "SELECT * FROM job_offer WHERE id = 'X00002B'").get(0);
        assertNull(noEmployer.get("employer"));
        assertEquals("Contrat à durée déterminée - 6 Mois", noEmployer.get("contract"));
        assertEquals(50.6351, noEmployer.get("latitude"));
    }

    @Test
    void importsTheRealApiSampleOfTheSharedData() throws Exception {
        Path shared = ImportTestSupport.sharedData();
        assumeTrue(shared != null, "../shared/data absent");
        Path real = shared.resolve("job_offers/offres_emploi_v2_api_sample_2019.json");
        assumeTrue(Files.isRegularFile(real), "offers API sample absent");
        // The sample carries no fetch day in its name: it is imported here under a dated name (in the temp folder).
        Path dated = Files.copy(real, Files.createDirectories(dir.resolve("in")).resolve("offres_emploi_v2_20190601_grand_est.json"));
        ImportReport report = importPaths(database, dated);
        DatasetInfo info = report.datasets().get(0).dataset();
        assertEquals(8, info.rowsRead());
        assertEquals(8, info.rowsStored());
        Map<String, Object> first = StoreProbe.rows(database, "SELECT * FROM job_offer WHERE id = '082SGKK'").get(0);
        assertEquals("conseiller de vente (H/F)", first.get("title"));
        assertEquals("D1212", first.get("rome_code"));
        assertEquals("ISEAH FORMATION", first.get("employer"));
        assertEquals("57463", first.get("commune_insee"));
        assertEquals("57 - METZ TECHNOPOLE", first.get("commune"));
        assertEquals(49.11972222, first.get("latitude"));
        assertEquals(6.176944443, first.get("longitude"));
        assertEquals(LocalDate.of(2019, 1, 23), day(first.get("created_on")));
        assertEquals("Contrat à durée déterminée - 12 Mois", first.get("contract"));
        Object employers = StoreProbe.rows(database, "SELECT COUNT(DISTINCT employer) AS n FROM job_offer").get(0).get("n");
        assertEquals(4, ((Number) employers).intValue(), "ISEAH FORMATION, ALTERNANCE LORRAINE, DARTY, ORANGE");
    }

    @Test
    void anUndatedAnswerIsNotRecognisedAsAFetch() {
        FormatCatalog catalog = FormatCatalog.standard();
        assertTrue(catalog.byName("offres_emploi_v2_api_sample_2019.json").isEmpty());
        assertEquals(JobOffersFormat.KIND, catalog.byName("offres_emploi_v2_20261201_hauts_de_france.json").orElseThrow().kind());
        assertNull(JobOffersFormat.fetchDay("offres_emploi_v2_20261341_x.json"));
        assertEquals("offres_emploi_v2_20261201_hauts_de_france.json", JobOffersFormat.fileName(LocalDate.of(2026, 12, 1), "hauts_de_france"));
    }

    @Test
    void unusableOffersAreRejectedWithTheirLineAndTheOthersKept() throws Exception {
        Path file = write(dir.resolve("in"), "offres_emploi_v2_20261201_x.json", """
                {"resultats": [
                  {"id": "A1", "intitule": "Vendeur", "romeCode": "D1214", "lieuTravail": {"commune": "59350"}},
                  {"id": "A2", "intitule": "Vendeur", "romeCode": "DX214"},
                  {"intitule": "Sans identifiant", "romeCode": "D1214"},
                  {"id": "A3", "intitule": "Vendeur", "romeCode": "D1214", "dateCreation": "hier"},
                  {"id": "A4", "intitule": "Vendeur", "romeCode": "D1214", "lieuTravail": {"latitude": 95, "longitude": 3}},
                  {"id": "A1", "intitule": "Vendeur", "romeCode": "D1214"}
                ]}
                """);
        DatasetInfo info = importPaths(database, file).datasets().get(0).dataset();
        assertEquals(6, info.rowsRead());
        assertEquals(1, info.rowsStored());
        assertEquals(5, info.rowsRejected());
        List<String> warnings = importPaths(database, file).datasets().get(0).warnings();
        assertEquals(List.of(
                "offres_emploi_v2_20261201_x.json:3: offre n° 2 : « romeCode » 'DX214' invalide (offre A2) : offre non gardée",
                "offres_emploi_v2_20261201_x.json:4: offre n° 3 : pas d'« id » : offre non gardée",
                "offres_emploi_v2_20261201_x.json:5: offre n° 4 : « dateCreation » 'hier' n'est pas une date ISO (offre A3) : offre non gardée",
                "offres_emploi_v2_20261201_x.json:6: offre n° 5 : latitude 95.0 hors de [-90, 90] : offre non gardée",
                "offres_emploi_v2_20261201_x.json:7: offre n° 6 : identifiant A1 déjà lu : doublon ignoré"), warnings);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"resultats": [\\n  {"id": "A1", "intitule": "x" "romeCode": "D1214"}\\n]}  | offres_emploi_v2_20261201_x.json:2: JSON mal formé
            {"resultats": [\\n  {"id": "A1"}\\n                                          | offres_emploi_v2_20261201_x.json:3: JSON mal formé
            [\\n {"id": "A1"}\\n]                                                     | offres_emploi_v2_20261201_x.json:1: un objet JSON
            {"filtresPossibles": [],\\n "resultats": {"id": "A1"}}                   | offres_emploi_v2_20261201_x.json:2: « resultats » doit être un tableau
            {"resultats": [\\n 12\\n]}                                                | offres_emploi_v2_20261201_x.json:2: chaque élément de « resultats » doit être un objet
            {"resultats": []}                                                        | offres_emploi_v2_20261201_x.json: aucune offre
            {"items": [{"siret": "1"}]}                                              | offres_emploi_v2_20261201_x.json: pas de tableau « resultats »
            """)
    void aStructurallyWrongAnswerIsRefusedWithItsLine(String content, String expectedStart) throws Exception {
        importPaths(database, ImportTestSupport.samples().resolve("job_offers/offres_emploi_v2_20261201_hauts_de_france.json"));
        Path file = write(dir.resolve("bad"), "offres_emploi_v2_20261201_x.json", content.strip().replace("\\n", "\n"));
        String message = importFails(database, file);
        assertTrue(message.startsWith(expectedStart), message);
    }
}
