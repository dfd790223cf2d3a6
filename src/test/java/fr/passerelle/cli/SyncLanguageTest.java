package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.sync.SyncFixtures;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} and {@code serve-central} under {@code --lang en}: the report, the refusals of a sanity rule, the
 * offline state and the command's own errors in English, on real runs against a local central server; the same runs
 * without {@code --lang} (or with {@code --lang fr}) print the French as before, word for word.
 */
class SyncLanguageTest {
    @TempDir
    Path work;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(home -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    @Test
    void anUpdateIsReportedInEnglishWithTheCachesDatasets() throws Exception {
        Path data = SyncFixtures.versionB(work.resolve("b"));
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                Clock.systemUTC())) {
            String version = server.bundle().manifest().version();
            Run en = run("sync", "--lang", "en", "--no-index", "--home", work.resolve("en").toString(), "--from", server.baseUrl());
            assertEquals(0, en.exit(), en.err());
            List<String> out = lines(en.out());
            assertEquals("Version " + version + " installed: 2 datasets updated.", out.get(0), en.out());
            assertEquals("  updated: Régions: new, 5 lines", out.get(1), en.out());
            assertTrue(out.get(2).startsWith("  updated: ") && out.get(2).endsWith(" lines"), en.out());
            assertTrue(out.get(3).matches("  downloaded: [0-9,]+ bytes"), en.out());
            assertEquals("Data in the cache:", out.get(4), en.out());
            assertTrue(out.get(5).matches("  .+: (version .+, )?imported on \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}"), en.out());
            assertFalse(en.out().contains("mis à jour") || en.out().contains("importé le"), en.out());

            Run again = run("sync", "--lang", "en", "--no-index", "--home", work.resolve("en").toString(), "--from", server.baseUrl());
            assertEquals(0, again.exit(), again.err());
            assertEquals("The data is up to date (version " + version + ").", lines(again.out()).get(0));

            Run fr = run("sync", "--lang", "fr", "--no-index", "--home", work.resolve("fr").toString(), "--from", server.baseUrl());
            assertEquals(0, fr.exit(), fr.err());
            List<String> french = lines(fr.out());
            assertEquals("Version " + version + " installée : 2 jeu(x) de données mis à jour.", french.get(0));
            assertEquals("  mis à jour : Régions : nouveau, 5 lignes", french.get(1));
            assertTrue(french.get(3).matches("  téléchargé : [0-9 ]+ octets"), fr.out());
            assertEquals("Données du cache :", french.get(4));
            assertTrue(french.get(5).matches("  .+ : (version .+, )?importé le (1er|\\d{1,2}) [a-zéû]+ \\d{4} à \\d{1,2} h \\d{2}"), fr.out());
        }
    }

    @Test
    void aLineCountJumpIsRefusedInEnglishAndInTheSameFrenchAsBefore() throws Exception {
        Path a = Files.createDirectories(work.resolve("a"));
        StringBuilder many = new StringBuilder("naf_id,naf_label\n");
        for (int i = 0; i < 100; i++) {
            many.append(String.format("%04dZ,Activité %d%n", 1000 + i, i));
        }
        Files.writeString(a.resolve("naf_labels.csv"), many);
        Files.copy(fr.passerelle.SharedData.sample("geo/regions.csv"), a.resolve("regions.csv"));
        String en = work.resolve("en").toString();
        String fr = work.resolve("fr").toString();
        try (CentralServer server = CentralServer.start(a, work.resolve("srvA"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                Clock.systemUTC())) {
            assertEquals(0, run("sync", "--no-index", "--home", en, "--from", server.baseUrl()).exit());
            assertEquals(0, run("sync", "--no-index", "--home", fr, "--from", server.baseUrl()).exit());
        }
        Path b = SyncFixtures.versionB(work.resolve("b")); // 47 NAF labels instead of 100, one more region
        try (CentralServer server = CentralServer.start(b, work.resolve("srvB"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                Clock.systemUTC())) {
            Run english = run("sync", "--lang", "en", "--no-index", "--home", en, "--from", server.baseUrl());
            assertEquals(4, english.exit(), english.err());
            assertTrue(english.out().contains("\n  refused: naf_labels.csv: implausible jump: 48 lines instead of 101"
                    + " (×0.48; accepted between ×0.50 and ×2.00)\n"), english.out());
            Run french = run("sync", "--no-index", "--home", fr, "--from", server.baseUrl());
            assertEquals(4, french.exit(), french.err());
            assertTrue(french.out().contains("\n  refusé : naf_labels.csv : saut invraisemblable : 48 lignes au lieu de 101"
                    + " (×0,48 ; accepté entre ×0,50 et ×2,00)\n"), french.out());
        }
    }

    @Test
    void anUnreachableServerIsOfflineInEnglishWithTheTechnicalCauseKept() throws Exception {
        String from = "http://127.0.0.1:9/";
        Run en = run("sync", "--lang", "en", "--no-index", "--home", work.resolve("en").toString(), "--from", from);
        assertEquals(3, en.exit(), en.err());
        assertTrue(en.out().startsWith("Offline: server unreachable (127.0.0.1:9): connection refused (is the server stopped?)"
                + " [ConnectException"), en.out());
        assertTrue(en.out().endsWith("]. The current data stays in use; we will try again later.\n"), en.out());
        Run fr = run("sync", "--no-index", "--home", work.resolve("fr").toString(), "--from", from);
        assertEquals(3, fr.exit(), fr.err());
        assertTrue(fr.out().startsWith("Hors ligne : serveur injoignable (127.0.0.1:9) : connexion refusée (serveur arrêté ?)"
                + " [ConnectException"), fr.out());
        assertTrue(fr.out().endsWith("]. Les données actuelles restent utilisées ; nouvel essai plus tard.\n"), fr.out());
    }

    @Test
    void aManifestThatIsNotJsonIsRefusedInEnglishAndTheCacheIsUnchanged() throws Exception {
        try (var server = new mockwebserver3.MockWebServer()) {
            for (int i = 0; i < 2; i++) {
                server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("<html>not a manifest</html>").build());
            }
            server.start();
            String from = server.url("/").toString();
            Run en = run("sync", "--lang", "en", "--no-index", "--home", work.resolve("en").toString(), "--from", from);
            assertEquals(1, en.exit(), en.err());
            assertTrue(en.out().startsWith("Synchronisation refused: unreadable manifest (invalid JSON): "), en.out());
            assertTrue(en.out().endsWith(". The cache has not changed.\n"), en.out());
            Run fr = run("sync", "--no-index", "--home", work.resolve("fr").toString(), "--from", from);
            assertTrue(fr.out().startsWith("Synchronisation refusée : manifeste illisible (JSON invalide) : "), fr.out());
            assertTrue(fr.out().endsWith(". Le cache n'a pas changé.\n"), fr.out());
        }
    }

    @Test
    void theCommandsOwnErrorsAreInEnglish() throws Exception {
        Run badFrom = run("sync", "--lang", "en", "--home", work.resolve("h").toString(), "--from", "not an address");
        assertEquals(2, badFrom.exit());
        assertEquals("passerelle: --from: invalid address \"not an address\" (expected http://host:port/ or …/manifest.json)\n",
                badFrom.err());
        Run frenchFrom = run("sync", "--home", work.resolve("h").toString(), "--from", "not an address");
        assertEquals("passerelle: --from : adresse invalide « not an address » (attendu http://hôte:port/ ou …/manifest.json)\n",
                frenchFrom.err());

        Path missing = work.resolve("missing");
        Run central = run("serve-central", "--lang", "en", "--data", missing.toString(), "--port", "0");
        assertEquals(2, central.exit());
        assertEquals("passerelle: --data: folder not found: " + missing + "\n", central.err());
        assertEquals("passerelle: --data : dossier introuvable : " + missing + "\n",
                run("serve-central", "--data", missing.toString(), "--port", "0").err());
    }

    @Test
    void liveOffersNotConfiguredSaySoInEnglish() throws Exception {
        Path data = SyncFixtures.versionA(work.resolve("a"));
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                Clock.systemUTC())) {
            Run en = run("sync", "--lang", "en", "--no-index", "--home", work.resolve("en").toString(), "--from", server.baseUrl(),
                    "--offres");
            assertEquals(2, en.exit(), en.err());
            assertEquals("passerelle: live offers not fetched: offers.regions and the France Travail credentials"
                    + " (francetravail.clientId / clientSecret) are needed in sync.properties\n", en.err());
        }
    }

    @Test
    void aRegionThatIsNotACodeIsRefusedInEnglishWithTheFileAndTheValue() throws Exception {
        Path data = SyncFixtures.versionA(work.resolve("a"));
        Path en = Files.createDirectories(work.resolve("en"));
        Path fr = Files.createDirectories(work.resolve("fr"));
        for (Path home : List.of(en, fr)) {
            Files.writeString(home.resolve("sync.properties"), "offers.regions=Nord\n");
        }
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                Clock.systemUTC())) {
            Run english = run("sync", "--lang", "en", "--no-index", "--home", en.toString(), "--from", server.baseUrl(), "--offres");
            assertEquals(1, english.exit(), english.err());
            assertEquals("passerelle: " + en.resolve("sync.properties") + ": offers.regions: \"Nord\" is not an INSEE region code"
                    + " (such as 32)\n", english.err());
            Run french = run("sync", "--no-index", "--home", fr.toString(), "--from", server.baseUrl(), "--offres");
            assertEquals(1, french.exit(), french.err());
            assertEquals("passerelle: " + fr.resolve("sync.properties") + " : offers.regions : « Nord » n'est pas un code de région"
                    + " INSEE (ex. 32)\n", french.err());
        }
    }

    @Test
    void theLiveOffersOfTheConfiguredRegionAreReportedInEnglish() throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        try (CentralServer server = CentralServer.start(fr.passerelle.SharedData.samples(), work.resolve("srv"), 0, FaultPlan.none(),
                CentralServer.Client.DEMO, Clock.systemUTC())) {
            String base = server.baseUrl().replaceAll("/$", "");
            Files.writeString(home.resolve("sync.properties"), "francetravail.api=" + base + "/partenaire\n"
                    + "francetravail.token=" + base + "/connexion/oauth2/access_token\n"
                    + "francetravail.clientId=PAR_passerelle_demo\nfrancetravail.clientSecret=demo-secret\noffers.regions=32\n");
            Run sync = run("sync", "--lang", "en", "--no-index", "--home", home.toString(), "--from", server.baseUrl(), "--offres");
            assertEquals(0, sync.exit(), sync.err());
            // Fetched today (the machine's day), said as English writes a day.
            String today = fr.passerelle.engine.words.MessageRenderer.english()
                    .format(fr.passerelle.engine.words.Param.date(java.time.LocalDate.now()));
            assertTrue(sync.out().contains("\nJob offers Hauts-de-France: 13 offers fetched on " + today + ", imported\n"), sync.out());
        }
    }
}
