package fr.passerelle.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.core.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The background index service: one build per version, waiting requests, and builds overtaken by an import. */
class IndexServiceTest extends SampleSeededCacheTest {
    private static final String APPELLATION = "\"code_ogr\",\"libelle_appellation_long\",\"libelle_appellation_court\",\"code_rome\","
            + "\"transition_eco\",\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_cadre\",\"classification\","
            + "\"origine\",\"code_rome_parent\",\"peu_usite\"\n"
            + "\"99001\",\"Dompteur / Dompteuse de chariots\",\"Dompteur de chariots\",\"D1505\",\"\",\"\",\"\",\"\",\"\","
            + "\"SYNONYME\",\"\",\"D1505\",\"N\"\n";

    /** Counts the leases taken and closed on a workstation's snapshots. */
    private static final class Leases {
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger taken = new AtomicInteger();

        CacheSnapshot lease(Workstation w) {
            CacheSnapshot real = w.snapshot();
            taken.incrementAndGet();
            open.incrementAndGet();
            return new CacheSnapshot(real.version(), real.database(), () -> {
                open.decrementAndGet();
                real.close();
            });
        }
    }

    @Test
    void buildsOncePerVersionAndHandsOutTheSameIndexes() throws Exception {
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            Leases leases = new Leases();
            try (IndexService service = new IndexService(() -> leases.lease(w), w::dataVersion, Workstation::buildIndexes)) {
                IndexService.Indexes first = service.current().get(60, TimeUnit.SECONDS);
                IndexService.Indexes second = service.current().get(1, TimeUnit.SECONDS);

                assertSame(first, second);
                assertEquals(1, leases.taken.get());
                assertEquals(0, leases.open.get(), "the build's lease is closed when it ends");
                assertTrue(service.isReady());
            }
        }
    }

    @Test
    void aRequestMadeDuringTheBuildWaitsForIt() throws Exception {
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            CountDownLatch release = new CountDownLatch(1);
            IndexService.Builder slow = (snapshot, progress) -> {
                release.await(30, TimeUnit.SECONDS);
                return Workstation.buildIndexes(snapshot, progress);
            };
            try (IndexService service = new IndexService(w::snapshot, w::dataVersion, slow)) {
                service.refresh();
                var waiting = service.current();

                assertFalse(waiting.isDone(), "the request must wait for the build, not fail or block the caller");
                assertFalse(service.isReady());
                release.countDown();
                assertEquals(w.dataVersion(), waiting.get(60, TimeUnit.SECONDS).version());
            }
        }
    }

    @Test
    void aBuildOvertakenByAnImportIsDiscardedAndRebuiltFromTheNewData() throws Exception {
        Path appellations = Files.writeString(in.resolve("unix_referentiel_appellation_v460_utf8.csv"), APPELLATION, UTF_8);
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            Leases leases = new Leases();
            CountDownLatch jobTitlesRead = new CountDownLatch(1);
            CountDownLatch imported = new CountDownLatch(1);
            AtomicInteger builds = new AtomicInteger();
            // The first build reads the job titles, then waits while an import commits: what it would publish mixes
            // the job titles of the old data with the path index of the new.
            IndexService.Builder racing = (snapshot, progress) -> {
                if (builds.incrementAndGet() == 1) {
                    var titles = fr.passerelle.search.JobSearch.build(new fr.passerelle.store.JobTitleStore(snapshot.database()).jobTitles());
                    jobTitlesRead.countDown();
                    imported.await(30, TimeUnit.SECONDS);
                    IndexService.Indexes built = Workstation.buildIndexes(snapshot, ProgressListener.NONE);
                    return new IndexService.Indexes(snapshot.version(), titles, built.engine());
                }
                return Workstation.buildIndexes(snapshot, progress);
            };
            List<String> discarded = new CopyOnWriteArrayList<>();
            try (IndexService service = new IndexService(() -> leases.lease(w), w::dataVersion, racing)) {
                service.addListener(listener(discarded));
                String before = w.dataVersion();
                var request = service.current();
                assertTrue(jobTitlesRead.await(60, TimeUnit.SECONDS));
                w.importPaths(List.of(appellations), ProgressListener.NONE);
                imported.countDown();

                IndexService.Indexes indexes = request.get(120, TimeUnit.SECONDS);

                assertEquals(w.dataVersion(), indexes.version());
                assertEquals(List.of(before), discarded);
                assertEquals(2, builds.get());
                assertEquals("Dompteur / Dompteuse de chariots",
                        indexes.jobSearch().search("dompteur de chariots", 1).get(0).title().label());
                assertEquals(0, leases.open.get(), "every build closed its lease");
            }
        }
    }

    @Test
    void aFailedBuildIsReportedAndTheNextRequestTriesAgain() throws Exception {
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            AtomicInteger attempts = new AtomicInteger();
            IndexService.Builder flaky = (snapshot, progress) -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("disque illisible");
                }
                return Workstation.buildIndexes(snapshot, progress);
            };
            AtomicReference<Throwable> reported = new AtomicReference<>();
            try (IndexService service = new IndexService(w::snapshot, w::dataVersion, flaky)) {
                service.addListener(new IndexService.Listener() {
                    public void started(String version) { }
                    public void progress(String step, long done, long total) { }
                    public void finished(IndexService.Indexes indexes) { }
                    public void failed(Throwable error) { reported.set(error); }
                });
                IllegalStateException error = assertThrows(IllegalStateException.class, service::await);
                assertEquals("disque illisible", error.getMessage());
                assertEquals("disque illisible", reported.get().getMessage());

                assertEquals(w.dataVersion(), service.await().version());
            }
        }
    }

    @Test
    void progressOfTheBuildIsReportedStepByStep() throws Exception {
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            List<String> steps = new CopyOnWriteArrayList<>();
            try (IndexService service = new IndexService(w::snapshot, w::dataVersion, Workstation::buildIndexes)) {
                service.addListener(new IndexService.Listener() {
                    public void started(String version) { steps.add("start " + version); }
                    public void progress(String step, long done, long total) { steps.add(step + " " + done + "/" + total); }
                    public void finished(IndexService.Indexes indexes) { steps.add("fin"); }
                    public void failed(Throwable error) { steps.add("échec"); }
                });
                service.await();
                assertEquals(List.of("start " + w.dataVersion(), "intitulés de métiers 0/5", "référentiel ROME 0/5", "communes 1/5",
                        "marché du travail 2/5", "formations 3/5", "entreprises 4/5", "index prêt 5/5", "fin"), steps);
            }
        }
    }

    private static IndexService.Listener listener(List<String> discarded) {
        return new IndexService.Listener() {
            public void started(String version) { }
            public void progress(String step, long done, long total) { }
            public void finished(IndexService.Indexes indexes) { }
            public void discarded(String version) { discarded.add(version); }
            public void failed(Throwable error) { }
        };
    }
}
