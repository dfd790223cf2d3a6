package fr.passerelle.importer;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.engine.words.MessageRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An import's located error in English ({@link ImportException#text} with the English renderer) on real malformed
 * files of each family, and the same error in French: exactly the message the command line always printed (its
 * {@code getMessage()}, which MalformedInputTest and the other importer tests pin for every case).
 */
class ImportErrorLanguageTest extends SampleSeededCacheTest {
    record Case(String name, String file, byte[] content, String french, String english) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ROME4 = "unix_referentiel_code_rome_v460_utf8.csv";
    private static final String ROME4_HEADER = "\"code_rome\",\"code_fiche_metier\",\"code_ogr\",\"libelle_rome\",\"transition_eco\","
            + "\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_cadre\",\"code_rome_parent\"";
    private static final String ROME4_D1505 = "\"D1505\",\"139\",\"114\",\"Hôte / Hôtesse de caisse\",\"Emploi Blanc\",\"N\",\"N\",\"N\",\"N\",\"D1505\"";
    private static final String COMMUNES_HEADER = "code_insee,nom_commune,code_departement,code_region,codes_postaux,latitude,longitude";
    private static final String LILLE = "59350,Lille,59,32,59000|59160|59260|59777|59800,50.631855,3.046987";
    private static final String COMPANIES_HEADER = "siret,raison_sociale,enseigne,code_naf,tranche_effectif,code_insee_commune,"
            + "code_postal,adresse,latitude,longitude,scores_embauche,source_scores";
    private static final String COMPANY = "73282932000074,Supérette fictive,Chez Démo,4711C,03,59350,59800,,50.6401,3.0612,D1505:87,publie";

