package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SharedData;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.CacheDigest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sample data is a demonstration mode that never mixes with real data: seeded only into an empty cache, reported by
 * {@link Workstation#isSampleMode()}, removed wholesale by the first import of real files (which says so).
 */
class SampleModeTest {
    @TempDir
    Path home;

    @Test
    void seedingAnEmptyHomeEntersDemonstrationMode() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home))) {
            assertFalse(workstation.isSampleMode(), "an empty cache is not demonstration mode");

            assertTrue(workstation.seedIfEmpty(ProgressListener.NONE));

            assertTrue(workstation.isSampleMode());
            assertTrue(workstation.datasets().all().stream().allMatch(DatasetInfo::isSample));
        }
    }

    @Test
    void theFirstImportOfRealFilesRemovesEverySampleDatasetAndSaysSo() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home))) {
            workstation.seedIfEmpty(ProgressListener.NONE);
            List<DatasetInfo> samples = workstation.datasets().all();

            ImportReport report = workstation.importPaths(List.of(SharedData.sample("geo/regions.csv")), ProgressListener.NONE);

            assertEquals(samples.stream().map(DatasetInfo::key).sorted().toList(),
                    report.removedSamples().stream().map(DatasetInfo::key).sorted().toList());
            assertEquals(List.of("geo.regions"), workstation.datasets().all().stream().map(DatasetInfo::kind).toList());
            assertFalse(workstation.isSampleMode());
            assertEquals(0, workstation.pathEngine().index().territory().size(), "no sample commune may remain");
        }
    }

    @Test
    void anImportThatImportsNothingKeepsTheSamples() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home))) {
            workstation.seedIfEmpty(ProgressListener.NONE);
            String version = workstation.dataVersion();

            ImportReport report = workstation.importPaths(List.of(SharedData.sample("personas")), ProgressListener.NONE);

            assertEquals(List.of(), report.removedSamples());
            assertEquals(4, report.skipped().size());
            assertEquals(version, workstation.dataVersion(), "nothing may be published");
            assertTrue(workstation.isSampleMode());
        }
    }

    @Test
    void samplesAreNeverSeededIntoACacheThatHoldsRealData() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home))) {
            workstation.importPaths(List.of(SharedData.sample("geo/regions.csv")), ProgressListener.NONE);
            String before = CacheDigest.of(workstation.referenceDatabase());

            assertFalse(workstation.seedIfEmpty(ProgressListener.NONE));

            assertEquals(before, CacheDigest.of(workstation.referenceDatabase()));
            assertFalse(workstation.isSampleMode());
        }
    }

    @Test
    void aRunOfSamplesIntoAFilledCacheDoesNothingEvenWhenAskedDirectly() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home));
             BundledSamples samples = BundledSamples.open()) {
            workstation.importPaths(List.of(SharedData.sample("geo/regions.csv")), ProgressListener.NONE);
            String version = workstation.dataVersion();

            ImportReport report = workstation.importer().run(workstation.importer().plan(List.of(samples.root())),
                    ProgressListener.NONE, DatasetInfo.SAMPLE_SOURCE_PREFIX);

            assertNull(report);
            assertEquals(version, workstation.dataVersion(), "nothing may be published");
        }
    }

    @Test
    void aWorkstationSeesWhatAnotherProcessPublished() throws Exception {
        try (Workstation window = Workstation.open(new Home(home));
             Workstation command = Workstation.open(new Home(home))) {
            String before = window.dataVersion();
            try (CacheSnapshot snapshot = window.snapshot()) {
                command.importPaths(List.of(SharedData.sample("geo/regions.csv")), ProgressListener.NONE);

                assertNotEquals(before, window.dataVersion());
                assertEquals(List.of("geo.regions"), window.datasets().all().stream().map(DatasetInfo::kind).toList());
                assertEquals(before, snapshot.version());
                assertEquals(0, new fr.passerelle.store.DatasetStore(snapshot.database()).all().size(),
                        "a snapshot keeps reading the state it leased");
            }
        }
    }
}
