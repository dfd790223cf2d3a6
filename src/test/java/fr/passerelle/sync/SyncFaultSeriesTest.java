package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A randomised series of faults (cuts at random bytes, corrupted bytes, 503s, 429s, a broken manifest, in random
 * mixes; fixed seed): after each faulty run the cache is exactly the old one or exactly the new one, never a third
 * state, and a clean run then completes with the new one. 100 faults in the suite; a longer series with
 * {@code -Dpasserelle.sync.faults=1000} (sync.md).
 */
class SyncFaultSeriesTest {
    @TempDir
    Path work;

    @Test
    void everyFaultLeavesTheOldOrTheNewCacheAndTheNextRunCompletes() throws Exception {
        int faults = Integer.getInteger("passerelle.sync.faults", 100);
        long seed = Long.getLong("passerelle.sync.seed", 20261201L);
        Path template = SyncFixtures.imported(work.resolve("template"), SyncFixtures.versionA(work.resolve("a")));
        String oldDigest = SyncFixtures.digest(template);
        Path dataB = SyncFixtures.versionB(work.resolve("b"));
        String newDigest = SyncFixtures.digest(SyncFixtures.imported(work.resolve("direct"), dataB));
        Random random = new Random(seed);
        Map<SyncReport.Outcome, Integer> outcomes = new EnumMap<>(SyncReport.Outcome.class);
        try (CentralServer server = CentralServer.start(dataB, work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                SyncFixtures.CLOCK)) {
            for (int i = 0; i < faults; i++) {
                Path home = work.resolve("home" + i);
                copy(template, home);
                FaultPlan plan = new FaultPlan(0, 1 + random.nextInt(900), random.nextInt(8), random.nextInt(4),
                        0, random.nextInt(5), random.nextInt(3), random.nextInt(3), 1499, 0, new FaultPlan.Counters());
                String description = "fault " + i + " (seed " + seed + "): " + plan;
                try (Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
                    server.faults(plan);
                    SyncReport faulty = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
                    outcomes.merge(faulty.outcome(), 1, Integer::sum);
                    assertEquals(faulty.outcome() == SyncReport.Outcome.UPDATED ? newDigest : oldDigest,
                            CacheDigest.of(w.referenceDatabase()), description + " " + faulty.lines());
                    server.faults(FaultPlan.none());
                    SyncReport next = SyncFixtures.run(server.baseUrl(), w).run(server.baseUrl(), ProgressListener.NONE);
                    assertTrue(next.outcome() == SyncReport.Outcome.UPDATED || next.outcome() == SyncReport.Outcome.UP_TO_DATE,
                            description + " " + next.lines());
                    assertEquals(newDigest, CacheDigest.of(w.referenceDatabase()), description);
                }
                DurableFiles.deleteTree(home);
            }
        }
        System.out.println("[sync fault series] " + faults + " faults, outcomes of the faulty runs: " + outcomes);
        assertTrue(outcomes.size() >= 2, "the series must reach more than one outcome: " + outcomes);
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
