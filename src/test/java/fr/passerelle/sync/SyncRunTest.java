package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync run end to end against the local central server: what changes, what is fetched, what is refused. */
class SyncRunTest {
    @TempDir
    Path work;

    private static FaultPlan faults(long cutAfter, int cuts, int garble) {
        return new FaultPlan(0, cutAfter, cuts, 0, 1, 0, garble, 0, 1499, 0, new FaultPlan.Counters());
    }

    @Test
    void aSyncIntoAnEmptyHomeEndsIdenticalToADirectImportOfTheSameFiles() throws Exception {
        Path data = SyncFixtures.versionA(work.resolve("a"));
        Path direct = SyncFixtures.imported(work.resolve("direct"), data);
        Path home = work.resolve("home");
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport report = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UPDATED, report.outcome(), report.lines().toString());
            assertEquals(2, report.changed().size());
        }
        assertEquals(SyncFixtures.digest(direct), SyncFixtures.digest(home));
        assertFalse(Files.exists(home.resolve("sync/downloads")), "downloads are removed once the cache holds them");
    }

    @Test
    void aSecondRunAsksWithTheEtagAndChangesNothing() throws Exception {
        Path data = SyncFixtures.versionA(work.resolve("a"));
        Path home = work.resolve("home");
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            String before = SyncFixtures.digest(home);
            SyncReport second = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UP_TO_DATE, second.outcome());
            assertEquals(0, second.downloaded());
            assertEquals(before, SyncFixtures.digest(home));
        }
    }

    @Test
    void aNewVersionFetchesAndImportsOnlyTheFileThatChanged() throws Exception {
        Path home = SyncFixtures.imported(work.resolve("home"), SyncFixtures.versionA(work.resolve("a")));
        Path dataB = SyncFixtures.versionB(work.resolve("b"));
        try (CentralServer server = CentralServer.start(dataB, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport report = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UPDATED, report.outcome());
            assertEquals(1, report.changed().size(), report.changed().toString());
            assertTrue(report.changed().get(0).startsWith("Régions"), report.changed().toString());
            long regionsGzip = server.bundle().manifest().files().stream().filter(f -> f.name().equals("regions.csv"))
                    .findFirst().orElseThrow().gzipBytes();
            assertEquals(regionsGzip, report.downloaded());
        }
        assertEquals(SyncFixtures.digest(SyncFixtures.imported(work.resolve("direct"), dataB)), SyncFixtures.digest(home));
    }

    @Test
    void aDownloadCutMidwayIsResumedFromTheByteItStoppedAt() throws Exception {
        Path data = SyncFixtures.versionA(work.resolve("a"));
        Path home = work.resolve("home");
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, faults(100, 1, 0),
                CentralServer.Client.DEMO, SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport report = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UPDATED, report.outcome(), report.lines().toString());
            long total = server.bundle().manifest().files().stream().mapToLong(BundleManifest.BundleFile::gzipBytes).sum();
            assertEquals(total, report.downloaded(), "the cut file is not fetched twice: only its missing bytes");
            assertEquals(1, server.faults().counters().cutDownloads());
            assertEquals(1, server.faults().counters().resumedDownloads(), "the second request asks from byte 100");
        }
    }

    @Test
    void aCorruptedDownloadIsRefusedByItsHashAndFetchedAgain() throws Exception {
        Path data = SyncFixtures.versionA(work.resolve("a"));
        Path home = work.resolve("home");
        try (CentralServer server = CentralServer.start(data, work.resolve("srv"), 0, faults(0, 0, 1),
                CentralServer.Client.DEMO, SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport report = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UPDATED, report.outcome(), report.lines().toString());
        }
        assertEquals(SyncFixtures.digest(SyncFixtures.imported(work.resolve("direct"), data)), SyncFixtures.digest(home));
    }

    @Test
    void aServerThatKeepsSendingGarbageLeavesTheCacheAsItWasAndSaysWhy() throws Exception {
        Path home = SyncFixtures.imported(work.resolve("home"), SyncFixtures.versionA(work.resolve("a")));
        String before = SyncFixtures.digest(home);
        try (CentralServer server = CentralServer.start(SyncFixtures.versionB(work.resolve("b")), work.resolve("srv"), 0,
                faults(0, 0, 100), CentralServer.Client.DEMO, SyncFixtures.CLOCK);
             Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport report = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.REFUSED, report.outcome());
            assertTrue(report.message().contains("regions.csv : le fichier reçu n'a pas l'empreinte annoncée"), report.message());
        }
        assertEquals(before, SyncFixtures.digest(home));
    }

    @Test
    void noServerIsOfflineNotAnErrorAndOfflineSinceIsKeptAcrossRuns() throws Exception {
        Path home = work.resolve("home");
        try (Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            String url = "http://127.0.0.1:9/";
            SyncReport first = SyncFixtures.run(url, w).run(url, ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.OFFLINE, first.outcome());
            SyncState state = new SyncFolder(home.resolve("sync")).state().load();
            assertEquals(SyncFixtures.CLOCK.instant(), state.offlineSince());
            assertTrue(state.lastReport().get(0).startsWith("Hors ligne : serveur injoignable (127.0.0.1:9) : connexion refusée (serveur arrêté ?)"), state.lastReport().toString());
        }
    }

    @Test
    void aDatasetWhoseLineCountJumpsIsRefusedAndTheOthersStillCome() throws Exception {
        Path a = work.resolve("a");
        Files.createDirectories(a);
        StringBuilder many = new StringBuilder("naf_id,naf_label\n");
        for (int i = 0; i < 100; i++) {
            many.append(String.format("%04dZ,Activité %d%n", 1000 + i, i));
        }
        Files.writeString(a.resolve("naf_labels.csv"), many);
        Files.copy(fr.passerelle.SharedData.sample("geo/regions.csv"), a.resolve("regions.csv"));
        Path home = work.resolve("home");
        try (CentralServer server = CentralServer.start(a, work.resolve("srvA"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
        }
        Path b = SyncFixtures.versionB(work.resolve("b")); // 47 NAF labels instead of 100, one more region
        try (CentralServer server = CentralServer.start(b, work.resolve("srvB"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK); Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport report = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UPDATED, report.outcome());
            assertEquals(1, report.refused().size());
            assertTrue(report.refused().get(0).startsWith("naf_labels.csv : saut invraisemblable : 48 lignes au lieu de 101"),
                    report.refused().get(0));
            assertTrue(report.changed().get(0).startsWith("Régions"));
            assertNotEquals(null, w.datasets().all().stream().filter(d -> d.kind().startsWith("lbb")).findFirst().orElse(null));
            SyncState state = new SyncFolder(home.resolve("sync")).state().load();
            assertEquals(null, state.etag(), "a bundle with a refused dataset is looked at again next time");
        }
    }
}
