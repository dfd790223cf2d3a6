package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync refuses a dataset whose key figures jump against the cached version's, on the real ROME referential: a new
 * version missing a tenth of its codes passes the line-count check (×0,90) but not the codes-removed one.
 */
class SyncKeyFiguresTest {
    private static final String ROME = "unix_referentiel_code_rome_v460_utf8.csv";

    @TempDir
    Path work;

    private Path versionA;
    private Path versionB;

    @BeforeEach
    void bundles() throws Exception {
        Path real = SharedData.assumeRealData().resolve("rome_v460").resolve(ROME);
        versionA = SyncFixtures.versionA(work.resolve("a"));
        Files.copy(real, versionA.resolve(ROME));
        versionB = SyncFixtures.versionB(work.resolve("b"));
        List<String> lines = Files.readAllLines(real);
        List<String> truncated = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || i % 10 != 0) {
                truncated.add(lines.get(i));
            }
        }
        Files.write(versionB.resolve(ROME), truncated);
    }

    private SyncReport sync(Path data, String server, Path home, SanityRules rules) throws Exception {
        try (CentralServer s = CentralServer.start(data, work.resolve(server), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            return new SyncRun(new BundleClient(SyncClients.http(), BundleClient.manifestUrl(s.baseUrl()), SyncFixtures.fastRetry()),
                    SyncFixtures.cacheOf(w), new SyncFolder(home.resolve("sync")), rules, SyncFixtures.CLOCK)
                    .run(s.baseUrl(), ProgressListener.NONE);
        }
    }

    private static String romeSha(Path home) {
        try (Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            return w.datasets().all().stream().filter(d -> d.kind().equals("rome4.occupations")).map(DatasetInfo::sha256)
                    .findFirst().orElseThrow();
        }
    }

    private static void assertRomeRefused(SyncReport report) {
        assertEquals(SyncReport.Outcome.UPDATED, report.outcome(), report.lines().toString());
        assertEquals(List.of(ROME + " (ROME 4 – fiches métiers) : écart invraisemblable : codes ROME retirés : 158 sur 1 584"
                + " (10,0 % ; au plus 5 %)"), report.refused());
        assertTrue(report.changed().get(0).startsWith("Régions"), "the rest of the bundle still comes: " + report.changed());
    }

    @Test
    void aReferentialMissingATenthOfItsCodesIsRefusedAgainstTheLastSyncedOne() throws Exception {
        Path home = work.resolve("home");
        assertEquals(SyncReport.Outcome.UPDATED, sync(versionA, "srvA", home, SanityRules.standard()).outcome());
        String before = romeSha(home);
        assertTrue(new SyncFolder(home.resolve("sync")).state().load().files().get("rome4.occupations/").figures().codes()
                .contains("A1101"), "the synced version's codes are kept to compare the next one with");

        assertRomeRefused(sync(versionB, "srvB", home, SanityRules.standard()));

        assertEquals(before, romeSha(home), "the cache keeps the ROME it had");
    }

    @Test
    void accepterEcartsLetsTheCheckedVersionIn() throws Exception {
        Path home = work.resolve("home");
        sync(versionA, "srvA", home, SanityRules.standard());
        String before = romeSha(home);

        SyncReport report = sync(versionB, "srvB", home, SanityRules.acceptJumps());

        assertEquals(List.of(), report.refused());
        assertNotEquals(before, romeSha(home));
    }
}
