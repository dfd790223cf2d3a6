package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.store.db.tables.records.DatasetRecord;
import java.util.List;
import org.jooq.DSLContext;

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

    private static DatasetInfo toInfo(DatasetRecord r) {
        return new DatasetInfo(r.getKind(), r.getScope(), r.getLabel(), r.getSource(), r.getVersion(),
                r.getImportedAt().toInstant(), r.getRowsRead(), r.getRowsStored(), r.getRowsRejected(), r.getSha256());
    }
}
