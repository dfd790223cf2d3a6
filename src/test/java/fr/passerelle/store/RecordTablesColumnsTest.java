package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every record type of RecordTables finds a column for each of its components in its table. */
class RecordTablesColumnsTest {

    @Test
    void everyRecordComponentHasItsColumn(@TempDir Path dir) throws Exception {
        try (ReferenceCache db = ReferenceCache.open(dir); Connection connection = db.database().dataSource().getConnection()) {
            for (Class<?> type : RecordTables.recordTypes()) {
                assertDoesNotThrow(() -> new RecordWriter(type, connection, null).close(), type.getSimpleName());
            }
            assertTrue(RecordTables.recordTypes().contains(fr.passerelle.domain.training.TrainingSession.class));
        }
    }

    @Test
    void everyDataTableBelongsToADataset() {
        for (org.jooq.Table<?> table : RecordTables.dataTables()) {
            assertTrue(table.field("DATASET_ID") != null, table.getName() + " has no DATASET_ID");
        }
    }
}
