package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.sync.SyncFixtures;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync --from URL} from the command line: what it prints, its exit codes, and a digest equal to a direct import. */
class SyncCommandTest {
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

    @Test
    void aSyncPrintsWhatChangedThenIsUpToDateAndItsCacheEqualsADirectImport() throws Exception {
        Path data = SyncFixtures.versionB(work.resolve("b"));
        String home = work.resolve("home").toString();
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                java.time.Clock.systemUTC())) {
            Run first = run("sync", "--home", home, "--from", server.baseUrl());
            assertEquals(0, first.exit(), first.err());
            assertTrue(first.out().startsWith("Version " + server.bundle().manifest().version() + " installée : 2 jeu(x) de données"
                    + " mis à jour.\n  mis à jour : Régions : nouveau, 5 lignes\n"), first.out());
            assertTrue(first.out().contains("Données du cache :\n"), first.out());
            Run second = run("sync", "--home", home, "--from", server.baseUrl());
            assertEquals(0, second.exit(), second.err());
            assertTrue(second.out().startsWith("Données à jour (version "), second.out());
        }
        assertEquals(0, run("import", "--home", work.resolve("direct").toString(), data.toString()).exit());
        Run synced = run("status", "--digest", "--home", home);
        Run direct = run("status", "--digest", "--home", work.resolve("direct").toString());
        assertEquals(64 + 1, synced.out().length(), synced.out());
        assertEquals(direct.out(), synced.out(), "imported at different instants, same content");
    }

    @Test
    void withOffersTheConfiguredRegionsOffersComeFromThePartnerApiIntoThePath() throws Exception {
        Path home = java.nio.file.Files.createDirectories(work.resolve("home"));
        try (CentralServer server = CentralServer.start(fr.passerelle.SharedData.samples(), work.resolve("srv"), 0, FaultPlan.none(),
                CentralServer.Client.DEMO, java.time.Clock.systemUTC())) {
            String base = server.baseUrl().replaceAll("/$", "");
            java.nio.file.Files.writeString(home.resolve("sync.properties"), "francetravail.api=" + base + "/partenaire\n"
                    + "francetravail.token=" + base + "/connexion/oauth2/access_token\n"
                    + "francetravail.clientId=PAR_passerelle_demo\nfrancetravail.clientSecret=demo-secret\noffers.regions=32\n");
            Run sync = run("sync", "--home", home.toString(), "--from", server.baseUrl(), "--offres");
            assertEquals(0, sync.exit(), sync.err());
            // The local server answers the offers search from the sample answer: the 13 offers of Hauts-de-France.
            assertTrue(sync.out().contains("Offres d'emploi Hauts-de-France : 13 offres relevées le "), sync.out());
        }
        Run path = run("path", "--home", home.toString(), "--profile", "data-samples/personas/juliette.json");
        assertEquals(0, path.exit(), path.err());
        // Fetched today (the machine's day): which sample offers are still live depends on it, as it would for real.
        java.time.LocalDate today = java.time.LocalDate.now();
        java.time.LocalDate oldest = today.minusDays(fr.passerelle.engine.LiveOfferIndex.LIVE_DAYS);
        int within = (int) java.util.stream.Stream.of("2026-11-28", "2026-11-25", "2026-11-20").map(java.time.LocalDate::parse)
                .filter(d -> !d.isBefore(oldest)).count();
        int unplaced = java.time.LocalDate.parse("2026-11-18").isBefore(oldest) ? 0 : 1;
        String expected = fr.passerelle.engine.LiveOfferWords.summary(
                new fr.passerelle.engine.result.LiveOffers(within, unplaced, today, java.util.List.of()), 30);
        assertTrue(path.out().contains("   " + expected), expected + "\n" + path.out());
    }

    @Test
    void offersWithoutRegionsOrCredentialsAreNotFetchedAndSaySo() throws Exception {
        Path home = java.nio.file.Files.createDirectories(work.resolve("home"));
        try (CentralServer server = CentralServer.start(SyncFixtures.versionB(work.resolve("b")), work.resolve("srv"), 0,
                FaultPlan.none(), CentralServer.Client.DEMO, java.time.Clock.systemUTC())) {
            Run sync = run("sync", "--home", home.toString(), "--from", server.baseUrl(), "--offres");
            assertEquals(2, sync.exit(), sync.err());
            assertTrue(sync.err().contains("offres non relevées : il faut offers.regions et les identifiants France Travail"), sync.err());
        }
    }

    @Test
    void aBadAddressIsRefusedWithExit2() {
        Run bad = run("sync", "--home", work.resolve("home").toString(), "--from", "pas une adresse");
        assertEquals(2, bad.exit());
        assertEquals("passerelle: --from : adresse invalide « pas une adresse » (attendu http://hôte:port/ ou …/manifest.json)\n",
                bad.err());
    }
}
