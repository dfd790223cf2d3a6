package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.DATASET_TABLE_ROWS;
import static fr.passerelle.store.db.Tables.ROME_GRAND_DOMAIN;
import static fr.passerelle.store.db.Tables.ROME_ITEM;
import static fr.passerelle.store.db.Tables.ROME_OCCUPATION;
import static fr.passerelle.store.db.Tables.ROME_PROFESSIONAL_DOMAIN;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.Referential;
import fr.passerelle.domain.rome.GrandDomain;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.ProfessionalDomain;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.importer.ImportSink;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.KeySet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The store's side of an import, writing into the staging database that nobody else sees. Rows go in JDBC batches
 * committed one by one (no undo log of a giant transaction); the previous versions of the replaced datasets are
 * dropped in one pass per table at the start. It keeps what the final validation compares with the data: rows
 * written per dataset and table, tables touched, and the codes written (so references are checked from memory).
 */
final class StagingSink implements ImportSink, AutoCloseable {
    private static final int DELETE_CHUNK = 50_000;

    private final Connection connection;
    private final DSLContext tx;
    private final Map<String, DatasetInfo> base;
    private final TableCounts baseCounts;
    private final Map<Class<?>, RecordWriter> writers = new LinkedHashMap<>();
    private final Map<String, TableCounts> written = new LinkedHashMap<>();
    private final TableCounts writtenCounts = new TableCounts();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> dropped = new HashSet<>();
    /** Tables where this run deleted some rows and kept others: only there can a kept dataset's count have moved. */
    private final Set<String> partlyDeleted = new HashSet<>();
    private final Map<KeySet, Set<String>> keysWritten = new EnumMap<>(KeySet.class);
    private final Map<RecordWriter, Long> rowsAtOpen = new HashMap<>();
    private final DeferredIndexes indexes;
    /** Sends the rows to H2 while this thread reads the next ones; drained before any other statement. */
    private final InsertThread inserts;
    private final DatasetIds ids;
    /** The dataset being written (its id on every row), null between two datasets. */
    private Integer openId;
    private long rowsWritten;

    StagingSink(Connection connection, DSLContext tx, Map<String, DatasetInfo> base, TableCounts baseCounts) {
        this(connection, tx, base, baseCounts, DeferredIndexes.REBUILD_UP_TO);
    }

    /** {@code rebuildUpTo}: see {@link DeferredIndexes}; tests lower it. */
    StagingSink(Connection connection, DSLContext tx, Map<String, DatasetInfo> base, TableCounts baseCounts, long rebuildUpTo) {
        this.connection = connection;
        this.tx = tx;
        this.base = base;
        this.baseCounts = baseCounts;
        this.indexes = new DeferredIndexes(tx, rebuildUpTo);
        this.inserts = new InsertThread(connection);
        this.ids = DatasetIds.read(tx);
    }

    /** Drops the given datasets of the base state: their rows, their provenance and their counts. */
    void drop(Collection<String> keys) {
        Set<String> present = new HashSet<>(keys);
        present.retainAll(base.keySet());
        present.removeAll(dropped);
        if (present.isEmpty()) {
            return;
        }
        Set<String> goneAfter = new HashSet<>(dropped);
        goneAfter.addAll(present);
        List<Integer> presentIds = ids.ids(present);
        for (Table<?> table : RecordTables.dataTables()) {
            String name = table.getName();
            if (baseCounts.knows(name) ? baseCounts.rows(name, present) == 0 : tx.fetchCount(table) == 0) {
                continue;
            }
            if (baseCounts.knows(name) && baseCounts.onlyFrom(name, goneAfter)) {
                tx.execute("TRUNCATE TABLE " + name);
            } else if (baseCounts.knows(name) && keepsFewerThanDrops(name, present)) {
                keepOnly(table, goneAfter, presentIds);
            } else {
                if (baseCounts.knows(name)) {
                    long deleting = baseCounts.rows(name, present);
                    long all = baseCounts.of(name).values().stream().mapToLong(Long::longValue).sum();
                    indexes.deferBeforeDelete(name, deleting, all - deleting);
                    commit();
                }
                deleteInChunks(table, presentIds);
                partlyDeleted.add(name);
            }
            touched.add(name);
        }
        tx.deleteFrom(DATASET_TABLE_ROWS).where(DATASET_TABLE_ROWS.DATASET_KEY.in(present)).execute();
        tx.deleteFrom(DATASET).where(DATASET.DATASET_ID.in(presentIds)).execute();
        commit();
        ids.remove(present);
        dropped.addAll(present);
    }

