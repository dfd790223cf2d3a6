package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET_TABLE_ROWS;

import fr.passerelle.core.CrashPoints;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One new cache state under construction in {@code staging-gNNNNNN/}, private to the process holding the writer
 * lock: started as a byte copy of the published generation (or empty when the run keeps nothing of it), written,
 * validated, closed compacted and forced to disk, then renamed to {@code gNNNNNN/}. Publishing it is
 * {@link CacheFolder#publish}; abandoning it deletes the folder.
 */
final class StagingBuild {
    /** Growth of the file over the base (besides a fifth of it) past which the build is compacted when closed. */
    static final long COMPACT_ABOVE_GROWTH = 8L << 20;

    private final CacheFolder folder;
    private final String id;
    private final Path dir;
    private final Connection connection;
    private final long baseSize;
    private StagingSink sink;
    private boolean closed;

    private StagingBuild(CacheFolder folder, String id, Path dir, Connection connection, long baseSize) {
        this.folder = folder;
        this.id = id;
        this.dir = dir;
        this.connection = connection;
        this.baseSize = baseSize;
    }

    /**
     * Starts a build. {@code base} is the published generation to start from (null: none), {@code migrate} runs
     * Flyway on the staging database (a fresh one, or a copy of an older schema).
     */
    static StagingBuild start(CacheFolder folder, Path baseFile, boolean migrate) {
        String id = CacheFolder.id(folder.nextNumber());
        Path dir = folder.stagingDir(id);
        boolean fromTemplate = baseFile == null && (Files.isRegularFile(folder.emptyTemplate())
                || EmptyCacheTemplate.copyShipped(folder.emptyTemplate()));
        if (fromTemplate) {
            baseFile = folder.emptyTemplate();
            migrate = false;
        }
        try {
            Files.createDirectories(dir);
            if (baseFile != null) {
                // Note: on Linux, closing this copy's handle drops this JVM's shared lock on the base file; the base
                // stays readable (its H2 keeps its own handle) and cleaners only run under the writer lock we hold.
                Files.copy(baseFile, CacheFolder.databaseFile(dir));
            }
        } catch (IOException e) {
            CacheFolder.deleteTree(dir);
            StoreException translated = DiskErrors.translate(e, folder.root());
            throw translated != null ? translated : new StoreException(e.getMessage(), e);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(H2Urls.writable(CacheFolder.databaseBase(dir)));
        source.setUser("sa");
        source.setPassword("");
        try {
            if (migrate) {
                Flyway.configure().dataSource(source).locations("classpath:" + SchemaVersion.LOCATION).load().migrate();
                if (baseFile == null) {
                    saveTemplate(folder, dir);
                }
            }
            Connection connection = source.getConnection();
            if (fromTemplate && SchemaVersion.of(connection) != SchemaVersion.latest()) {
                // A template of another schema (a stale copy): migrate it like any older database.
                connection.close();
                Flyway.configure().dataSource(source).locations("classpath:" + SchemaVersion.LOCATION).load().migrate();
                connection = source.getConnection();
            }
            // Autocommit would commit every row of a batch; the sink commits each batch and each other statement.
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                // No foreign-key check per row (5 % of a ROME import): CacheValidator proves, before publishing, that
                // every row belongs to a dataset of the new state. Not persistent: readers never write anyway.
                st.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            CrashPoints.reach("staging.created");
            return new StagingBuild(folder, id, dir, connection, baseFile == null ? 0 : Files.size(baseFile));
        } catch (SQLException | IOException | RuntimeException e) {
            CacheFolder.deleteTree(dir);
            StoreException translated = DiskErrors.translate(e, folder.root());
            throw translated != null ? translated : new StoreException(ImportWords.say("cache.staging.open", e.getMessage()), e);
        }
    }

    /** Keeps the freshly migrated, still empty database as the template of the next fresh builds. */
    private static void saveTemplate(CacheFolder folder, Path dir) {
        Path tmp = folder.emptyTemplate().resolveSibling(folder.emptyTemplate().getFileName() + ".tmp");
        try {
            // Flyway closed its connection: with no connection left, H2 has closed the file.
            Files.copy(CacheFolder.databaseFile(dir), tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            CacheFolder.forceFile(tmp);
            CacheFolder.moveAtomically(tmp, folder.emptyTemplate());
        } catch (IOException e) {
            // Only an optimisation: the next fresh build runs Flyway again.
            CacheFolder.deleteTree(tmp);
        }
    }

    /** The sink writing into this build; {@code drop} are the base's datasets the run replaces or removes. */
    StagingSink sink(Map<String, DatasetInfo> base, Set<String> drop) {
        return sink(base, drop, DeferredIndexes.REBUILD_UP_TO);
    }

    /** The same, with the row count up to which a table's indexes are dropped at the start (tests lower it). */
    StagingSink sink(Map<String, DatasetInfo> base, Set<String> drop, long rebuildUpTo) {
        if (sink == null) {
            var dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false));
            TableCounts counts = new TableCounts();
            if (!base.isEmpty()) {
                dsl.selectFrom(DATASET_TABLE_ROWS).forEach(r -> counts.add(r.getTableName(), r.getDatasetKey(), r.getRowCount()));
            }
            sink = new StagingSink(connection, dsl, base, counts, rebuildUpTo);
            sink.drop(drop);
        }
        return sink;
    }

    String id() {
        return id;
    }

    /** Validates, closes the database compacted, forces it to disk and renames the folder to its generation name. */
    void finish() throws ImportException {
        if (sink != null) {
            CacheValidator.validate(sink);
            CrashPoints.reach("staging.validated");
        }
        try {
            if (sink != null) {
                sink.close();
            }
            try (Statement st = connection.createStatement()) {
                // Rows appended in batches leave pages half full: a build that wrote much is rewritten densely (the
                // file of 100 company files: 1.05 GB, 330 MB compacted), so that re-imports do not grow the cache.
                // A small update of a compact cache is closed as it is (compacting 300 MB would cost seconds).
                long size = fileSize(st);
                boolean compact = size > baseSize + baseSize / 5 + COMPACT_ABOVE_GROWTH;
                CrashPoints.reach("staging.closing " + size + (compact ? " compact" : " plain"));
                st.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            } catch (SQLException e) {
                if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                    throw e;
                }
            }
            closed = true;
            connection.close();
            CrashPoints.reach("staging.closed");
            CacheFolder.forceFile(CacheFolder.databaseFile(dir));
            CacheFolder.forceDirectory(dir);
            CrashPoints.reach("staging.synced");
            CacheFolder.moveAtomically(dir, folder.generationDir(id));
            CacheFolder.forceDirectory(folder.root());
            CrashPoints.reach("staging.renamed");
        } catch (SQLException | IOException e) {
            StoreException translated = DiskErrors.translate(e, folder.root());
            throw translated != null ? translated : new StoreException(ImportWords.say("cache.staging.close", e.getMessage()), e);
        }
    }

    /** The staging file's size as H2 sees it. */
    private static long fileSize(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_SIZE'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : Long.MAX_VALUE;
        }
    }

    /** Throws the build away: nothing of it was published. Never throws itself. */
    void abandon() {
        if (!closed) {
            closed = true;
            if (sink != null) {
                sink.stopWriting();
            }
            try (Statement st = connection.createStatement()) {
                // No rollback, no compaction: the file is deleted right after.
                st.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException | RuntimeException e) {
                // a database that failed to write may refuse even this; closing the connection is enough
            }
            try {
                connection.close();
            } catch (SQLException | RuntimeException e) {
                // already closed by the shutdown
            }
        }
        CacheFolder.deleteTree(dir);
        // Renamed but never published (a failure between the rename and CURRENT): not CURRENT, so nobody reads it.
        CacheFolder.deleteTree(folder.generationDir(id));
    }

    /** Keys of the base datasets that the run drops: replaced or removed, and present. */
    static Set<String> dropped(Map<String, DatasetInfo> base, Set<String> replaced, Set<String> removed) {
        Set<String> drop = new HashSet<>(replaced);
        drop.addAll(removed);
        drop.retainAll(base.keySet());
        return drop;
    }
}
