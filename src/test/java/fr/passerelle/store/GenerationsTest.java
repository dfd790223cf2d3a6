package fr.passerelle.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.importer.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cache folder as published generations: what an import leaves on disk, what readers holding a lease see,
 * what is cleaned up, and the files that must never appear.
 */
class GenerationsTest extends SampleSeededCacheTest {
    /** The empty database kept to start fresh builds from. */
    private static final String TEMPLATE = "empty-v" + SchemaVersion.latest() + ".mv.db";

    @Test
    void anImportPublishesTheNextGenerationAndRemovesThePreviousOne() throws Exception {
        String before = cacheFolder().resolve("CURRENT").toFile().exists() ? current() : "";

        ImportFixtures.importPaths(database, nafLabels("Supermarchés et hypers"));

        String after = current();
        assertNotEquals(before, after);
        assertEquals(after, database.generation());
        assertEquals(List.of("CURRENT", TEMPLATE, after, "writer.lock"), entries());
    }

    @Test
    void aLeaseKeepsReadingItsGenerationWhileAnImportPublishesAnother() throws Exception {
        String before = CacheDigest.of(database);
        try (CacheLease lease = database.lease()) {
            ImportFixtures.importPaths(database, nafLabels("Supermarchés et hypers"));

            assertEquals(before, CacheDigest.of(lease.database()), "the leased generation changed");
            assertNotEquals(before, CacheDigest.of(database));
            assertTrue(Files.exists(cacheFolder().resolve(lease.generation())), "a leased generation must stay on disk");
        }
        assertEquals(List.of("CURRENT", TEMPLATE, database.generation(), "writer.lock"), entries(),
                "the old generation is removed once its last lease is closed");
    }

    @Test
    void stagingFoldersLeftByADeadImportAreRemovedAtTheNextOpen() throws IOException {
        database.close();
        Path dead = Files.createDirectories(cacheFolder().resolve("staging-g000077"));
        Files.writeString(dead.resolve("reference.mv.db"), "half a database", UTF_8);

        database = ReferenceCache.open(cacheFolder());

        assertFalse(Files.exists(dead));
    }

    @Test
    void aGenerationNeverPublishedIsRemovedAndCurrentStays() throws IOException {
        String published = current();
        String digest = CacheDigest.of(database);
        database.close();
        // What a kill between the rename of the new generation and the rename of CURRENT leaves.
        Path orphan = Files.createDirectories(cacheFolder().resolve("g000078"));
        Files.copy(cacheFolder().resolve(published).resolve("reference.mv.db"), orphan.resolve("reference.mv.db"));

        database = ReferenceCache.open(cacheFolder());

        assertEquals(published, database.generation());
        assertEquals(digest, CacheDigest.of(database));
        assertFalse(Files.exists(orphan));
    }

    @Test
    void aTornCurrentTmpIsIgnored() throws IOException {
        String published = current();
        database.close();
        Files.writeString(cacheFolder().resolve("CURRENT.tmp"), "g0000", UTF_8);

        database = ReferenceCache.open(cacheFolder());

        assertEquals(published, database.generation());
    }

    @Test
    void writesNoH2TraceFile() throws Exception {
        ImportFixtures.importPaths(database, nafLabels("Supermarchés et hypers"));
        assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, nafLabels("\"broken")));
        database.close();

        try (Stream<Path> files = Files.walk(work)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".trace.db")).toList());
        }
        database = ReferenceCache.open(cacheFolder());
    }

    @Test
    void importCountsEveryRowFromTheDataAndStatusCheckFindsThemEqual() throws Exception {
        ImportFixtures.importPaths(database, nafLabels("Supermarchés et hypers"));

        DatasetStore datasets = new DatasetStore(database.database());
        assertEquals(2L, datasets.rowsInCache().get("lbb.naf_labels/"));
        assertEquals(java.util.Map.of(), datasets.recount());
        assertEquals(((Number) SqlProbe.value(database, "SELECT COUNT(*) FROM commune")).longValue()
                        + ((Number) SqlProbe.value(database, "SELECT COUNT(*) FROM commune_postal_code")).longValue()
                        + ((Number) SqlProbe.value(database,
                        "SELECT COUNT(*) FROM employment_area e JOIN dataset d ON d.dataset_id = e.dataset_id"
                        + " WHERE d.dataset_key = 'geo.communes/'")).longValue(),
                datasets.rowsInCache().get("geo.communes/"));
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedInFrenchAndChangesNothing() throws Exception {
        String before = CacheDigest.of(database);
        try (WriterLock held = WriterLock.tryAcquire(cacheFolder().resolve("writer.lock"))) {
            assertTrue(held != null);

            CacheBusyException e = assertThrows(CacheBusyException.class,
                    () -> ImportFixtures.importPaths(database, nafLabels("Supermarchés et hypers")));

            assertEquals(ReferenceCache.BUSY, e.getMessage());
        }
        assertEquals(before, CacheDigest.of(database));
    }

    private Path nafLabels(String label) throws IOException {
        return Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\r\n4711D," + label + "\r\n4711F,Hypermarchés\r\n", UTF_8);
    }

    private Path cacheFolder() {
        return work.resolve("cache");
    }

    private String current() throws IOException {
        return Files.readString(cacheFolder().resolve("CURRENT"), UTF_8).strip();
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheFolder())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static Path samples() {
        return SharedData.samples();
    }
}
