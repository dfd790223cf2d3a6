package fr.passerelle.importer.company;

import static fr.passerelle.importer.ImportTestSupport.importFails;
import static fr.passerelle.importer.ImportTestSupport.importPaths;
import static fr.passerelle.importer.ImportTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.ImportTestSupport;
import fr.passerelle.importer.ReadContext;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.StoreProbe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaBonneBoiteV2FormatTest {
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

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("labonneboite_v2_if_fixture.json")) {
            Path file = dir.resolve("in").resolve(name);
            Files.createDirectories(file.getParent());
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void importsTheItemOfTheImmersionFaciliteeFixture() throws Exception {
        ImportReport report = importPaths(database, fixture("labonneboite_v2_moselle.json"));
        DatasetInfo info = report.datasets().get(0).dataset();
        assertEquals(LaBonneBoiteV2Format.KIND, info.kind());
        assertEquals(1, info.rowsRead());
        assertEquals(1, info.rowsStored());

        Map<String, Object> row = StoreProbe.rows(database, "SELECT * FROM company").get(0);
        assertEquals("77561959600155", row.get("siret"));
        assertEquals("BLANCHISSERIE LA FENSCH", row.get("name"));
        assertEquals("8810C", row.get("naf_code"));
        assertEquals(5, row.get("headcount_min"));
        assertEquals(10, row.get("headcount_max"));
        assertNull(row.get("headcount_bracket"));
        assertEquals(49.3225, row.get("latitude"));
        assertEquals(6.08067, row.get("longitude"));
        assertEquals("SEREMANGE-ERZANGE", row.get("city"));
        assertEquals("57290", row.get("postal_code"));
        assertNull(row.get("commune_insee"));
        // No ROME on the item nor in the file name: an establishment without score.
        assertEquals(0, StoreProbe.count(database, "COMPANY_HIRING_SCORE"));
    }

    @Test
    void theRomeCodeInTheFileNameIsTheSearchedOccupation() throws Exception {
        importPaths(database, fixture("labonneboite_v2_K1302_moselle.json"));
        assertEquals(List.of(Map.of("rome_code", "K1302", "score_source", "LISTED")),
                StoreProbe.rows(database, "SELECT rome_code, score_source FROM company_hiring_score WHERE score IS NULL"));
    }

    @Test
    void aHiringPotentialIsAPublishedScore() throws ImportException {
        Path file = write(dir.resolve("in"), "labonneboite_v2_lille.json", """
                {"items": [
                  {"siret": "73282932000074", "company_name": "SUPERETTE FICTIVE", "naf": "4711C", "rome": "D1505",
                   "hiring_potential": 86.6, "citycode": "59350", "postcode": "59800", "location": {"lat": 50.64, "lon": 3.06}},
                  {"siret": "73282932000074", "company_name": "SUPERETTE FICTIVE", "naf": "4711C", "rome": "D1507",
                   "location": {"lat": 50.64, "lon": 3.06}},
                  {"siret": "55208131766522", "company_name": "ENTREPOTS DEMO",
                   "romes": [{"rome": "N1103", "hiring_potential": 72}, {"rome": "N1101", "hiring_potential": 40}],
                   "location": {"lat": 50.63, "lon": 3.15}}
                ], "total": 3}
                """);
        ImportReport report = importPaths(database, file);
        assertEquals(3, report.datasets().get(0).dataset().rowsStored());
        assertEquals(List.of(
                Map.of("siret", "55208131766522", "rome_code", "N1101", "score", 40, "score_source", "PUBLISHED"),
                Map.of("siret", "55208131766522", "rome_code", "N1103", "score", 72, "score_source", "PUBLISHED"),
                Map.of("siret", "73282932000074", "rome_code", "D1505", "score", 87, "score_source", "PUBLISHED")),
                StoreProbe.rows(database, "SELECT siret, rome_code, score, score_source FROM company_hiring_score "
                        + "WHERE score IS NOT NULL ORDER BY siret, rome_code"));
        assertEquals(List.of(Map.of("rome_code", "D1507", "score_source", "LISTED")),
                StoreProbe.rows(database, "SELECT rome_code, score_source FROM company_hiring_score WHERE score IS NULL"));
        assertEquals(List.of(Map.of("commune_insee", "59350")),
                StoreProbe.rows(database, "SELECT commune_insee FROM company WHERE siret = '73282932000074'"));
    }

    @Test
    void unusableItemsAreRejectedOneByOne() throws ImportException {
        Path file = write(dir.resolve("in"), "labonneboite_v2_lille.json", """
                {"items": [
                  {"siret": "73282932000075", "company_name": "CLE FAUSSE", "location": {"lat": 50.6, "lon": 3.0}},
                  {"siret": "55208131766522", "location": {"lat": 50.6, "lon": 3.0}},
                  {"siret": "77561959600155", "company_name": "NULLE PART"},
                  {"siret": "73282932000074", "company_name": "BONNE", "rome": "D1505", "location": {"lat": 50.6, "lon": 3.0}},
                  {"siret": "73282932000074", "company_name": "BONNE", "rome": "D1505", "location": {"lat": 50.6, "lon": 3.0}}
                ]}
                """);
        ImportReport report = importPaths(database, file);
        DatasetInfo info = report.datasets().get(0).dataset();
        assertEquals(5, info.rowsRead());
        assertEquals(1, info.rowsStored());
        assertEquals(4, info.rowsRejected());
        assertEquals(List.of(
                "labonneboite_v2_lille.json:2: item n° 1 : SIRET '73282932000075' invalide : la clé de contrôle (formule de Luhn) est fausse : établissement non gardé",
                "labonneboite_v2_lille.json:3: item n° 2 (SIRET 55208131766522) : pas de « company_name » : établissement non gardé",
                "labonneboite_v2_lille.json:4: item n° 3 (SIRET 77561959600155) : un établissement doit avoir une commune INSEE ou des coordonnées : établissement non gardé",
                "labonneboite_v2_lille.json:6: item n° 5 : SIRET 73282932000074 déjà lu pour le(s) même(s) métier(s) : doublon ignoré"),
                report.datasets().get(0).warnings());
    }

    @Test
    void refusesMalformedJsonWithItsLine() {
        Path file = write(dir.resolve("in"), "labonneboite_v2_lille.json", """
                {"items": [
                  {"siret": "73282932000074", "company_name": "BONNE"},
                  {"siret": "55208131766522" "company_name": "VIRGULE OUBLIEE"}
                ]}
                """);
        String message = importFails(database, file);
        assertEquals("labonneboite_v2_lille.json:3: JSON mal formé (colonne 30) : Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries", message);
    }

    @Test
    void refusesAResponseWithoutItems() {
        Path file = write(dir.resolve("in"), "labonneboite_v2_lille.json", "{\"companies\": []}");
        assertEquals("labonneboite_v2_lille.json: pas de tableau « items » : ce n'est pas une réponse La Bonne Boite v2",
                importFails(database, file));
        Path notArray = write(dir.resolve("in2"), "labonneboite_v2_lille.json", "{\"items\": {}}");
        assertEquals("labonneboite_v2_lille.json:1: « items » doit être un tableau", importFails(database, notArray));
    }

    @Test
    void theSyncCodeCanStreamAResponseBody() throws ImportException {
        String body = "{\"items\":[{\"siret\":\"55208131766522\",\"company_name\":\"ENTREPOTS DEMO\","
                + "\"location\":{\"lat\":50.63,\"lon\":3.15},\"city\":\"VILLENEUVE-D'ASCQ\"}]}";
        database.atomically(sink -> {
            DatasetInfo info = new DatasetInfo(LaBonneBoiteV2Format.KIND, "api:N1103:59", "La Bonne Boite v2",
                    "api labonneboite v2", null, ImportTestSupport.CLOCK.instant(), 0, 0, 0, "-");
            sink.openDataset(info);
            ReadContext context = new ReadContext(sink, ProgressListener.NONE, "sync", null);
            LaBonneBoiteV2Format.readItems(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                    "api", new RomeCode("N1103"), context);
            sink.closeDataset(info);
            return null;
        });
        assertEquals(List.of(Map.of("rome_code", "N1103", "score_source", "LISTED")),
                StoreProbe.rows(database, "SELECT rome_code, score_source FROM company_hiring_score"));
    }
}
