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
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a syncing child JVM at random instants of the sync itself (not only at the named steps of
 * {@link SyncKillTest}): the instant is drawn uniformly between the moment the workstation is open and the end of a
 * calibrated uninterrupted run (a window narrowed by a quarter each time a kill comes after the end, as the machine's
 * load changes). After each kill the cache digest is exactly the old or the new one, and a next run
 * completes with the new one. The suite runs {@code passerelle.sync.kills} kills (default 10, seed
 * {@code passerelle.sync.seed}, default 20261201); sync.md gives the command for a longer series.
 */
class SyncRandomKillTest {
    private static final int KILLS = Integer.getInteger("passerelle.sync.kills", 10);
    private static final long SEED = Long.getLong("passerelle.sync.seed", 20261201L);

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
        Files.writeString(b.resolve("naf_labels.csv"), "0000Z,Activité de test\n", java.nio.file.StandardOpenOption.APPEND);
        newDigest = SyncFixtures.digest(SyncFixtures.imported(work.resolve("direct"), b));
        // A little latency per request widens the download window, so that kills land in every part of the run.
        server = CentralServer.start(b, work.resolve("srv"), 0,
                new FaultPlan(150, 0, 0, 0, 1, 0, 0, 0, 1499, 0, new FaultPlan.Counters()), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ChildJvm child(Path home) throws Exception {
        return ChildJvm.start(List.of("-Dpasserelle.test.phases=print"), Map.of(), SyncChildMain.class.getName(),
                home.toString(), server.baseUrl());
    }

    @Test
    void killsAtRandomInstantsOfASyncLeaveTheOldOrTheNewCacheAndTheNextRunCompletes() throws Exception {
        // Calibration: how long the sync itself lasts on this machine, now (it is loaded by other builds).
        Path calibration = work.resolve("calibration");
        SyncKillTestSupport.copy(template, calibration);
        long syncNanos;
        try (ChildJvm c = child(calibration)) {
            assertNotNull(c.awaitErrLine("@@opened", 120), c.err().toString());
            long start = System.nanoTime();
            assertNotNull(c.awaitErrLine("@@done", 120), c.err().toString());
            syncNanos = System.nanoTime() - start;
        }
        assertEquals(newDigest, SyncFixtures.digest(calibration));

        Random random = new Random(SEED);
        // The load changes while the series runs: a kill that comes after the end narrows the window for the next ones.
        long window = syncNanos;
        Map<String, Integer> lastStep = new TreeMap<>();
        for (int i = 0; i < KILLS; i++) {
            Path home = work.resolve("home-" + i);
            SyncKillTestSupport.copy(template, home);
            long delay = (long) (random.nextDouble() * window);
            String reached;
            try (ChildJvm c = child(home)) {
                assertNotNull(c.awaitErrLine("@@opened", 120), c.err().toString());
                Thread.sleep(delay / 1_000_000, (int) (delay % 1_000_000));
                c.kill();
                List<String> phases = c.err().stream().filter(l -> l.startsWith("@@phase ") || l.startsWith("@@done")).toList();
                // the step name only: the store's own crash points add a byte count after it
                reached = phases.isEmpty() ? "before the manifest" : phases.get(phases.size() - 1).replace("@@phase ", "")
                        .split(" ")[0];
            }
            lastStep.merge(reached, 1, Integer::sum);
            if (reached.startsWith("@@done")) {
                window = window * 3 / 4;
            }
            String after = SyncFixtures.digest(home);
            assertTrue(after.equals(oldDigest) || after.equals(newDigest),
                    "kill " + i + " after " + delay / 1_000_000 + " ms (" + reached + "): neither the old nor the new cache");
            try (Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
                SyncReport next = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
                assertTrue(next.outcome() == SyncReport.Outcome.UPDATED || next.outcome() == SyncReport.Outcome.UP_TO_DATE,
                        "kill " + i + ": " + next.lines());
            }
            assertEquals(newDigest, SyncFixtures.digest(home), "kill " + i + ": the next run completes");
        }
        System.out.printf("SyncRandomKillTest: %d kills (seed %d, calibrated sync %d ms, final window %d ms), last step"
                + " reached: %s%n", KILLS, SEED, syncNanos / 1_000_000, window / 1_000_000, lastStep);
    }
}