    static Stream<Case> cases() {
        return Stream.of(
            new Case("invalid INSEE code", "communes.csv", crlf(COMMUNES_HEADER, LILLE, "5935,Lens,62,32,62300,50.432,2.833"),
                    "communes.csv:3: colonne code_insee : '5935' n'est pas un code commune INSEE (5 caractères, ex. 59350 ou 2A004)",
                    "communes.csv:3: column code_insee: \"5935\" is not an INSEE commune code (expected 5 characters, such as 59350 or 2A004)"),
            new Case("invalid département", "communes.csv", crlf(COMMUNES_HEADER, LILLE, "62498,Lens,6,32,62300,50.432,2.833"),
                    "communes.csv:3: colonne code_departement : '6' n'est pas un code département",
                    "communes.csv:3: column code_departement: \"6\" is not a département code"),
            new Case("decimal comma", "communes.csv", crlf(COMMUNES_HEADER, LILLE, "62498,Lens,62,32,62300,\"50,432\",2.833"),
                    "communes.csv:3: colonne latitude : '50,432' n'est pas un nombre décimal (point décimal attendu)",
                    "communes.csv:3: column latitude: \"50,432\" is not a decimal number (expected a decimal point)"),
            new Case("Latin-1 bytes", "communes.csv",
                    (COMMUNES_HEADER + "\r\n62427,Hénin-Beaumont,62,32,62110,50.417,2.951\r\n").getBytes(ISO_8859_1),
                    "communes.csv:2: octets invalides en UTF-8 (« H\uFFFDnin-Beaumont ») : le fichier doit être en UTF-8 ;"
                            + " réencodez-le (il est peut-être en Windows-1252)",
                    "communes.csv:2: bytes that are not UTF-8 (\"H\uFFFDnin-Beaumont\"): the file must be in UTF-8;"
                            + " convert it (it may be in Windows-1252)"),
            new Case("a field missing", ROME4, utf8(ROME4_HEADER, ROME4_D1505,
                            "\"D1507\",\"137\",\"116\",\"Employé\",\"Emploi Blanc\",\"N\",\"N\",\"N\",\"D1507\""),
                    ROME4 + ":3: 9 champs alors que l'en-tête en a 10 (séparateur ou guillemet mal placé ?)",
                    ROME4 + ":3: 9 fields where the header has 10 (a misplaced separator or quote?)"),
            new Case("invalid ROME code", ROME4, utf8(ROME4_HEADER, ROME4_D1505.replace("\"D1505\",\"139\"", "\"X12\",\"139\"")),
                    ROME4 + ":2: colonne code_rome : 'X12' n'est pas un code ROME (une lettre majuscule et quatre chiffres, ex. D1505)",
                    ROME4 + ":2: column code_rome: \"X12\" is not a ROME code (expected a capital letter and four digits, such as D1505)"),
            new Case("the same fiche twice", ROME4, utf8(ROME4_HEADER, ROME4_D1505, ROME4_D1505),
                    ROME4 + ":3: doublon : une ligne de même clé [v4, D1505] a déjà été lue (rome_occupation)",
                    ROME4 + ":3: duplicate: a row with the same key [v4, D1505] was already read (rome_occupation)"),
            new Case("mobility towards an unknown fiche", "unix_rubrique_mobilite_v460_utf8.csv",
                    utf8("\"code_rome\",\"code_rome_cible\",\"numero_ordre\"", "\"D1505\",\"Z9999\",\"2\""),
                    "unix_rubrique_mobilite_v460_utf8.csv:2: colonne code_rome_cible : code ROME inconnu 'Z9999'"
                            + " (absent des fichiers importés avant celui-ci)",
                    "unix_rubrique_mobilite_v460_utf8.csv:2: column code_rome_cible: unknown ROME code \"Z9999\""
                            + " (not in the files imported before this one)"),
            new Case("header only", "communes.csv", crlf(COMMUNES_HEADER),
                    "communes.csv:1: en-tête seul, aucune ligne de données : le fichier semble tronqué ; il n'est pas importé"
                            + " (il viderait « Communes (INSEE, codes postaux, coordonnées) »)",
                    "communes.csv:1: a header and no data rows: the file looks cut short; it is not imported"
                            + " (it would empty \"Communes (INSEE, codes postaux, coordonnées)\")"),
            new Case("GeoJSON: a point", "departements.geojson",
                    utf8("{\"type\":\"FeatureCollection\",", "\"features\":[",
                            "{\"type\":\"Feature\",\"properties\":{\"code\":\"59\",\"nom\":\"Nord\"},",
                            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[3.0,50.5]}}", "]}"),
                    "departements.geojson:3: feature 59 : géométrie Polygon ou MultiPolygon attendue, pas « Point »",
                    "departements.geojson:3: feature 59: expected a Polygon or MultiPolygon geometry, not \"Point\""),
            new Case("GeoJSON: broken JSON", "regions.geojson",
                    utf8("{\"type\":\"FeatureCollection\",", "\"features\":[", "{\"type\":\"Feature\",,", "]}"),
                    "regions.geojson:3: JSON mal formé (colonne 19) : Unexpected character (',' (code 44)): was expecting"
                            + " double-quote to start field name",
                    "regions.geojson:3: malformed JSON (column 19): Unexpected character (',' (code 44)): was expecting"
                            + " double-quote to start field name"),
            new Case("companies: a score out of range", "entreprises_bad.csv",
                    utf8(COMPANIES_HEADER, COMPANY.replace("D1505:87", "D1505:101")),
                    "entreprises_bad.csv:2: colonne scores_embauche : score '101' pour D1505 : entier de 0 à 100 attendu",
                    "entreprises_bad.csv:2: column scores_embauche: score \"101\" for D1505: expected a whole number from 0 to 100"),
            new Case("companies: latitude alone", "entreprises_bad.csv",
                    utf8(COMPANIES_HEADER, COMPANY.replace("50.6401,3.0612", "50.6401,")),
                    "entreprises_bad.csv:2: colonne longitude : latitude et longitude vont ensemble : les deux ou aucune",
                    "entreprises_bad.csv:2: column longitude: latitude and longitude go together: both or neither"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMalformedFileIsRefusedInFrenchAsAlwaysAndInEnglish(Case c) throws IOException {
        Path file = Files.write(in.resolve(c.file()), c.content());

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, file));

        assertEquals(c.french(), e.getMessage());
        assertEquals(c.french(), e.text(MessageRenderer.french()));
        assertEquals(c.english(), e.text(MessageRenderer.english()));
    }

    @Test
    void aMissingPathAndAnUnknownFormatAreSaidInEnglish() throws IOException {
        Path missing = in.resolve("absent.csv");
        ImportException gone = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, missing));
        assertEquals(missing + ": fichier ou dossier introuvable", gone.getMessage());
        assertEquals(missing + ": file or folder not found", gone.text(MessageRenderer.english()));

        Path notes = Files.writeString(in.resolve("notes.txt"), "rien d'officiel\n");
        ImportException unknown = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, notes));
        assertEquals("notes.txt: format non reconnu : ni le nom d'un fichier officiel, ni un en-tête CSV connu, ni un contenu"
                + " reconnu (LHEO, catalogue CPF, GeoJSON)", unknown.getMessage());
        assertEquals("notes.txt: format not recognised: neither the name of an official file, nor a known CSV header, nor a"
                + " known content (LHEO, CPF catalogue, GeoJSON)", unknown.text(MessageRenderer.english()));
    }

    @Test
    void aLocatedErrorToldInsideAnotherReportKeepsItsPlaceAndItsLanguage() throws IOException {
        Path notes = Files.writeString(in.resolve("notes.txt"), "rien d'officiel\n");
        ImportException unknown = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, notes));
        // A sync that refuses a downloaded file says the importer's error inside its own sentence (SyncRun, FigureCheck).
        assertEquals(unknown.getMessage(), MessageRenderer.french().render(unknown.said()));
        assertEquals(unknown.text(MessageRenderer.english()), MessageRenderer.english().render(unknown.said()));
        assertTrue(MessageRenderer.english().render(unknown.said()).startsWith("notes.txt: format not recognised"));
    }

    @Test
    void aFileSkippedInAFolderSaysWhyInBothLanguages() throws IOException, ImportException {
        Path folder = Files.createDirectories(in.resolve("lot"));
        Files.writeString(folder.resolve("notes.txt"), "rien d'officiel\n");
        Files.write(folder.resolve("communes.csv"), crlf(COMMUNES_HEADER, LILLE));

        ImportReport report = ImportFixtures.importPaths(database, folder);

        ImportPlan.SkippedFile skipped = report.skipped().get(0);
        assertEquals("format non reconnu", skipped.reason());
        assertEquals("format not recognised", MessageRenderer.english().render(skipped.why()));
    }

    @Test
    void aRefusedSiretIsSaidInEnglishAndExactlyAsTheDomainWordsItInFrench() {
        for (String siret : List.of("SAINT AUNES", "12345678900017", "26560004900167", "35600000000049")) {
            var words = ImportWords.siretProblem(siret);
            assertEquals(fr.passerelle.domain.company.Siret.problem(siret), MessageRenderer.french().render(words), siret);
            assertFalse(words.key().equals("import.text"), siret + " is said by a key of its own");
        }
        assertEquals("SIRET \"26560004900167\" is not valid: the check digit (Luhn formula) is wrong",
                MessageRenderer.english().render(ImportWords.siretProblem("26560004900167")));
        assertEquals("\"SAINT AUNES\" is not a SIRET number (expected 14 digits)",
                MessageRenderer.english().render(ImportWords.siretProblem("SAINT AUNES")));
        assertEquals(null, ImportWords.siretProblem("73282932000074"));
    }

    @Test
    void aProblemWrittenAsPlainTextStaysAsWrittenInEveryLanguage() {
        // Another area (sync) may still build its errors from a French text: said as written, never lost.
        ImportException plain = new ImportException("offres.json", 4, "réponse tronquée");
        assertEquals("offres.json:4: réponse tronquée", plain.text(MessageRenderer.english()));
        assertEquals(List.of("réponse tronquée"), List.of(MessageRenderer.english().render(plain.problemMessage())));
    }

    private static byte[] utf8(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(UTF_8);
    }

    private static byte[] crlf(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(UTF_8);
    }
}
