package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.ImportFixtures;
import fr.passerelle.SharedData;
import fr.passerelle.cli.PasserelleCommand;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.store.CacheDigest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 at any instant of an import leaves the old cache or the new one, both complete (issue 8). A child JVM
 * imports real files over an existing cache and is killed (SIGKILL) at every named phase of the build and the
 * publication, just after each of them, and at random instants; after each kill the cache opens, the digest of all its
 * tables is exactly the old one or the new one, {@code status --check} finds every recorded count true of the data,
 * and a new import succeeds. {@code -Dpasserelle.crash.kills=220} runs a longer series (src/site/markdown/cache.md).
 */
class KillDuringImportTest {
    private static final Instant OLD = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant NEW = Instant.parse("2026-11-28T09:30:00Z");
    /** Every instant the store names, in order: the last ones are the commit and the publication of the new state. */
    private static final List<String> PHASES = List.of("import.started", "staging.created", "import.written",
            "staging.indexes-restored", "staging.counted", "staging.validated", "staging.closing", "staging.closed",
            "staging.synced", "staging.renamed", "publish.current-tmp-written", "publish.current-renamed",
            "publish.folder-synced", "import.switched");

    @TempDir
    static Path work;
    private static Path template;
    private static List<Path> oldFiles;
    private static List<Path> newFiles;
    private static String oldDigest;
    private static String newDigest;
    /** In an unkilled child: milliseconds from its start to the end of writing, and to the end of the import. */
    private static long writtenMillis;
    private static long doneMillis;

