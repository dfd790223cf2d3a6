package fr.passerelle.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.core.CancelledException;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readers on other connections see either the old datasets or the new ones, never a half-imported run: the import
 * below is held mid-way (in its second file, after the first file's dataset was replaced inside the transaction)
 * by a progress listener waiting on a latch.
 */
class AtomicVisibilityTest extends SampleSeededCacheTest {
    private static final String ROME_NAF_STEP = "Embauches par métier et secteur NAF (La Bonne Boite)";

    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService importThread = Executors.newSingleThreadExecutor();
    private Future<ImportReport> running;

    /** Blocks the import the first time it reports progress on its second file. */
    private final ProgressListener holdInSecondFile = (step, done, total) -> {
        if (step.equals(ROME_NAF_STEP) && holding.getCount() > 0) {
            holding.countDown();
            try {
                assertTrue(release.await(60, SECONDS), "the test never released the import");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    };

    @BeforeEach
    void writeTwoNewFiles() throws IOException {
        Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\r\n4711D,Supermarchés\r\n", UTF_8);
        Files.writeString(in.resolve("rome_naf_mapping.csv"), "rome_id,rome_label,naf_id,naf_label,hirings\n"
                + "D1505,Personnel de caisse,4711D,Supermarchés,1\n", UTF_8);
    }

    @AfterEach
    void stopImportThread() {
        release.countDown();
        importThread.shutdownNow();
    }

    @Test
    void readersSeeTheOldDatasetsWhileAnImportRuns() throws Exception {
        List<DatasetInfo> before = new DatasetStore(database.database()).all();

        List<DatasetInfo> during = whileHeld(() -> new DatasetStore(database.database()).all());

        assertEquals(before, during);
    }

    @Test
    void readersSeeTheOldRowsWhileAnImportRuns() throws Exception {
        String before = CacheDigest.of(database);

        String during = whileHeld(() -> CacheDigest.of(database));

        assertEquals(before, during);
    }

    @Test
    void readersSeeTheNewDatasetsOnceTheImportCommits() throws Exception {
        whileHeld(() -> null);
        running.get(60, SECONDS);

        List<DatasetInfo> after = new DatasetStore(database.database()).all();

        assertEquals(List.of("lbb.naf_labels 1", "lbb.rome_naf 1"), after.stream()
                .filter(d -> d.kind().equals("lbb.naf_labels") || d.kind().equals("lbb.rome_naf"))
                .map(d -> d.kind() + " " + d.rowsStored()).toList());
    }

    @Test
    void aCancelledImportLeavesTheCacheUnchanged() {
        String before = CacheDigest.of(database);
        ProgressListener cancelInSecondFile = new ProgressListener() {
            private String step = "";

            @Override
            public void progress(String current, long done, long total) {
                step = current;
            }

            @Override
            public boolean isCancelled() {
                return step.equals(ROME_NAF_STEP);
            }
        };

        assertThrows(CancelledException.class, () -> ImportFixtures.importPaths(database, cancelInSecondFile, in));

        assertEquals(before, CacheDigest.of(database));
    }

    /** Starts the import, waits until it is held in its second file, reads, then lets it finish. */
    private <T> T whileHeld(Callable<T> read) throws Exception {
        running = importThread.submit(() -> ImportFixtures.importPaths(database, holdInSecondFile, in));
        assertTrue(holding.await(60, SECONDS), "the import never reached its second file");
        try {
            return read.call();
        } finally {
            release.countDown();
        }
    }
}