    /** True when the table keeps fewer of the base's rows than the run drops from it (then copying the kept ones pays). */
    private boolean keepsFewerThanDrops(String table, Set<String> dropping) {
        long deleting = baseCounts.rows(table, dropping);
        long all = baseCounts.of(table).values().stream().mapToLong(Long::longValue).sum();
        return all - deleting < deleting;
    }

    /**
     * Keeps only the rows of the datasets not in {@code gone}: they are copied aside, the table is emptied with
     * {@code TRUNCATE} (H2 clears its maps, whatever their size) and the copy goes back. This costs the kept rows twice
     * instead of a delete of every dropped row: importing the 100 company files again next to the referentials'
     * companies deleted 4 million rows by row-id ranges (170 s against 103 s for the first import, issue 11). The copy
     * is checked against the rows the base recorded for the kept datasets, so a short copy refuses the import; the
     * table then only gains rows in this run, as after a plain {@code TRUNCATE} (CacheValidator counts it so).
     * {@code goneIds}: the datasets dropped now (a dataset this run wrote again has a new id: its new rows stay).
     */
    private void keepOnly(Table<?> table, Set<String> gone, List<Integer> goneIds) {
        String name = table.getName();
        String aside = "PASSERELLE_KEPT_" + name;
        long expected = 0;
        for (Map.Entry<String, Long> rows : baseCounts.of(name).entrySet()) {
            if (!gone.contains(rows.getKey()) && !written.containsKey(rows.getKey())) {
                expected += rows.getValue();
            }
        }
        for (Map.Entry<String, Long> rows : writtenCounts.of(name).entrySet()) {
            expected += rows.getValue();
        }
        String goneList = String.join(", ", goneIds.stream().map(String::valueOf).toList());
        tx.execute("DROP TABLE IF EXISTS " + aside);
        tx.execute("CREATE TABLE " + aside + " AS SELECT * FROM " + name + " WHERE DATASET_ID NOT IN (" + goneList + ")");
        tx.execute("TRUNCATE TABLE " + name);
        // Few rows left: the indexes are rebuilt at the end over the kept rows and this run's (DeferredIndexes).
        indexes.deferBeforeDelete(name, 1, 0);
        int copied = tx.execute("INSERT INTO " + name + " SELECT * FROM " + aside);
        tx.execute("DROP TABLE " + aside);
        commit();
        if (copied != expected) {
            throw new StoreException(ImportWords.say("cache.incoherent.copy", name.toLowerCase(), copied, expected));
        }
    }

    /**
     * Deletes the datasets' rows range of row ids by range of row ids, one transaction each: one pass over the table
     * (there is no index on the dataset, see V6), and never a million-entry undo log.
     */
    private void deleteInChunks(Table<?> table, List<Integer> datasets) {
        Field<Integer> key = table.field("DATASET_ID", Integer.class);
        Field<Long> rowId = DSL.field("_ROWID_", Long.class);
        var bounds = tx.select(DSL.min(rowId), DSL.max(rowId)).from(table).fetchOne();
        if (bounds == null || bounds.value1() == null) {
            return;
        }
        for (long from = bounds.value1(); from <= bounds.value2(); from += DELETE_CHUNK) {
            tx.deleteFrom(table).where(rowId.ge(from)).and(rowId.lt(from + DELETE_CHUNK)).and(key.in(datasets)).execute();
            commit();
        }
    }

