package fr.passerelle.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.DatasetStore;
import fr.passerelle.store.ReferenceCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command-line contract: exit codes, {@code file:line:} on stderr, JSON outputs, seeding of an empty home. */
class PasserelleCommandTest extends SampleSeededCacheTest {
    private static final String BROKEN_COMMUNES = "code_insee,nom_commune,code_departement,code_region,codes_postaux,latitude,longitude\r\n"
            + "59350,Lille,59,32,59000,50.631855,3.046987\r\n5935,Lens,62,32,62300,50.432,2.833\r\n";

    private final List<Home> windowsOpened = new ArrayList<>();
    /** The window launcher fails (a command must never open the window) unless a test expects the window. */
    private boolean windowExpected;

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
        String firstErrLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(home -> {
            windowsOpened.add(home);
            if (!windowExpected) {
                throw new IllegalStateException("the window must not open in this test");
            }
        }, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importOfAMalformedFileExitsWith2AndNamesTheFileAndLine() throws IOException {
        Path file = Files.writeString(in.resolve("communes.csv"), BROKEN_COMMUNES, UTF_8);

        Run run = run("import", "--home", work.resolve("home").toString(), file.toString());

        assertEquals(2, run.exit());
        assertEquals(List.of("communes.csv:3: colonne code_insee : '5935' n'est pas un code commune INSEE "
                + "(5 caractères, ex. 59350 ou 2A004)", "Import annulé : le cache n'a pas changé."), run.err().lines().toList());
    }

    @Test
    void importOfAMalformedFileLeavesTheCacheOfTheHomeUnchanged() throws IOException {
        Path home = seededHome(work.resolve("home"));
        String before = digest(home);
        Path file = Files.writeString(in.resolve("communes.csv"), BROKEN_COMMUNES, UTF_8);

        Run run = run("import", "--home", home.toString(), file.toString());

        assertEquals(2, run.exit());
        assertEquals(before, digest(home));
    }

    @Test
    void importOfAMissingPathExitsWith2() {
        Path missing = in.resolve("absent");

        Run run = run("import", "--home", work.resolve("home").toString(), missing.toString());

        assertEquals(2, run.exit());
        assertEquals(missing + ": fichier ou dossier introuvable", run.firstErrLine());
    }

    @Test
    void importOfTheSamplesReportsEveryDatasetAndTheSkippedReadme() {
        Run run = run("import", "--home", work.resolve("home").toString(), SharedData.samples().toString());

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int summary = lines.indexOf("32 jeux de données importés, 5 fichiers ignorés.");
        assertTrue(summary >= 0, run.out());
        // Then the import's own time, and the indexes of the new data built for the next command (IndexStep).
        assertTrue(lines.get(summary + 1).startsWith("Import terminé en "), run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("Index enregistrés en "), run.out());
        assertTrue(lines.contains("ignoré : " + SharedData.sample("README.md") + " (format non reconnu)"), run.out());
    }

    @Test
    void importPrintsWhatWasReadRejectedAndStoredPerDataset() {
        Run run = run("import", "--home", work.resolve("home").toString(),
                SharedData.sample("rome_v460/unix_referentiel_code_rome_v460_utf8.csv").toString());

        assertEquals(0, run.exit(), run.err());
        String line = run.out().lines().findFirst().orElse("");
        assertTrue(line.matches("ROME 4 – fiches métiers +unix_referentiel_code_rome_v460_utf8\\.csv +lues +46 +rejetées +0 "
                + "+enregistrées +46 +.*"), line);
    }

    @Test
    void statusJsonListsTheDatasetsWithTheirRowCounts() throws IOException {
        Path home = seededHome(work.resolve("home"));

        Run run = run("status", "--json", "--home", home.toString());

        assertEquals(0, run.exit(), run.err());
        JsonNode status = new ObjectMapper().readTree(run.out());
        JsonNode datasets = status.get("datasets");
        assertEquals(32, datasets.size());
        Map<String, Integer> stored = new HashMap<>();
        datasets.forEach(d -> stored.put(d.get("kind").asText() + "/" + d.get("scope").asText(), d.get("rowsStored").asInt()));
        assertEquals(46, stored.get("rome4.occupations/"));
        assertEquals(214, stored.get("rome4.appellations/"));
        assertEquals(164, stored.get("market.offers_commune/offres_par_commune_rome_hauts_de_france"));
        assertEquals(28, stored.get("market.bmo_difficulty/2020"));
    }

    @Test
    void statusJsonGivesTheProvenanceOfEachDataset() throws IOException {
        Path home = seededHome(work.resolve("home"));

        Run run = run("status", "--json", "--home", home.toString());

        JsonNode offers = null;
        for (JsonNode d : new ObjectMapper().readTree(run.out()).get("datasets")) {
            if (d.get("kind").asText().equals("market.offers_departement")) {
                offers = d;
            }
        }
        assertNotNull(offers, run.out());
        assertEquals("offres_par_departement_rome_20211221.csv", offers.get("source").asText());
        assertEquals("2021-12-21", offers.get("version").asText());
        assertEquals(ImportFixtures.NOW.toString(), offers.get("importedAt").asText());
        assertEquals(ImportFixtures.sha256(SharedData.sample("job_offers/offres_par_departement_rome_20211221.csv")),
                offers.get("sha256").asText());
    }

    @Test
    void jobsJsonFindsTheHostessOfCheckoutFirstDespiteTheTypo() throws IOException {
        Path home = seededHome(work.resolve("home"));

        Run run = run("jobs", "hotesse", "de", "caise", "--json", "--home", home.toString());

        assertEquals(0, run.exit(), run.err());
        JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
        assertEquals("D1505", results.get(0).get("rome").asText(), run.out());
    }

    @Test
    void jobsOnAnEmptyHomeSeedsItWithTheSamples() {
        Path home = work.resolve("home");

        Run run = run("jobs", "caissier", "--home", home.toString());

        assertEquals(0, run.exit(), run.err());
        try (ReferenceCache cache = ReferenceCache.open(new Home(home).cacheFolder())) {
            assertEquals(32, new DatasetStore(cache.database()).all().size());
        }
    }

    @Test
    void jobsRefusesALimitBelowOneWithExit2() {
        Run run = run("jobs", "caissier", "--limit", "0", "--home", seededHome(work.resolve("home")).toString());

        assertEquals(2, run.exit());
        assertEquals("passerelle: --limit doit être au moins 1", run.firstErrLine());
    }

    @Test
    void helpExitsWith0AndListsTheCommands() {
        Run run = run("--help");

        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Utilisation : passerelle"), run.out());
        assertTrue(run.out().contains("import") && run.out().contains("status") && run.out().contains("jobs"), run.out());
    }

    @Test
    void helpOfASubcommandExitsWith0() {
        Run run = run("import", "--help");

        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Utilisation : passerelle import"), run.out());
    }

    @Test
    void unknownOptionExitsWith2WithAOneLineReason() {
        Run run = run("status", "--bogus");

        assertEquals(2, run.exit());
        assertEquals("passerelle: Option inconnue « --bogus » (voir passerelle status --help).", run.firstErrLine());
    }

    @Test
    void noCommandOpensTheWindowOnTheGivenHome() {
        Path home = work.resolve("home");
        windowExpected = true;

        Run run = run("--home", home.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(new Home(home.toAbsolutePath())), windowsOpened);
    }

    @Test
    void statusOnAnEmptyHomeSaysTheCacheIsEmptyWithoutOpeningTheWindow() {
        Run run = run("status", "--home", work.resolve("home").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Le cache est vide"), run.out());
        assertFalse(windowsOpened.stream().findAny().isPresent());
    }

    private static String digest(Path home) {
        try (ReferenceCache cache = ReferenceCache.open(new Home(home).cacheFolder())) {
            return CacheDigest.of(cache);
        }
    }
}
