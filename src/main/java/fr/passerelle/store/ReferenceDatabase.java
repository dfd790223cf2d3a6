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
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path file;

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
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
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

    @Override
    public void close() {
        // H2 closes the database when the last connection goes (DB_CLOSE_DELAY is 0).
        pool.dispose();
    }
}
