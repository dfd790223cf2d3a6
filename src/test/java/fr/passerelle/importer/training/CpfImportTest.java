package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.sharedData;
import static fr.passerelle.importer.training.TrainingImports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.SqlProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Mon Compte Formation catalogue, flattened CSV and API JSON, onto the training tables. */
class CpfImportTest {
    @TempDir
    Path dir;

    private static final String CSV_HEADER = "formation.title,formation.proximiteRomes.code,duration,totalPriceTTC,"
            + "address.postalCode,formation.specificCondition,formation.codeModaliteEnseign\n";

    private ReferenceCache open() {
        return ReferenceCache.open(dir.resolve("cache"));
    }

    @Test
    void groupsTheCsvRowsOfATrainingAndKeepsTheTrainingWithoutRome() throws Exception {
        try (ReferenceCache db = open()) {
            DatasetInfo d = importPaths(db, sharedData("trainings/cpf_trainings_sample.csv")).datasets().get(0).dataset();
            assertEquals("trainings.cpf_csv/cpf_trainings_sample", d.key());
            // 22 rows (one per training x ROME) are 8 trainings; the rows of one training differ in teaching mode,
            // so they are kept as distinct actions: 13 actions, 21 ROME links, no sessions in this export.
            assertEquals(List.of(22, 8, 0), List.of(d.rowsRead(), d.rowsStored(), d.rowsRejected()));
            assertEquals(List.of(8, 0, 21, 13, 0, 0), LheoSharedSamplesImportTest.counts(db));
            assertEquals(0L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_action WHERE cpf_eligible IS NOT TRUE"));
            assertEquals(0L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_rome r JOIN training t ON t.training_id = r.training_id "
                    + "WHERE t.title = 'Training without a ROME'"));
            assertEquals(List.of(Map.of("HOURS_TOTAL", 14, "TOTAL_PRICE_CENTS", 23800L, "TEACHING_MODE", 0, "POSTAL_CODE", "65500"),
                            Map.of("HOURS_TOTAL", 14, "TOTAL_PRICE_CENTS", 23800L, "TEACHING_MODE", 1, "POSTAL_CODE", "65500")),
                    SqlProbe.rows(db, "SELECT a.hours_total, a.total_price_cents, a.teaching_mode, a.postal_code FROM training_action a "
                            + "JOIN training t ON t.training_id = a.training_id WHERE t.title = 'Sauveteur Secouriste du Travail' "
                            + "ORDER BY a.teaching_mode"));
            assertEquals(List.of("A1101", "A1201", "A1205"), SqlProbe.rows(db, "SELECT r.rome_code FROM training_rome r JOIN training t "
                    + "ON t.training_id = r.training_id WHERE t.title = 'BP option responsable de chantiers forestiers' ORDER BY 1")
                    .stream().map(r -> r.get("ROME_CODE")).toList());
            assertEquals("09100", SqlProbe.value(db, "SELECT DISTINCT postal_code FROM training_action WHERE hours_total = 1350"));
        }
    }

    @Test
    void importsTheNineApiActionsWithTheirProviderLevelsAndCodes() throws Exception {
        try (ReferenceCache db = open()) {
            DatasetInfo d = importPaths(db, sharedData("trainings/cpf_api_sample.json")).datasets().get(0).dataset();
            assertEquals("trainings.cpf_api/cpf_api_sample", d.key());
            assertEquals(List.of(9, 9, 0), List.of(d.rowsRead(), d.rowsStored(), d.rowsRejected()));
            assertEquals(List.of(9, 11, 17, 9, 0, 0), LheoSharedSamplesImportTest.counts(db));
            Map<String, Object> caces = SqlProbe.rows(db, "SELECT * FROM training WHERE title = 'CACES R482 Catégorie B2'").get(0);
            assertEquals(List.of(true, 1, "5089", "106657", "79254089000011", "OPTIMUS FAC"), List.of(caces.get("CERTIFYING"),
                    caces.get("EXIT_LEVEL"), caces.get("RS_CODE"), caces.get("CERTIFINFO_CODE"), caces.get("PROVIDER_SIRET"),
                    caces.get("PROVIDER_NAME")));
            assertEquals(13, SqlProbe.value(db, "SELECT exit_level FROM training WHERE title LIKE 'BPA option%'"),
                    "NIVEAU_3 of the 2019 framework is LHEO code 13");
            Map<String, Object> arborist = SqlProbe.rows(db, "SELECT a.* FROM training_action a JOIN training t ON t.training_id = "
                    + "a.training_id WHERE t.title = 'Certificat de Spécialisation Arboriste Elagueur'").get(0);
            assertEquals(List.of(1085, 665, 420, 949600L, 0, "20100", "SARTENE", "Route de Levie", true), List.of(
                    arborist.get("HOURS_TOTAL"), arborist.get("HOURS_CENTRE"), arborist.get("HOURS_COMPANY"),
                    arborist.get("TOTAL_PRICE_CENTS"), arborist.get("TEACHING_MODE"), arborist.get("POSTAL_CODE"),
                    arborist.get("CITY"), arborist.get("ADDRESS_LINE"), arborist.get("CPF_ELIGIBLE")));
            assertEquals(2L, SqlProbe.value(db, "SELECT COUNT(*) FROM training WHERE title = 'BP option responsable de chantiers forestiers'"),
                    "the same title from two providers is two trainings");
            assertEquals(List.of(Map.of("FORMACODE", "21040", "PRINCIPAL", true), Map.of("FORMACODE", "21052", "PRINCIPAL", false),
                    Map.of("FORMACODE", "21056", "PRINCIPAL", false)), SqlProbe.rows(db, "SELECT f.formacode, f.principal FROM "
                    + "training_formacode f JOIN training t ON t.training_id = f.training_id WHERE t.title LIKE 'BPA%' ORDER BY 1"));
        }
    }

