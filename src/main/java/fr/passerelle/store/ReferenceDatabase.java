package fr.passerelle.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The national reference cache: one H2 file under the home folder, migrated by Flyway on every open
 * (the scripts in db/reference are the only schema source; jOOQ's classes are generated from them).
 */
public final class ReferenceDatabase implements AutoCloseable {
    /**
     * H2's page cache in KB. The default (16 MB) makes a national import evict and rewrite pages all the time; 128 MB
     * keeps the working set of a million-row import in memory (measured in the README's benchmark section).
     */
    static final int CACHE_KB = Integer.getInteger("passerelle.h2.cacheKb", 131_072);

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path file;
    private volatile boolean compactOnClose;

    private ReferenceDatabase(Path file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating if needed) the cache in {@code folder}, then brings its schema up to date. */
    public static ReferenceDatabase open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        Path file = folder.resolve("reference").toAbsolutePath();
        // MVCC gives readers the last committed state while an import transaction runs.
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB + System.getProperty("passerelle.h2.extra", ""), "sa", "");
        pool.setMaxConnections(8);
        Flyway.configure().dataSource(pool).locations("classpath:db/reference").load().migrate();
        return new ReferenceDatabase(file, pool);
    }

    javax.sql.DataSource dataSource() {
        return pool;
    }

    DSLContext dsl() {
        return dsl;
    }

    /** The database file on disk (for status: its size). */
    public Path file() {
        return file.resolveSibling(file.getFileName() + ".mv.db");
    }

    /**
     * Asks for a compaction when the cache is closed. H2 keeps the pages of a long import transaction on disk until
     * the file is compacted: measured on 100,000 generated companies, the file held 700 MB after the import and
     * 33 MB after SHUTDOWN COMPACT (2.4 s).
     */
    void compactOnClose() {
        compactOnClose = true;
    }

    @Override
    public void close() {
        if (compactOnClose) {
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (java.sql.SQLException e) {
                // 90121: the database closed itself as asked while the pool's connection was still returning.
                if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                    throw new StoreException("compaction du cache impossible : " + e.getMessage(), e);
                }
            }
        }
        // Otherwise H2 closes the database when the last connection goes (DB_CLOSE_DELAY is 0).
        pool.dispose();
    }
}