    @BeforeAll
    static void prepareOldAndNewStates() throws Exception {
        Path data = SharedData.assumeRealData();
        // A subset that a child imports in a few seconds: the labour market, then the same with the FAP tables added.
        oldFiles = List.of(data.resolve("labour_market"));
        newFiles = List.of(data.resolve("labour_market"), data.resolve("fap"));
        template = work.resolve("template");
        try (Workstation w = Workstation.open(new Home(template), Clock.fixed(OLD, ZoneOffset.UTC))) {
            w.importPaths(oldFiles, ProgressListener.NONE);
            oldDigest = CacheDigest.of(w.referenceDatabase());
        }
        Path reference = copy(work.resolve("reference"));
        try (Workstation w = Workstation.open(new Home(reference), Clock.fixed(NEW, ZoneOffset.UTC))) {
            w.importPaths(newFiles, ProgressListener.NONE);
            newDigest = CacheDigest.of(w.referenceDatabase());
        }
        assertNotEquals(oldDigest, newDigest);
        // One unkilled run times the import in a child, for the random instants.
        Path timing = copy(work.resolve("timing"));
        try (ChildJvm child = child(timing, List.of("-Dpasserelle.test.phases=print"))) {
            assertNotNull(child.awaitErrLine("@@started", 300), child.err().toString());
            long start = System.nanoTime();
            assertNotNull(child.awaitErrLine("@@phase import.written", 300), child.err().toString());
            writtenMillis = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(child.awaitErrLine("@@done", 300), child.err().toString());
            doneMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, child.waitFor(300), String.join("\n", child.err()));
        }
        assertEquals(newDigest, digest(timing));
    }

    @Test
    void killedAtAnyInstantTheCacheHoldsTheOldOrTheNewStateAndTheNextImportWorks() throws Exception {
        int kills = Integer.getInteger("passerelle.crash.kills", 0);
        Random random = new Random(20261128L);
        List<Kill> plan = new ArrayList<>();
        for (String phase : PHASES) {
            plan.add(Kill.pausedAt(phase));
        }
        for (String phase : PHASES.subList(PHASES.indexOf("staging.closing"), PHASES.size())) {
            plan.add(Kill.justAfter(phase));
        }
        int randoms = Math.max(5, kills - plan.size());
        for (int i = 0; i < randoms; i++) {
            // A third while the files are read and written, the rest after the end of writing (validation, close,
            // publication), each at a random delay after the child reached that point.
            plan.add(i % 3 == 0 ? Kill.after("@@started", (long) (random.nextDouble() * writtenMillis))
                    : Kill.after("@@phase import.written", (long) (random.nextDouble() * (doneMillis - writtenMillis))));
        }
        int old = 0;
        int fresh = 0;
        List<String> report = new ArrayList<>();
        for (Kill kill : plan) {
            Path home = copy(work.resolve("run-" + report.size()));
            boolean killed = kill.run(home);
            String digest = digest(home);
            assertTrue(digest.equals(oldDigest) || digest.equals(newDigest),
                    kill + ": the cache holds neither the old state nor the new one");
            if (digest.equals(oldDigest)) {
                old++;
            } else {
                fresh++;
            }
            assertStatusTellsTheTruth(home, kill);
            reimport(home, kill);
            report.add(kill + (killed ? "" : " (import finished first)") + " -> " + (digest.equals(oldDigest) ? "old" : "new"));
            deleteTree(home);
        }
        System.out.println("Kill series: " + plan.size() + " kills, " + old + " left the old state, " + fresh + " the new one");
        report.forEach(line -> System.out.println("  " + line));
        assertTrue(old > 0 && fresh > 0, "kills must fall on both sides of the publication: " + report);
    }

    /** `status --check`: every dataset's recorded count equals what its tables hold. */
    private static void assertStatusTellsTheTruth(Path home, Kill kill) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(h -> { }, new PrintWriter(out, true), new PrintWriter(err, true),
                "status", "--check", "--home", home.toString());
        assertEquals(0, exit, kill + ": " + out + err);
        assertTrue(out.toString().contains("correspondent aux comptes de l'import"), kill + ": " + out);
    }

    private static void reimport(Path home, Kill kill) throws Exception {
        try (Workstation w = Workstation.open(new Home(home), Clock.fixed(NEW, ZoneOffset.UTC))) {
            w.importPaths(newFiles, ProgressListener.NONE);
            assertEquals(newDigest, CacheDigest.of(w.referenceDatabase()), kill + ": the import after the kill");
            assertEquals(List.of(), w.datasets().all().stream().filter(DatasetInfo::isSample).toList());
        }
        try (Stream<Path> entries = Files.list(home.resolve("cache"))) {
            assertEquals(List.of(), entries.filter(p -> p.getFileName().toString().startsWith("staging-")).toList(),
                    kill + ": staging folders left after the next import");
        }
    }

    private static String digest(Path home) {
        try (Workstation w = Workstation.open(new Home(home))) {
            return CacheDigest.of(w.referenceDatabase());
        }
    }

    private static ChildJvm child(Path home, List<String> options) throws IOException {
        List<String> args = new ArrayList<>(List.of(home.toString(), NEW.toString()));
        newFiles.forEach(f -> args.add(f.toString()));
        return ChildJvm.start(options, Map.of(), ImportChildMain.class.getName(), args.toArray(String[]::new));
    }

    private static Path copy(Path home) {
        ImportFixtures.copyCache(template.resolve("cache"), home.resolve("cache"));
        return home;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** When to kill the child. */
    private record Kill(String phase, boolean pause, String anchor, long millis) {
        static Kill pausedAt(String phase) {
            return new Kill(phase, true, null, -1);
        }

        static Kill justAfter(String phase) {
            return new Kill(phase, false, null, -1);
        }

        /** {@code millis} after the child printed a line starting with {@code anchor}. */
        static Kill after(String anchor, long millis) {
            return new Kill(null, false, anchor, millis);
        }

        /** Runs the child and kills it; false when the import ended before the kill came. */
        boolean run(Path home) throws Exception {
            List<String> options = pause ? List.of("-Dpasserelle.test.pauseAt=" + phase) : List.of("-Dpasserelle.test.phases=print");
            try (ChildJvm child = child(home, options)) {
                if (phase != null) {
                    assertNotNull(child.awaitErrLine("@@phase " + phase, 300), this + ": phase never reached " + child.err());
                } else {
                    assertNotNull(child.awaitErrLine(anchor, 300), this + ": never reached " + child.err());
                    Thread.sleep(millis);
                }
                boolean alive = child.isAlive();
                child.kill();
                return alive;
            }
        }

        @Override
        public String toString() {
            return phase == null ? "kill " + millis + " ms after " + anchor.replace("@@phase ", "").replace("@@", "")
                    : (pause ? "kill paused at " : "kill just after ") + phase;
        }
    }
}
