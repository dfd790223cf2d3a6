package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.io.BufferedWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk during a sync, simulated as the import's own test does with a file-size limit on the syncing child JVM
 * ({@code ulimit -f}: a write past it fails as on a full disk). The bundle carries a NAF label file of 150 000 rows
 * (2,8 MB, 1,6 MB gzipped, 4,9 MB once in the cache): a limit under the gzip size fills the disk during the download,
 * a limit between the unpacked file and the new cache fills it during the import. Either way the run ends, the cache
 * is the old one, and the next run (with room) completes without fetching again what had arrived.
 */
class SyncDiskFullTest {
    @TempDir
    static Path work;
    private static CentralServer server;
    private static Path template;
    private static String oldDigest;
    private static String newDigest;
    private static long gzipKb;
    private static long unpackedKb;
    private static long newCacheKb;
    private static long oldCacheKb;

    @BeforeAll
    static void serveABigVersion() throws Exception {
        template = SyncFixtures.imported(work.resolve("template"), SyncFixtures.versionA(work.resolve("a")));
        oldDigest = SyncFixtures.digest(template);
        oldCacheKb = Files.size(cacheFile(template)) / 1024;
        Path b = SyncFixtures.versionB(work.resolve("b"));
        Random random = new Random(20261201);
        try (BufferedWriter out = Files.newBufferedWriter(b.resolve("naf_labels.csv"), StandardCharsets.UTF_8)) {
            out.write("naf_id,naf_label\n");
            for (int i = 0; i < 150_000; i++) {
                StringBuilder label = new StringBuilder();
                for (int k = 0; k < 12; k++) {
                    label.append((char) ('a' + random.nextInt(26)));
                }
                out.write(String.format("%04d%c,%s%n", i % 10_000, (char) ('A' + i / 10_000), label));
            }
        }
        unpackedKb = Files.size(b.resolve("naf_labels.csv")) / 1024;
        Path direct = SyncFixtures.imported(work.resolve("direct"), b);
        newDigest = SyncFixtures.digest(direct);
        newCacheKb = Files.size(cacheFile(direct)) / 1024;
        server = CentralServer.start(b, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO, SyncFixtures.CLOCK);
        BundleManifest manifest = ManifestJson.read(URI.create(server.baseUrl() + "manifest.json").toURL().openStream().readAllBytes());
        gzipKb = manifest.files().stream().filter(f -> f.name().equals("naf_labels.csv")).findFirst().orElseThrow().gzipBytes() / 1024;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path cacheFile(Path home) throws java.io.IOException {
        String current = Files.readString(home.resolve("cache").resolve("CURRENT"), StandardCharsets.UTF_8).strip();
        return home.resolve("cache").resolve(current).resolve("reference.mv.db");
    }

    /** Runs the sync in a child JVM under the limit; its last line, once it ended. */
    private static String syncUnder(long limitKb, Path home) throws Exception {
        try (ChildJvm child = ChildJvm.startWithFileSizeLimit(limitKb, List.of(), Map.of(), SyncChildMain.class.getName(),
                home.toString(), server.baseUrl())) {
            assumeTrue(child != null, "no bash to set a file-size limit");
            int exit = child.waitFor(300);
            assertNotEquals(-1, exit, "the sync hung on a full disk: " + child.err());
            List<String> err = child.err();
            return String.join("\n", err);
        }
    }

    @Test
    void aDiskFullDuringTheDownloadEndsTheRunSaysSoAndTheNextRunResumes() throws Exception {
        long limitKb = gzipKb / 2;
        assumeTrue(limitKb > oldCacheKb + 256, "the limit must leave room for the cache as it is: " + oldCacheKb + " KB");
        Path home = work.resolve("home-download");
        SyncKillTestSupport.copy(template, home);

        String err = syncUnder(limitKb, home);

        assertTrue(err.contains("@@done REFUSED"), err);
        String report = String.join("\n", new SyncFolder(home.resolve("sync")).state().load().lastReport());
        assertTrue(report.contains("naf_labels.csv : écriture impossible dans ") && report.contains("(disque plein ?)"), report);
        assertEquals(oldDigest, SyncFixtures.digest(home));
        try (Stream<Path> parts = Files.list(home.resolve("sync/downloads"))) {
            assertTrue(parts.anyMatch(p -> p.toString().endsWith(".part")), "what arrived is kept for the next run");
        }
        try (Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport next = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UPDATED, next.outcome(), next.lines().toString());
            assertTrue(next.resumed() >= (limitKb - 64) * 1024, "resumed from the bytes that fitted: " + next.lines());
        }
        assertEquals(newDigest, SyncFixtures.digest(home));
    }

    @Test
    void aDiskFullDuringTheImportLeavesTheOldCacheAndTheNextRunImportsWithoutDownloading() throws Exception {
        long limitKb = (unpackedKb + newCacheKb) / 2;
        assumeTrue(newCacheKb - unpackedKb > 512 && limitKb > gzipKb + 64,
                "the new cache must be larger than the unpacked file: " + unpackedKb + " KB → " + newCacheKb + " KB");
        Path home = work.resolve("home-import");
        SyncKillTestSupport.copy(template, home);

        String err = syncUnder(limitKb, home);

        assertTrue(!err.contains("@@done UPDATED"), "the import cannot have completed: " + err);
        // The import's own French message (store.DiskErrors) reaches the caller: sync prints it and exits 1, the window
        // shows it in the panel.
        assertTrue(err.contains("plus de place pour écrire le cache dans ") && err.contains("le cache n'a pas changé"), err);
        assertEquals(oldDigest, SyncFixtures.digest(home));
        try (Stream<Path> entries = Files.list(home.resolve("cache"))) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith("staging-")), "the staging state was left");
        }
        try (Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport next = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertEquals(SyncReport.Outcome.UPDATED, next.outcome(), next.lines().toString());
            assertEquals(0, next.downloaded(), "every file had arrived before the disk filled: " + next.lines());
        }
        assertEquals(newDigest, SyncFixtures.digest(home));
    }
}