    @Override
    public void openDataset(DatasetInfo provisional) {
        flushAll();
        writers.values().forEach(RecordWriter::forgetKeys);
        String key = provisional.key();
        if (written.containsKey(key)) {
            throw new IllegalStateException("dataset " + key + " written twice in one import");
        }
        drop(Set.of(key));
        int id = ids.give(tx, key);
        tx.insertInto(DATASET)
                .set(DATASET.DATASET_KEY, key)
                .set(DATASET.DATASET_ID, id)
                .set(DATASET.KIND, provisional.kind())
                .set(DATASET.SCOPE, provisional.scope())
                .set(DATASET.LABEL, provisional.label())
                .set(DATASET.SOURCE, provisional.source())
                .set(DATASET.VERSION, provisional.version())
                .set(DATASET.IMPORTED_AT, provisional.importedAt().atOffset(ZoneOffset.UTC))
                .set(DATASET.ROWS_READ, 0)
                .set(DATASET.ROWS_STORED, 0)
                .set(DATASET.ROWS_REJECTED, 0)
                .set(DATASET.SHA256, provisional.sha256())
                .execute();
        commit();
        written.put(key, new TableCounts());
        rowsAtOpen.clear();
        writers.values().forEach(w -> rowsAtOpen.put(w, w.rows()));
        openId = id;
    }

    @Override
    public void add(Object record) {
        if (openId == null) {
            throw new IllegalStateException("add() outside openDataset()/closeDataset()");
        }
        try {
            writers.computeIfAbsent(record.getClass(), this::writer).add(record, openId);
        } catch (SQLException e) {
            throw new StoreException(ImportWords.say("cache.write", e.getMessage()), e);
        }
        rememberKey(record);
        rowsWritten++;
    }

    @Override
    public void closeDataset(DatasetInfo complete) {
        flushAll();
        TableCounts rows = written.get(complete.key());
        for (RecordWriter writer : writers.values()) {
            long added = writer.rows() - rowsAtOpen.getOrDefault(writer, 0L);
            rows.add(writer.table().getName(), complete.key(), added);
            writtenCounts.add(writer.table().getName(), complete.key(), added);
            if (added > 0) {
                touched.add(writer.table().getName());
            }
            // Between two files: a table updated in place whose rows from this run have grown past a third of what it
            // held gets its indexes dropped now and rebuilt at the end (DeferredIndexes.deferWhenItPays).
            indexes.deferWhenItPays(writer.table().getName(), writtenCounts.of(writer.table().getName()).values().stream()
                    .mapToLong(Long::longValue).sum());
        }
        tx.update(DATASET)
                .set(DATASET.ROWS_READ, complete.rowsRead())
                .set(DATASET.ROWS_STORED, complete.rowsStored())
                .set(DATASET.ROWS_REJECTED, complete.rowsRejected())
                .where(DATASET.DATASET_ID.eq(openId))
                .execute();
        commit();
        openId = null;
    }

    /**
     * The codes of the new state: those written by this run (kept in memory as they were written) and those of the
     * datasets kept from the cache (read once).
     */
    @Override
    public Set<String> keys(KeySet set) {
        flushAll();
        Set<String> keys = new HashSet<>(keysWritten.getOrDefault(set, Set.of()));
        List<Integer> mine = ids.ids(written.keySet());
        if (!keptRowsIn(switch (set) {
            case ROME4_CODES -> ROME_OCCUPATION;
            case ROME4_ITEMS -> ROME_ITEM;
            case ROME4_GRAND_DOMAINS -> ROME_GRAND_DOMAIN;
            case ROME4_PROFESSIONAL_DOMAINS -> ROME_PROFESSIONAL_DOMAIN;
        })) {
            return keys;
        }
        String v4 = Referential.V4.key();
        keys.addAll(switch (set) {
            case ROME4_CODES -> tx.select(ROME_OCCUPATION.CODE).from(ROME_OCCUPATION)
                    .where(ROME_OCCUPATION.REFERENTIAL.eq(v4)).and(ROME_OCCUPATION.DATASET_ID.notIn(mine))
                    .fetch(ROME_OCCUPATION.CODE);
            case ROME4_ITEMS -> tx.selectDistinct(ROME_ITEM.OGR).from(ROME_ITEM)
                    .where(ROME_ITEM.REFERENTIAL.eq(v4)).and(ROME_ITEM.DATASET_ID.notIn(mine)).fetch(ROME_ITEM.OGR);
            case ROME4_GRAND_DOMAINS -> tx.select(ROME_GRAND_DOMAIN.CODE).from(ROME_GRAND_DOMAIN)
                    .where(ROME_GRAND_DOMAIN.DATASET_ID.notIn(mine)).fetch(ROME_GRAND_DOMAIN.CODE);
            case ROME4_PROFESSIONAL_DOMAINS -> tx.select(ROME_PROFESSIONAL_DOMAIN.CODE).from(ROME_PROFESSIONAL_DOMAIN)
                    .where(ROME_PROFESSIONAL_DOMAIN.DATASET_ID.notIn(mine)).fetch(ROME_PROFESSIONAL_DOMAIN.CODE);
        });
        return keys;
    }

