package fr.passerelle.store.personal;

import fr.passerelle.personal.DataKey;
import fr.passerelle.store.H2Urls;
import fr.passerelle.personal.PersonalFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.jdbcx.JdbcDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The encrypted H2 file {@code personal/personal.mv.db}: opened with the data key (never the passphrase), migrated by
 * Flyway from {@code db/personal}, held by one connection for as long as it is unlocked, under {@link PersonalLock}.
 * Error messages carry an H2 error code, never a value: H2 quotes the offending value in some of its messages.
 */
final class PersonalDatabase implements AutoCloseable {
    static final String NAME = "personal";
    static final String LOCATION = "db/personal";

    private final Path folder;
    private final PersonalLock lock;
    private final char[] password;
    private Connection connection;
    private DSLContext ctx;

    private PersonalDatabase(Path folder, PersonalLock lock, char[] password) {
        this.folder = folder;
        this.lock = lock;
        this.password = password;
    }

    static PersonalDatabase open(Path folder, DataKey key) {
        H2Urls.requireSafe(folder);
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new PersonalStoreException(PersonalFailure.message("personal.folder.unwritable", folder,
                    e.getClass().getSimpleName()), e);
        }
        PersonalLock lock = PersonalLock.acquire(folder.resolve("open.lock"));
        char[] hex = key.hex();
        // H2 with CIPHER: "<file password> <user password>"; both are the random key, as hex.
        char[] password = new char[hex.length * 2 + 1];
        System.arraycopy(hex, 0, password, 0, hex.length);
        password[hex.length] = ' ';
        System.arraycopy(hex, 0, password, hex.length + 1, hex.length);
        Arrays.fill(hex, '\0');
        PersonalDatabase db = new PersonalDatabase(folder, lock, password);
        try {
            db.connect();
            migrate(db.source());
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The H2 file (for the stolen-disk and erasure tests, and the status line). */
    static Path file(Path folder) {
        return folder.resolve(NAME + ".mv.db");
    }

    DSLContext ctx() {
        if (ctx == null) {
            throw PersonalStoreException.of("personal.database.locked");
        }
        return ctx;
    }

    /**
     * Rewrites the database into a fresh file holding only the live rows, then puts it in place of the old one, so
     * that erased and purged rows are gone from the raw file. H2's {@code SHUTDOWN COMPACT} passes the same erasure
     * test, but it rewrites through a temporary file H2 manages itself; copying through the encrypted URL keeps every
     * byte written encrypted, and the result holds nothing but live rows. A crash before the final move leaves the old
     * file whole (the leftover copy is deleted at the next compaction); the move replaces it at once.
     */
    void compact() {
        Path freshBase = folder.resolve(NAME + "-compact");
        Path freshFile = file(folder).resolveSibling(NAME + "-compact.mv.db");
        try {
            Files.deleteIfExists(freshFile);
            JdbcDataSource fresh = source(freshBase);
            migrate(fresh);
            try (Connection target = fresh.getConnection()) {
                PersonalCopy.copy(ctx(), DSL.using(target, SQLDialect.H2));
                try (Statement s = target.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN");
            }
            connection = null;
            ctx = null;
            Files.move(freshFile, file(folder), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            throw failure("compact", e);
        } catch (java.io.IOException e) {
            throw PersonalStoreException.of("personal.database.compactIo", e.getClass().getSimpleName());
        } finally {
            if (connection == null) {
                connect();
            }
        }
    }

    private void connect() {
        try {
            connection = source().getConnection();
            // A commit is on disk before the call returns (H2 otherwise flushes up to 500 ms later): a change and its
            // outbox item reported saved survive a kill of the process (sync.md, "Outbox").
            try (Statement s = connection.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
            }
            ctx = DSL.using(connection, SQLDialect.H2);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90049 || e.getErrorCode() == 28000) {
                throw PersonalStoreException.of("personal.database.wrongKey", file(folder));
            }
            throw failure("open", e);
        }
    }

    /** A data source given the password as characters (no String of the key is made). */
    private JdbcDataSource source() {
        return source(folder.resolve(NAME));
    }

    private JdbcDataSource source(Path base) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(H2Urls.encrypted(base));
        source.setUser("sa");
        source.setPasswordChars(password);
        return source;
    }

    private static void migrate(JdbcDataSource source) {
        try {
            Flyway.configure().dataSource(source).locations("classpath:" + LOCATION)
                    .load().migrate();
        } catch (FlywayException e) {
            throw PersonalStoreException.of("personal.database.schema", e.getClass().getSimpleName());
        }
    }

    /**
     * A failure with H2's error code only: H2's own text may quote a name or a note. {@code what} is an action of the
     * bundle ({@code personal.action.read}...).
     */
    static PersonalStoreException failure(String what, SQLException e) {
        return PersonalStoreException.of("personal.database.failure", PersonalStoreException.action(what), e.getErrorCode(),
                e.getSQLState());
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing: the file is consistent after every commit
        } finally {
            connection = null;
            ctx = null;
            Arrays.fill(password, '\0');
            lock.close();
        }
    }
}
