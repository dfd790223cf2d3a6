package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.DATASET_ID_LAST;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The datasets of one cache state, text key to small integer id and back (V12): read once (a few hundred datasets)
 * and kept in memory, so that data rows carry and compare a number, and nobody reads the dataset table back per row.
 * The import's sink gives the new ids ({@link #give}); readers turn the ids of the rows they read back into keys.
 */
final class DatasetIds {
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<Integer, String> byId = new HashMap<>();

    private DatasetIds() {
    }

    static DatasetIds read(DSLContext dsl) {
        DatasetIds ids = new DatasetIds();
        dsl.select(DATASET.DATASET_KEY, DATASET.DATASET_ID).from(DATASET).forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    /** The id of a dataset of this state, or null when there is none with that key. */
    Integer id(String key) {
        return byKey.get(key);
    }

    /** The key of a dataset id; an id without dataset (a row left behind by a bug) is named by its number. */
    String key(int id) {
        String key = byId.get(id);
        return key != null ? key : "#" + id;
    }

    /** The ids of those of the keys that are datasets of this state. */
    List<Integer> ids(Collection<String> keys) {
        List<Integer> ids = new ArrayList<>();
        for (String key : keys) {
            Integer id = byKey.get(key);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * A new id for a dataset written now: one past the highest ever given in this cache file (dataset_id_last, kept
     * by the caller's transaction), so the id of a replaced or removed dataset is never given again.
     */
    int give(DSLContext tx, String key) {
        Integer last = tx.select(DATASET_ID_LAST.LAST_ID).from(DATASET_ID_LAST).fetchOne(DATASET_ID_LAST.LAST_ID);
        int id = Math.max(last == null ? 0 : last, byId.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        if (last == null) {
            tx.insertInto(DATASET_ID_LAST).set(DATASET_ID_LAST.LAST_ID, id).execute();
        } else {
            tx.update(DATASET_ID_LAST).set(DATASET_ID_LAST.LAST_ID, id).execute();
        }
        put(key, id);
        return id;
    }

    void remove(Collection<String> keys) {
        for (String key : keys) {
            Integer id = byKey.remove(key);
            if (id != null) {
                byId.remove(id);
            }
        }
    }

    private void put(String key, int id) {
        byKey.put(key, id);
        byId.put(id, key);
    }
}
