package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.importer.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files imported again whose datasets hold most of a table (the 100 company files next to a few referential
 * companies): their old rows are dropped by copying the kept datasets' rows aside and emptying the table, not by
 * deleting every old row. The kept rows come back unchanged, and a copy that does not match what the cache recorded
 * for the kept datasets refuses the import.
 */
class DatasetDropTest {
    @TempDir
    Path home;
    private ReferenceCache cache;

    @BeforeEach
    void importThreeRegions() throws IOException, ImportException {
        cache = ReferenceCache.open(home.resolve("cache"));
        ImportFixtures.importPaths(cache, file("normandie", 2, 10), file("bretagne", 5, 20), file("bourgogne", 6, 30));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void regionsImportedAgainReplaceTheirRowsAndTheKeptRegionStaysAsItWas() throws IOException, ImportException {
        List<Map<String, Object>> kept = rows("normandie");

        ImportFixtures.importPaths(cache, file("bretagne", 4, 40), file("bourgogne", 3, 50));

        assertEquals(kept, rows("normandie"));
        assertEquals(List.of(40, 41, 42, 43), offers("bretagne"));
        assertEquals(List.of(50, 51, 52), offers("bourgogne"));
        assertEquals(Map.of(key("normandie"), 2L, key("bretagne"), 4L, key("bourgogne"), 3L), recordedCounts());
        assertEquals(List.of("OFFER_COUNT_ROME"), StoreProbe.rows(cache,
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'OFFER_COUNT'").stream()
                .map(r -> r.get("index_name")).toList(), "the table's index is given back");
    }

    @Test
    void keptRowsThatDoNotMatchTheRecordedCountRefuseTheImportAndChangeNothing() throws Exception {
        Path published = cache.database().file();
        cache.close();
        // The cache records 3 rows for Normandie where the table holds 2 (a count gone wrong): the copy proves it.
        org.h2.jdbcx.JdbcDataSource writable = new org.h2.jdbcx.JdbcDataSource();
        writable.setURL(H2Urls.writable(CacheFolder.databaseBase(published.getParent())));
        writable.setUser("sa");
        try (var c = writable.getConnection(); var st = c.createStatement()) {
            st.execute("UPDATE DATASET_TABLE_ROWS SET ROW_COUNT = 3 WHERE TABLE_NAME = 'OFFER_COUNT' AND DATASET_KEY = '"
                    + key("normandie") + "'");
        }
        cache = ReferenceCache.open(home.resolve("cache"));
        String before = CacheDigest.of(cache);
        String generation = cache.generation();

        StoreException e = assertThrows(StoreException.class,
                () -> ImportFixtures.importPaths(cache, file("bretagne", 4, 40), file("bourgogne", 3, 50)));

        assertTrue(e.getMessage().startsWith("cache incohérent pendant l'import (table offer_count : 2 lignes gardées,"
                + " 3 attendues)"), e.getMessage());
        assertEquals(generation, cache.generation());
        assertEquals(before, CacheDigest.of(cache));
    }

    private Path file(String region, int rows, int firstOffers) throws IOException {
        return RegionOfferFiles.file(home, region, rows, firstOffers);
    }

    private List<Map<String, Object>> rows(String region) {
        return StoreProbe.rows(cache, "SELECT * FROM OFFER_COUNT WHERE DATASET_ID"
                + " = (SELECT DATASET_ID FROM DATASET WHERE DATASET_KEY = ?) ORDER BY TERRITORY_CODE", key(region));
    }

    private List<Integer> offers(String region) {
        return rows(region).stream().map(r -> ((Number) r.get("offers")).intValue()).toList();
    }

    private Map<String, Long> recordedCounts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        StoreProbe.rows(cache, "SELECT DATASET_KEY, ROW_COUNT FROM DATASET_TABLE_ROWS WHERE TABLE_NAME = 'OFFER_COUNT'")
                .forEach(r -> counts.put((String) r.get("dataset_key"), ((Number) r.get("row_count")).longValue()));
        return counts;
    }

    private static String key(String region) {
        return RegionOfferFiles.key(region);
    }
}
