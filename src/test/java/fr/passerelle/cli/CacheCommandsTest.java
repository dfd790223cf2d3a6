package fr.passerelle.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the commands say about the cache: its mode (real data or demonstration), counts taken from the data, the
 * truth about personal data; and the exit codes of bad numbers and empty searches (issue 8, items 7, 9 and 10).
 */
class CacheCommandsTest extends SampleSeededCacheTest {

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(home -> {
            throw new IllegalStateException("no window in this test");
        }, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void statusOfASeededHomeSaysDemonstrationModeAndThatNoPersonalDataIsStored() throws Exception {
        Path home = work.resolve("home");
        try (Workstation workstation = Workstation.open(new Home(home))) {
            workstation.seedIfEmpty(ProgressListener.NONE);
        }

        Run run = run("status", "--home", home.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Mode : démonstration : données d'exemple fictives, aucun chiffre n'est réel"), run.out());
        assertTrue(run.out().contains("Données personnelles : aucune donnée personnelle enregistrée"), run.out());
        assertFalse(run.out().contains("chiffrées"), run.out());
    }

    @Test
    void statusInEnglishSaysItsOwnSentencesInEnglishAndKeepsTheCataloguesWords() throws Exception {
        Path home = work.resolve("home");
        try (Workstation workstation = Workstation.open(new Home(home))) {
            workstation.seedIfEmpty(ProgressListener.NONE);
        }

        Run french = run("status", "--check", "--home", home.toString());
        Run english = run("--lang", "en", "status", "--check", "--home", home.toString());

        assertEquals(0, english.exit(), english.err());
        String out = english.out();
        assertTrue(out.startsWith("Folder: " + home + "\nCache: "), out);
        assertTrue(out.contains("\nMode: demonstration: fictional sample data, no figure is real (import the official data: "
                + "passerelle import FOLDER)\n"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(".* rows  imported on \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d\\d:\\d\\d  \\(.*")),
                "a dataset line in English: " + out);
        assertTrue(out.contains("\nCheck: the rows of each of the "), out);
        assertTrue(out.contains("\nFunding rules in force: "), out);
        assertTrue(out.contains("\nPersonal data: no personal data saved"), out);
        for (String marker : List.of("Dossier :", "état publié", "démonstration", " lignes ", "importé le", " à ", "Vérification",
                "Règles de financement", "Données personnelles", "aucune donnée")) {
            assertTrue(french.out().contains(marker), "the French status says « " + marker + " »: " + french.out());
            assertFalse(out.contains(marker), "« " + marker + " » in English: " + out);
        }
    }

    @Test
    void statusNeverClaimsEncryptionOfAPersonalFolderThatExists() throws IOException {
        Path home = seededHome(work.resolve("home"));
        Files.createDirectories(home.resolve("personal"));
        Files.writeString(home.resolve("personal").resolve("notes.txt"), "x", UTF_8);

        Run run = run("status", "--home", home.toString());
        Run json = run("status", "--json", "--home", home.toString());

        assertTrue(run.out().contains("Données personnelles : dossier " + home.resolve("personal") + " présent (1 fichiers), non chiffré"),
                run.out());
        JsonNode personal = new ObjectMapper().readTree(json.out()).get("personalData");
        assertEquals("present", personal.get("state").asText());
        assertFalse(personal.get("encrypted").asBoolean());
    }

    @Test
    void statusJsonCountsRowsFromTheDataAndSaysTheMode() throws IOException {
        Path home = seededHome(work.resolve("home"));

        JsonNode status = new ObjectMapper().readTree(run("status", "--json", "--home", home.toString()).out());

        assertEquals("real", status.get("mode").asText());
        assertTrue(status.get("generation").asText().matches("g\\d{6}"));
        for (JsonNode d : status.get("datasets")) {
            if (d.get("kind").asText().equals("geo.communes")) {
                assertTrue(d.get("rowsInCache").asLong() > d.get("rowsStored").asLong(),
                        "communes also hold their postal codes and employment areas: " + d);
            }
            if (d.get("kind").asText().equals("rome4.appellations")) {
                assertEquals(214, d.get("rowsInCache").asLong());
            }
        }
    }

    @Test
    void statusCheckRecountsTheTablesAndFindsThemEqual() {
        Run run = run("status", "--check", "--home", seededHome(work.resolve("home")).toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Vérification : les lignes de chacun des 32 jeux de données, recomptées dans les tables,"
                + " correspondent aux comptes de l'import."), run.out());
    }

    @Test
    void theFirstRealImportSaysItRemovedTheSamples() throws Exception {
        Path home = work.resolve("home");
        try (Workstation workstation = Workstation.open(new Home(home))) {
            workstation.seedIfEmpty(ProgressListener.NONE);
        }

        Run run = run("import", "--home", home.toString(), SharedData.sample("geo/regions.csv").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Données d'exemple fictives retirées : 32 jeux de données de démonstration"), run.out());
        assertTrue(run("status", "--home", home.toString()).out().contains("Mode : données réelles importées"));
    }

    @Test
    void anEmptyJobSearchExitsWith2() {
        Run run = run("jobs", "", "--home", seededHome(work.resolve("home")).toString());

        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("indiquez un intitulé de métier"), run.err());
    }

    @Test
    void hugeAmountsOnThePathCommandLineExitWith2() {
        Path home = seededHome(work.resolve("home"));
        for (List<String> option : List.of(List.of("--cpf", "99999999999999999999"), List.of("--budget", "1e30"))) {
            Run run = run("path", "--rome", "D1505", "--commune", "59350", option.get(0), option.get(1), "--home", home.toString());

            assertEquals(2, run.exit(), option + " " + run.err());
            assertTrue(run.err().contains("est un montant démesuré"), run.err());
        }
    }

    @Test
    void importOfAFileOfNoKnownFormatExitsWith2() throws IOException {
        Path file = Files.writeString(in.resolve("notes.txt"), "rien d'officiel\n", UTF_8);

        Run run = run("import", "--home", work.resolve("home").toString(), file.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("notes.txt: format non reconnu"), run.err());
    }
}
