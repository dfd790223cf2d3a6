package fr.passerelle.store;

import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportTarget;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Runs an import in a single H2 transaction on one connection. Commit at the end makes every replaced dataset
 * visible at once; any exception rolls everything back, so a failed import leaves the cache as it was.
 */
public final class ImportTransaction implements ImportTarget {
    /** Past this many rows, the file is compacted when the cache closes (see ReferenceDatabase.compactOnClose). */
    static final long COMPACT_AFTER_ROWS = 50_000;

    private final ReferenceDatabase database;

    public ImportTransaction(ReferenceDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T atomically(Work<T> work) throws ImportException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (SqlImportSink sink = new SqlImportSink(connection, DSL.using(connection, SQLDialect.H2))) {
                T result = work.run(sink);
                sink.flushAll();
                connection.commit();
                if (sink.rowsWritten() >= COMPACT_AFTER_ROWS) {
                    database.compactOnClose();
                }
                return result;
            } catch (ImportException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction d'import impossible : " + e.getMessage(), e);
        }
    }
}