    @Test
    void keepsAnIdenticalApiActionOnceAndReportsIt() throws Exception {
        String action = "{\"formation\": {\"title\": \"CACES R489\", \"proximiteRomes\": [{\"code\": \"N1101\"}]}, "
                + "\"totalPriceTTC\": 990.5, \"duration\": 35, \"siretOrganisme\": \"99900000100017\"}";
        try (ReferenceCache db = open()) {
            DatasetInfo d = importPaths(db, write(dir, "cpf.json", "[\n" + action + ",\n" + action + "\n]\n")).datasets().get(0).dataset();
            assertEquals(List.of(2, 1, 1), List.of(d.rowsRead(), d.rowsStored(), d.rowsRejected()));
            assertEquals(99050L, SqlProbe.value(db, "SELECT total_price_cents FROM training_action"));
        }
    }

    @Test
    void leavesAMissingApiPriceUnknown() throws Exception {
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "cpf.json", "[{\"formation\": {\"title\": \"CACES R489\"}, \"totalPriceTTC\": null}]"));
            assertEquals(null, SqlProbe.value(db, "SELECT total_price_cents FROM training_action"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "heures négatives|CACES,N1101,-35,990.0,59000,,0|cpf_trainings_bad.csv:2: colonne duration : nombre d'heures négatif -35",
        "ROME faux|CACES,N11,35,990.0,59000,,0|cpf_trainings_bad.csv:2: colonne formation.proximiteRomes.code : 'N11' n'est pas un "
                + "code ROME (une lettre majuscule et quatre chiffres, ex. D1505)",
        "prix illisible|CACES,N1101,35,gratuit,59000,,0|cpf_trainings_bad.csv:2: colonne totalPriceTTC : 'gratuit' n'est pas un prix "
                + "en euros (ex. 1428 ou 1428,50)",
        "modalité inconnue|CACES,N1101,35,990.0,59000,,7|cpf_trainings_bad.csv:2: colonne formation.codeModaliteEnseign : modalité "
                + "d'enseignement '7' inconnue (0 présentiel, 1 mixte, 2 entièrement à distance)",
        "code postal faux|CACES,N1101,35,990.0,5900,,0|cpf_trainings_bad.csv:2: colonne address.postalCode : '5900' n'est pas un "
                + "code postal (5 chiffres)",
        "sans titre|,N1101,35,990.0,59000,,0|cpf_trainings_bad.csv:2: colonne formation.title : valeur obligatoire manquante",
    })
    void refusesAMalformedCsvRowWithItsLineAndColumn(String name, String row, String expected) throws Exception {
        assertRefused(write(dir, "cpf_trainings_bad.csv", CSV_HEADER + row + "\n"), expected);
    }

    static Stream<Arguments> badApiObjects() {
        return Stream.of(
            Arguments.of("sans titre", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\": \" \"}}\n]",
                    "cpf_bad.json:2: formation.title: valeur obligatoire manquante"),
            Arguments.of("sans formation", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\": \"CACES\"}},\n{\"totalPriceTTC\": 5}\n]",
                    "cpf_bad.json:3: formation: objet manquant"),
            Arguments.of("ROME faux", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\": \"CACES\", \"proximiteRomes\": [{\"code\": \"n1101\"}]}}\n]",
                    "cpf_bad.json:2: formation.proximiteRomes: 'n1101' n'est pas un code ROME (une lettre majuscule et quatre "
                            + "chiffres, ex. D1505)"),
            Arguments.of("prix négatif", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\": \"CACES\"}, \"totalPriceTTC\": -10.5}\n]",
                    "cpf_bad.json:2: totalPriceTTC: prix négatif -10.5"),
            Arguments.of("heures négatives", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\": \"CACES\"}, \"duration\": -3}\n]",
                    "cpf_bad.json:2: duration: nombre d'heures négatif -3"),
            Arguments.of("niveau inconnu", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\": \"CACES\", \"outLevel\": {\"code\": \"NIVEAU_9\"}}}\n]",
                    "cpf_bad.json:2: formation.outLevel: niveau 'NIVEAU_9' inconnu (NIVEAU_1 à NIVEAU_8 ou SANS_NIVEAU)"),
            Arguments.of("JSON mal formé", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\": \"CACES\"}\n]",
                    "cpf_bad.json:3: JSON mal formé (colonne 1) : Unexpected close marker ']': expected '}' (for Object starting at [line: 2, column: 1])"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badApiObjects")
    void refusesAMalformedApiObjectWithItsLineAndField(String name, String json, String expected) throws Exception {
        assertRefused(write(dir, "cpf_bad.json", json), expected);
    }

    private void assertRefused(Path bad, String expected) throws Exception {
        try (ReferenceCache db = open()) {
            importPaths(db, sharedOrLocalBaseline());
            String before = CacheDigest.of(db);
            ImportException e = assertThrows(ImportException.class, () -> importPaths(db, bad));
            assertEquals(expected, e.getMessage());
            assertEquals(before, CacheDigest.of(db));
        }
    }

    private Path sharedOrLocalBaseline() {
        return write(dir, "cpf_trainings_baseline.csv", CSV_HEADER + "CACES R489,N1101,35,990.0,59000,,0\n");
    }
}
