package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.ROME_GRAND_DOMAIN;
import static fr.passerelle.store.db.Tables.ROME_ITEM;
import static fr.passerelle.store.db.Tables.ROME_OCCUPATION;
import static fr.passerelle.store.db.Tables.ROME_PROFESSIONAL_DOMAIN;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.Referential;
import fr.passerelle.importer.ImportSink;
import fr.passerelle.importer.KeySet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Table;

/** The store's side of an import: replaces datasets and batches rows, all on the transaction's connection. */
final class SqlImportSink implements ImportSink, AutoCloseable {
    private final Connection connection;
    private final DSLContext tx;
    private final Map<Class<?>, RecordWriter> writers = new HashMap<>();
    private String openKey;
    private long rowsWritten;

    SqlImportSink(Connection connection, DSLContext tx) {
        this.connection = connection;
        this.tx = tx;
    }

    @Override
    public void openDataset(DatasetInfo provisional) {
        flushAll();
        writers.values().forEach(RecordWriter::forgetKeys);
        String key = provisional.key();
        // Delete the previous version's rows table by table (faster than one cascading delete), then the dataset.
        for (Table<?> table : RecordTables.dataTables()) {
            tx.deleteFrom(table).where(table.field("DATASET_KEY", String.class).eq(key)).execute();
        }
        tx.deleteFrom(DATASET).where(DATASET.DATASET_KEY.eq(key)).execute();
        tx.insertInto(DATASET)
                .set(DATASET.DATASET_KEY, key)
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
        openKey = key;
    }

    @Override
    public void add(Object record) {
        if (openKey == null) {
            throw new IllegalStateException("add() outside openDataset()/closeDataset()");
        }
        try {
            writers.computeIfAbsent(record.getClass(), this::writer).add(record, openKey);
            rowsWritten++;
        } catch (SQLException e) {
            throw new StoreException("écriture impossible dans le cache : " + e.getMessage(), e);
        }
    }

    @Override
    public void closeDataset(DatasetInfo complete) {
        flushAll();
        tx.update(DATASET)
                .set(DATASET.ROWS_READ, complete.rowsRead())
                .set(DATASET.ROWS_STORED, complete.rowsStored())
                .set(DATASET.ROWS_REJECTED, complete.rowsRejected())
                .where(DATASET.DATASET_KEY.eq(complete.key()))
                .execute();
        openKey = null;
    }

    @Override
    public Set<String> keys(KeySet set) {
        flushAll();
        String v4 = Referential.V4.key();
        return new HashSet<>(switch (set) {
            case ROME4_CODES -> tx.select(ROME_OCCUPATION.CODE).from(ROME_OCCUPATION)
                    .where(ROME_OCCUPATION.REFERENTIAL.eq(v4)).fetch(ROME_OCCUPATION.CODE);
            case ROME4_ITEMS -> tx.selectDistinct(ROME_ITEM.OGR).from(ROME_ITEM)
                    .where(ROME_ITEM.REFERENTIAL.eq(v4)).fetch(ROME_ITEM.OGR);
            case ROME4_GRAND_DOMAINS -> tx.select(ROME_GRAND_DOMAIN.CODE).from(ROME_GRAND_DOMAIN).fetch(ROME_GRAND_DOMAIN.CODE);
            case ROME4_PROFESSIONAL_DOMAINS -> tx.select(ROME_PROFESSIONAL_DOMAIN.CODE).from(ROME_PROFESSIONAL_DOMAIN)
                    .fetch(ROME_PROFESSIONAL_DOMAIN.CODE);
        });
    }

    long rowsWritten() {
        return rowsWritten;
    }

    void flushAll() {
        try {
            for (RecordWriter writer : writers.values()) {
                writer.flush();
            }
        } catch (SQLException e) {
            throw new StoreException("écriture impossible dans le cache : " + e.getMessage(), e);
        }
    }

    private RecordWriter writer(Class<?> type) {
        try {
            return new RecordWriter(type, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the insert for " + type.getSimpleName(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (RecordWriter writer : writers.values()) {
            writer.close();
        }
    }
}