    /** True when a dataset kept from the cache has rows in the table (else only this run's rows are there). */
    private boolean keptRowsIn(Table<?> table) {
        for (String dataset : base.keySet()) {
            if (!dropped.contains(dataset) && !written.containsKey(dataset) && baseCounts.get(table.getName(), dataset) > 0) {
                return true;
            }
        }
        return false;
    }

    private void rememberKey(Object record) {
        if (record instanceof Occupation o && o.referential() == Referential.V4) {
            keysWritten.computeIfAbsent(KeySet.ROME4_CODES, k -> new HashSet<>()).add(o.code().value());
        } else if (record instanceof RomeItem i && i.referential() == Referential.V4) {
            keysWritten.computeIfAbsent(KeySet.ROME4_ITEMS, k -> new HashSet<>()).add(i.ogr());
        } else if (record instanceof GrandDomain g) {
            keysWritten.computeIfAbsent(KeySet.ROME4_GRAND_DOMAINS, k -> new HashSet<>()).add(g.code());
        } else if (record instanceof ProfessionalDomain p) {
            keysWritten.computeIfAbsent(KeySet.ROME4_PROFESSIONAL_DOMAINS, k -> new HashSet<>()).add(p.code());
        }
    }

    long rowsWritten() {
        return rowsWritten;
    }

    /** Datasets written by this run, with their rows per table as the writers counted them. */
    Map<String, TableCounts> written() {
        return written;
    }

    TableCounts writtenCounts() {
        return writtenCounts;
    }

    Set<String> touchedTables() {
        return touched;
    }

    Set<String> dropped() {
        return dropped;
    }

    /** Tables where rows of some datasets were deleted and rows of others kept (by row-id ranges). */
    Set<String> partlyDeleted() {
        return partlyDeleted;
    }

    /** The datasets' ids as this run left them (the base's, minus those dropped, plus those written). */
    DatasetIds ids() {
        return ids;
    }

    Map<String, DatasetInfo> base() {
        return base;
    }

    TableCounts baseCounts() {
        return baseCounts;
    }

    DSLContext dsl() {
        return tx;
    }

    /** Commits what was written: the staging database is private, so a commit publishes nothing. */
    void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(ImportWords.say("cache.write", e.getMessage()), e);
        }
    }

    DeferredIndexes indexes() {
        return indexes;
    }

    /** Gives the tables filled from empty their indexes back (see DeferredIndexes); before validation. */
    void restoreIndexes() {
        flushAll();
        indexes.restore();
        commit();
    }

    /** Sends every pending row and waits until the insert thread has written them all: the connection is free. */
    void flushAll() {
        try {
            for (RecordWriter writer : writers.values()) {
                writer.flush();
            }
            inserts.drain();
        } catch (SQLException e) {
            throw new StoreException(ImportWords.say("cache.write", e.getMessage()), e);
        }
    }

    private RecordWriter writer(Class<?> type) {
        try {
            inserts.drain();
            indexes.deferIfSmall(RecordTables.tableOf(type).getName());
            commit();
            return new RecordWriter(type, connection, inserts);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the insert for " + type.getSimpleName(), e);
        }
    }

    /** Stops the insert thread (what it still holds is written or, after a failure, dropped); never throws. */
    void stopWriting() {
        inserts.close();
    }

    @Override
    public void close() throws SQLException {
        inserts.close();
        for (RecordWriter writer : writers.values()) {
            writer.close();
        }
    }
}
