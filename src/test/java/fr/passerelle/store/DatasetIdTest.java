package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.importer.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small integer id of a dataset (V12): every data row carries it, a replaced dataset gets a new one, and no id is
 * given twice in one cache file, not even the highest one after its dataset was replaced (one past the highest id
 * still in use would give it again).
 */
class DatasetIdTest {
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
    void everyRowCarriesTheIdOfItsDataset() {
        Map<String, Integer> ids = ids();
        assertEquals(3, new HashSet<>(ids.values()).size(), "three datasets, three ids: " + ids);
        Map<String, Long> rows = new TreeMap<>();
        StoreProbe.rows(cache, "SELECT d.DATASET_KEY, COUNT(*) AS N FROM OFFER_COUNT o JOIN DATASET d"
                + " ON d.DATASET_ID = o.DATASET_ID GROUP BY d.DATASET_KEY")
                .forEach(r -> rows.put((String) r.get("dataset_key"), ((Number) r.get("n")).longValue()));
        assertEquals(Map.of(key("normandie"), 2L, key("bretagne"), 5L, key("bourgogne"), 6L), rows);
        assertEquals(13, StoreProbe.count(cache, "OFFER_COUNT"), "no row without its dataset");
    }

    @Test
    void aReplacedDatasetGetsAnIdNeverGivenBeforeAndTheOthersKeepTheirs() throws IOException, ImportException {
        Map<String, Integer> first = ids();
        String highest = first.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Set<Integer> given = new HashSet<>(first.values());

        // The dataset holding the highest id is replaced: its id is free again, and must not be given again.
        ImportFixtures.importPaths(cache, file(region(highest), 3, 40));
        Map<String, Integer> second = ids();
        int replaced = second.get(highest);
        assertTrue(!given.contains(replaced) && replaced > first.get(highest), first + " then " + second);
        first.forEach((dataset, id) -> {
            if (!dataset.equals(highest)) {
                assertEquals(id, second.get(dataset), dataset + " was kept: its id stays");
            }
        });
        given.add(replaced);

        ImportFixtures.importPaths(cache, file("normandie", 1, 50), file(region(highest), 2, 60));
        Map<String, Integer> third = ids();
        assertTrue(!given.contains(third.get(key("normandie"))) && !given.contains(third.get(highest)), third.toString());
        assertEquals(third.values().stream().mapToInt(Integer::intValue).max().orElseThrow(),
                ((Number) SqlProbe.value(cache, "SELECT LAST_ID FROM DATASET_ID_LAST")).intValue());
        assertEquals(0L, ((Number) SqlProbe.value(cache, "SELECT COUNT(*) FROM OFFER_COUNT"
                + " WHERE DATASET_ID NOT IN (SELECT DATASET_ID FROM DATASET)")).longValue(), "no row of an old id left");
        assertEquals(Map.of(), new DatasetStore(cache.database()).recount(), "counts by dataset, read through the ids");
    }

    private Map<String, Integer> ids() {
        Map<String, Integer> ids = new TreeMap<>();
        StoreProbe.rows(cache, "SELECT DATASET_KEY, DATASET_ID FROM DATASET")
                .forEach(r -> ids.put((String) r.get("dataset_key"), ((Number) r.get("dataset_id")).intValue()));
        return ids;
    }

    private static String region(String key) {
        return key.substring(key.lastIndexOf('_') + 1);
    }

    private Path file(String region, int rows, int firstOffers) throws IOException {
        return RegionOfferFiles.file(home, region, rows, firstOffers);
    }

    private static String key(String region) {
        return RegionOfferFiles.key(region);
    }
}
