package fr.passerelle.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One published generation opened read-only by this process, with a count of the leases on it. H2 holds a shared OS
 * lock on the file while it is open: other processes read it too, and a cleaner knows from a refused exclusive lock
 * that someone still does. A generation replaced by a newer one is retired, and closed when its last lease goes.
 */
final class Generation {
    /** Database files this JVM holds open: the cleaner must not even open them (see {@link CacheCleaner}). */
    private static final Map<Path, Integer> OPEN_IN_THIS_JVM = new HashMap<>();

    private final String id;
    private final Path file;
    private final JdbcConnectionPool pool;
    private final ReferenceDatabase database;
    private final int schemaVersion;
    private int leases;
    private boolean retired;
    private boolean closed;

    private Generation(String id, Path file, JdbcConnectionPool pool, int schemaVersion) {
        this.id = id;
        this.file = file;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.database = new ReferenceDatabase(pool, () -> file, () -> id);
    }

    /** Opens a generation folder's database read-only; fails if the file is missing (never creates one). */
    static Generation open(String id, Path dir) {
        Path file = CacheFolder.databaseFile(dir).toAbsolutePath();
        JdbcConnectionPool pool = JdbcConnectionPool.create(H2Urls.readOnly(CacheFolder.databaseBase(dir)) + ";IFEXISTS=TRUE", "sa", "");
        pool.setMaxConnections(8);
        try (Connection connection = pool.getConnection()) {
            int version = SchemaVersion.of(connection);
            register(file);
            return new Generation(id, file, pool, version);
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("lecture impossible du cache " + file + " : " + e.getMessage(), e);
        }
    }

    String id() {
        return id;
    }

    Path file() {
        return file;
    }

    int schemaVersion() {
        return schemaVersion;
    }

    ReferenceDatabase database() {
        return database;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    synchronized void acquire() {
        if (closed) {
            throw new IllegalStateException("generation " + id + " is closed");
        }
        leases++;
    }

    /** Gives a lease back; true when that closed the generation (retired and no lease left). */
    synchronized boolean release() {
        leases--;
        return closeIfUnused();
    }

    /** A newer generation is published: this one closes as soon as nobody holds a lease on it. */
    synchronized boolean retire() {
        retired = true;
        return closeIfUnused();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Closes whatever the leases: the cache itself is closing. */
    synchronized void close() {
        if (!closed) {
            closed = true;
            // Connections in use finish their query; H2 closes the read-only database with the last one.
            pool.dispose();
            unregister(file);
        }
    }

    private boolean closeIfUnused() {
        if (retired && leases <= 0 && !closed) {
            close();
            return true;
        }
        return false;
    }

    static boolean isOpenInThisJvm(Path file) {
        synchronized (OPEN_IN_THIS_JVM) {
            return OPEN_IN_THIS_JVM.containsKey(file.toAbsolutePath());
        }
    }

    private static void register(Path file) {
        synchronized (OPEN_IN_THIS_JVM) {
            OPEN_IN_THIS_JVM.merge(file, 1, Integer::sum);
        }
    }

    private static void unregister(Path file) {
        synchronized (OPEN_IN_THIS_JVM) {
            OPEN_IN_THIS_JVM.computeIfPresent(file, (k, n) -> n > 1 ? n - 1 : null);
        }
    }
}
