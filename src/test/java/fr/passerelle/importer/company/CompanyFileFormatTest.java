package fr.passerelle.importer.company;

import static fr.passerelle.importer.ImportTestSupport.importFails;
import static fr.passerelle.importer.ImportTestSupport.importPaths;
import static fr.passerelle.importer.ImportTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.StoreProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyFileFormatTest {
    static final String HEADER = "siret,raison_sociale,enseigne,code_naf,tranche_effectif,code_insee_commune,code_postal,"
            + "adresse,latitude,longitude,scores_embauche,source_scores\n";
    static final String SUPERETTE = "73282932000074,Supérette fictive du Vieux-Lille,Chez Démo,4711C,03,59350,59800,"
            + "\"12 rue Fictive, Lille\",50.6401,3.0612,D1505:87|D1507:64,publie\n";
    static final String ENTREPOT = "55208131766522,Entrepôts Démo des Flandres,,5210B,21,59009,59650,,50.6301,3.1502,"
            + "N1103:72|N1101:55|N1105:40,estime\n";
    static final String POSTE = "35600000049837,Bureau de poste fictif,,5310Z,,62498,,,,,,\n";

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

    @Test
    void importsEstablishmentsAndTheirScores() throws ImportException {
        Path file = write(dir.resolve("in"), "entreprises_test.csv", HEADER + SUPERETTE + ENTREPOT + POSTE);
        ImportReport report = importPaths(database, file);

        DatasetInfo info = report.datasets().get(0).dataset();
        assertEquals(CompanyFileFormat.KIND, info.kind());
        assertEquals("entreprises_test", info.scope());
        assertEquals(3, info.rowsRead());
        assertEquals(3, info.rowsStored());
        assertEquals(0, info.rowsRejected());
        assertEquals(3, StoreProbe.count(database, "COMPANY"));
        assertEquals(5, StoreProbe.count(database, "COMPANY_HIRING_SCORE"));

        Map<String, Object> superette = StoreProbe.rows(database,
                "SELECT * FROM company WHERE siret = '73282932000074'").get(0);
        assertEquals("Supérette fictive du Vieux-Lille", superette.get("name"));
        assertEquals("Chez Démo", superette.get("trade_name"));
        assertEquals("03", superette.get("headcount_bracket"));
        assertEquals(6, superette.get("headcount_min"));
        assertEquals(9, superette.get("headcount_max"));
        assertEquals("12 rue Fictive, Lille", superette.get("address"));
        assertEquals(50.6401, superette.get("latitude"));
        assertEquals("59800", superette.get("postal_code"));

        List<Map<String, Object>> scores = StoreProbe.rows(database,
                "SELECT rome_code, score, score_source FROM company_hiring_score ORDER BY siret, rome_code");
        assertEquals(List.of(
                Map.of("rome_code", "N1101", "score", 55, "score_source", "ESTIMATED"),
                Map.of("rome_code", "N1103", "score", 72, "score_source", "ESTIMATED"),
                Map.of("rome_code", "N1105", "score", 40, "score_source", "ESTIMATED"),
                Map.of("rome_code", "D1505", "score", 87, "score_source", "PUBLISHED"),
                Map.of("rome_code", "D1507", "score", 64, "score_source", "PUBLISHED")), scores);

        Map<String, Object> poste = StoreProbe.rows(database,
                "SELECT * FROM company WHERE siret = '35600000049837'").get(0);
        assertNull(poste.get("latitude"));
        assertNull(poste.get("headcount_bracket"));
        assertNull(poste.get("postal_code"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
        # the row (3rd line of the file) => the message
        73282932000075,Démo,,4711C,03,59350,59800,,,,,  => entreprises_bad.csv:3: colonne siret : SIRET '73282932000075' invalide : la clé de contrôle (formule de Luhn) est fausse
        7328293200007,Démo,,4711C,03,59350,59800,,,,,   => entreprises_bad.csv:3: colonne siret : '7328293200007' n'est pas un SIRET (14 chiffres attendus)
        35600000049838,Démo,,5310Z,,59350,,,,,,         => entreprises_bad.csv:3: colonne siret : SIRET de La Poste '35600000049838' invalide : la somme de ses chiffres doit être un multiple de 5
        55208131766522,Démo,,5210B,21,59009,,,,,,       => entreprises_bad.csv:3: colonne siret : SIRET 55208131766522 déjà présent plus haut dans le fichier (une ligne par établissement)
        77561959600155,,,4711C,03,59350,59800,,,,,      => entreprises_bad.csv:3: colonne raison_sociale : valeur obligatoire manquante
        77561959600155,Démo,,47111,03,59350,59800,,,,,  => entreprises_bad.csv:3: colonne code_naf : '47111' n'est pas un code NAF (4 chiffres et une lettre, ex. 4711D)
        77561959600155,Démo,,4711C,13,59350,59800,,,,,  => entreprises_bad.csv:3: colonne tranche_effectif : '13' n'est pas une tranche d'effectif INSEE (00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53, ou vide)
        77561959600155,Démo,,4711C,03,5935,59800,,,,,   => entreprises_bad.csv:3: colonne code_insee_commune : '5935' n'est pas un code commune INSEE (5 caractères, ex. 59350 ou 2A004)
        77561959600155,Démo,,4711C,03,59350,5980,,,,,   => entreprises_bad.csv:3: colonne code_postal : '5980' n'est pas un code postal (5 chiffres)
        77561959600155,Démo,,4711C,03,59350,,,50.6,,,   => entreprises_bad.csv:3: colonne longitude : latitude et longitude vont ensemble : les deux ou aucune
        77561959600155,Démo,,4711C,03,59350,,,,3.06,,   => entreprises_bad.csv:3: colonne latitude : latitude et longitude vont ensemble : les deux ou aucune
        77561959600155,Démo,,4711C,03,59350,,,"50,6",3.06,, => entreprises_bad.csv:3: colonne latitude : '50,6' n'est pas un nombre décimal (point décimal attendu)
        77561959600155,Démo,,4711C,03,59350,,,95.1,3.06,, => entreprises_bad.csv:3: colonne latitude : latitude hors de -90 à 90 : 95.1
        77561959600155,Démo,,4711C,03,59350,,,,,D1505:87, => entreprises_bad.csv:3: colonne source_scores : valeur obligatoire quand scores_embauche n'est pas vide (« publie » ou « estime »)
        77561959600155,Démo,,4711C,03,59350,,,,,D1505:87,officiel => entreprises_bad.csv:3: colonne source_scores : 'officiel' : « publie » ou « estime » attendu
        77561959600155,Démo,,4711C,03,59350,,,,,D1505=87,publie => entreprises_bad.csv:3: colonne scores_embauche : 'D1505=87' : paire CODE_ROME:score attendue (ex. D1505:87)
        77561959600155,Démo,,4711C,03,59350,,,,,D150:87,publie => entreprises_bad.csv:3: colonne scores_embauche : 'D150' n'est pas un code ROME (une lettre majuscule et quatre chiffres, ex. D1505)
        77561959600155,Démo,,4711C,03,59350,,,,,D1505:101,publie => entreprises_bad.csv:3: colonne scores_embauche : score '101' pour D1505 : entier de 0 à 100 attendu
        77561959600155,Démo,,4711C,03,59350,,,,,D1505:8.5,publie => entreprises_bad.csv:3: colonne scores_embauche : score '8.5' pour D1505 : entier de 0 à 100 attendu
        77561959600155,Démo,,4711C,03,59350,,,,,D1505:87|,publie => entreprises_bad.csv:3: colonne scores_embauche : '' : paire CODE_ROME:score attendue (ex. D1505:87)
        77561959600155,Démo,,4711C,03,59350,,,,,D1505:87|D1505:12,publie => entreprises_bad.csv:3: colonne scores_embauche : code ROME D1505 présent deux fois
        77561959600155,Démo,,4711C,03,59350,,,,                => entreprises_bad.csv:3: 10 champs alors que l'en-tête en a 12 (séparateur ou guillemet mal placé ?)
        """)
    void refusesAMalformedRowWithItsLineAndColumn(String row, String message) {
        Path file = write(dir.resolve("in"), "entreprises_bad.csv", HEADER + ENTREPOT + row + "\n");
        assertEquals(message, importFails(database, file));
    }

    @Test
    void refusesAnotherHeader() {
        Path file = write(dir.resolve("in"), "entreprises_bad.csv",
                HEADER.replace("scores_embauche", "scores") + SUPERETTE);
        assertEquals("entreprises_bad.csv:1: en-tête inattendu pour « Entreprises et scores d'embauche (fichier Passerelle) » : "
                + "siret,raison_sociale,enseigne,code_naf,tranche_effectif,code_insee_commune,code_postal,adresse,"
                + "latitude,longitude,scores,source_scores ; attendu : " + HEADER.strip(), importFails(database, file));
    }

    @Test
    void leavesTheCacheAsItWasWhenAFileIsRefused() throws ImportException {
        importPaths(database, write(dir.resolve("ok"), "entreprises_lille.csv", HEADER + SUPERETTE));
        Path bad = write(dir.resolve("in"), "entreprises_lille.csv", HEADER + ENTREPOT + ENTREPOT);
        importFails(database, bad);
        assertEquals(List.of(Map.of("siret", "73282932000074")),
                StoreProbe.rows(database, "SELECT siret FROM company"));
    }

    @Test
    void eachFileIsItsOwnDatasetAndReplacesOnlyItself() throws ImportException {
        Path lille = write(dir.resolve("a"), "entreprises_lille.csv", HEADER + SUPERETTE + ENTREPOT);
        Path lens = write(dir.resolve("a"), "entreprises_lens.csv", HEADER + POSTE);
        importPaths(database, lille, lens);
        assertEquals(3, StoreProbe.count(database, "COMPANY"));

        // A new extraction of Lille, now with one establishment: Lens stays.
        Path lille2 = write(dir.resolve("b"), "entreprises_lille.csv", HEADER + ENTREPOT);
        importPaths(database, lille2);
        assertEquals(List.of(
                Map.of("siret", "35600000049837", "dataset_key", "companies.file/entreprises_lens"),
                Map.of("siret", "55208131766522", "dataset_key", "companies.file/entreprises_lille")),
                StoreProbe.rows(database, "SELECT c.siret, d.dataset_key FROM company c JOIN dataset d ON d.dataset_id = c.dataset_id ORDER BY c.siret"));
        assertEquals(3, StoreProbe.count(database, "COMPANY_HIRING_SCORE"));
        // The company tables have no index since V11 (HiringCompanyReader sorts in memory): none was left behind.
        assertEquals(List.of(),
                StoreProbe.rows(database, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                        + " WHERE TABLE_NAME IN ('COMPANY', 'COMPANY_HIRING_SCORE') ORDER BY INDEX_NAME"));
    }

    @Test
    void aDatedExtractionReplacesTheUndatedOneOfTheSameScope() throws ImportException {
        importPaths(database, write(dir.resolve("a"), "entreprises_lille.csv", HEADER + SUPERETTE));
        ImportReport report = importPaths(database, write(dir.resolve("b"), "entreprises_lille_20261201.csv", HEADER + ENTREPOT));
        assertEquals("2026-12-01", report.datasets().get(0).dataset().version());
        assertEquals(List.of(Map.of("siret", "55208131766522")), StoreProbe.rows(database, "SELECT siret FROM company"));
    }

    @Test
    void anEmptyScoreListNeedsNoSource() throws ImportException {
        importPaths(database, write(dir.resolve("in"), "entreprises_x.csv", HEADER + POSTE));
        assertEquals(0, StoreProbe.count(database, "COMPANY_HIRING_SCORE"));
    }

    /** A file of {@code count} fictional establishments (SIREN 732829320), each with two scores. */
    private static String bigFile(int count, int score) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int n = 0; n < count; n++) {
            csv.append(row(n, score));
        }
        return csv.toString();
    }

    private static String row(int n, int score) {
        return siret(n) + ",Établissement fictif " + n + ",,4711C,03,59350,59800,,50.6,3.06,D1505:" + score + "|N1103:"
                + (100 - score) + ",publie\n";
    }

    private static String siret(int n) {
        String head = "732829320" + String.format("%04d", n);
        for (int key = 0; key < 10; key++) {
            if (fr.passerelle.domain.company.Siret.isValid(head + key)) {
                return head + key;
            }
        }
        throw new IllegalStateException(head);
    }

    @Test
    void aSiretRepeatedDeepInABigFileIsRefusedWithItsLineAndTheCacheKeepsItsState() throws ImportException {
        importPaths(database, write(dir.resolve("ok"), "entreprises_lille.csv", HEADER + SUPERETTE));
        // 4,500 rows and 9,000 scores (several batches already sent to the database) before the repeated SIRET.
        Path big = write(dir.resolve("in"), "entreprises_lille.csv", bigFile(4_500, 60) + row(1_234, 10));

        assertEquals("entreprises_lille.csv:4502: colonne siret : SIRET " + siret(1_234) + " déjà présent plus haut dans"
                + " le fichier (une ligne par établissement)", importFails(database, big));
        assertEquals(List.of(Map.of("siret", "73282932000074")), StoreProbe.rows(database, "SELECT siret FROM company"));
        assertEquals(2, StoreProbe.count(database, "COMPANY_HIRING_SCORE"));
    }

    @Test
    void reimportingABigFileReplacesAllItsRows() throws ImportException {
        importPaths(database, write(dir.resolve("a"), "entreprises_lille.csv", bigFile(4_500, 60)));
        importPaths(database, write(dir.resolve("b"), "entreprises_lille.csv", bigFile(4_000, 70)));

        assertEquals(4_000, StoreProbe.count(database, "COMPANY"));
        assertEquals(8_000, StoreProbe.count(database, "COMPANY_HIRING_SCORE"));
        assertEquals(List.of(Map.of("rome_code", "D1505", "score", 70, "n", 4_000L), Map.of("rome_code", "N1103", "score", 30, "n", 4_000L)),
                StoreProbe.rows(database, "SELECT rome_code, score, COUNT(*) AS n FROM company_hiring_score"
                        + " GROUP BY rome_code, score ORDER BY rome_code"));
        assertEquals(List.of(Map.of("n", 0L)), StoreProbe.rows(database, "SELECT COUNT(*) AS n FROM company WHERE siret = ?", siret(4_200)));
    }
}
