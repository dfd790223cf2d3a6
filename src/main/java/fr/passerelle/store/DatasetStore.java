package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.DATASET_TABLE_ROWS;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.store.db.tables.records.DatasetRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the provenance of every dataset in the cache. */
public final class DatasetStore {
    private final DSLContext dsl;

    public DatasetStore(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    public List<DatasetInfo> all() {
        return dsl.selectFrom(DATASET).orderBy(DATASET.KIND, DATASET.SCOPE).fetch(DatasetStore::toInfo);
    }

    public boolean isEmpty() {
        return dsl.fetchCount(DATASET) == 0;
    }

    /**
     * Rows each dataset holds in the cache, all tables together, as counted from the data by the import that
     * published this state (see CacheValidator), by dataset key.
     */
    public Map<String, Long> rowsInCache() {
        Map<String, Long> rows = new HashMap<>();
        dsl.select(DATASET_TABLE_ROWS.DATASET_KEY, DSL.sum(DATASET_TABLE_ROWS.ROW_COUNT)).from(DATASET_TABLE_ROWS)
                .groupBy(DATASET_TABLE_ROWS.DATASET_KEY)
                .forEach(r -> rows.put(r.value1(), r.value2().longValue()));
        return rows;
    }

    /**
     * Counts the rows of every dataset again, now, from the tables themselves, and returns the datasets whose count
     * differs from the one recorded at import (empty when the cache is sound): {@code status --check}.
     */
    public Map<String, String> recount() {
        Map<String, Long> recorded = new HashMap<>();
        dsl.selectFrom(DATASET_TABLE_ROWS).forEach(r -> recorded.merge(r.getDatasetKey() + " " + r.getTableName(), r.getRowCount(), Long::sum));
        Map<String, Long> found = new HashMap<>();
        DatasetIds ids = DatasetIds.read(dsl);
        for (org.jooq.Table<?> table : RecordTables.dataTables()) {
            dsl.fetch("SELECT DATASET_ID, COUNT(*) FROM " + table.getName() + " GROUP BY DATASET_ID")
                    .forEach(r -> found.put(ids.key(r.get(0, Integer.class)) + " " + table.getName(), r.get(1, Long.class)));
        }
        Map<String, String> differences = new java.util.TreeMap<>();
        java.util.Set<String> all = new java.util.HashSet<>(recorded.keySet());
        all.addAll(found.keySet());
        for (String key : all) {
            long expected = recorded.getOrDefault(key, 0L);
            long actual = found.getOrDefault(key, 0L);
            if (expected != actual) {
                differences.put(key, actual + " lignes trouvées, " + expected + " enregistrées");
            }
        }
        return differences;
    }

    private static DatasetInfo toInfo(DatasetRecord r) {
        return new DatasetInfo(r.getKind(), r.getScope(), r.getLabel(), r.getSource(), r.getVersion(),
                r.getImportedAt().toInstant(), r.getRowsRead(), r.getRowsStored(), r.getRowsRejected(), r.getSha256());
    }
}
