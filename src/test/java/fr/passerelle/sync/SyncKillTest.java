package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a syncing process (a child JVM) paused at each step of the run: the cache is the old one before the import
 * published, the new one after, never anything else, and the next run completes without fetching again what was
 * complete.
 */
class SyncKillTest {
    @TempDir
    static Path work;
    private static CentralServer server;
    private static Path template;
    private static String oldDigest;
    private static String newDigest;

    @BeforeAll
    static void serveVersionB() throws Exception {
        template = SyncFixtures.imported(work.resolve("template"), SyncFixtures.versionA(work.resolve("a")));
        oldDigest = SyncFixtures.digest(template);
        Path b = SyncFixtures.versionB(work.resolve("b"));
        // Both files change, so that a kill between the two downloads leaves one complete and one to fetch.
        Files.writeString(b.resolve("naf_labels.csv"), "0000Z,Activité de test\n", java.nio.file.StandardOpenOption.APPEND);
        newDigest = SyncFixtures.digest(SyncFixtures.imported(work.resolve("direct"), b));
        server = CentralServer.start(b, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO, SyncFixtures.CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync.manifest", "sync.file-downloaded", "sync.all-downloaded", "sync.unpacked", "sync.imported",
        "sync.recorded"})
    void aKillAtEachStepLeavesTheOldOrTheNewCacheAndTheNextRunCompletes(String phase) throws Exception {
        Path home = work.resolve("home-" + phase);
        copy(template, home);
        try (ChildJvm child = ChildJvm.start(List.of("-Dpasserelle.test.pauseAt=" + phase), Map.of(),
                SyncChildMain.class.getName(), home.toString(), server.baseUrl())) {
            assertNotNull(child.awaitErrLine("@@phase " + phase, 120), child.err().toString());
            child.kill();
        }
        boolean published = phase.equals("sync.imported") || phase.equals("sync.recorded");
        assertEquals(published ? newDigest : oldDigest, SyncFixtures.digest(home), "after a kill at " + phase);
        try (Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncReport next = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
            assertTrue(next.outcome() == SyncReport.Outcome.UPDATED || next.outcome() == SyncReport.Outcome.UP_TO_DATE,
                    next.lines().toString());
            if (phase.equals("sync.file-downloaded")) {
                assertTrue(next.resumed() > 0, "the file complete before the kill is not fetched again: " + next.lines());
            }
            if (phase.equals("sync.all-downloaded") || phase.equals("sync.unpacked")) {
                assertEquals(0, next.downloaded(), "every file was complete before the kill: " + next.lines());
            }
        }
        assertEquals(newDigest, SyncFixtures.digest(home));
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
