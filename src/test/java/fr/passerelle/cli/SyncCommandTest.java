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
    void aBadAddressIsRefusedWithExit2() {
        Run bad = run("sync", "--home", work.resolve("home").toString(), "--from", "pas une adresse");
        assertEquals(2, bad.exit());
        assertEquals("passerelle: --from : adresse invalide « pas une adresse » (attendu http://hôte:port/ ou …/manifest.json)\n",
                bad.err());
    }
}
