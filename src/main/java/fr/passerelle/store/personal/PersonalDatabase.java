package fr.passerelle.store.personal;

import fr.passerelle.personal.DataKey;
import fr.passerelle.store.H2Urls;
import fr.passerelle.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            throw new StoreException("dossier des données personnelles impossible à créer (" + folder + ") : "
                    + e.getClass().getSimpleName(), e);
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
            throw new StoreException("données personnelles verrouillées");
        }
        return ctx;
    }

    /**
     * Rewrites the file with only its live pages ({@code SHUTDOWN COMPACT}), so that erased or purged rows are gone
     * from the raw file too, then opens it again.
     */
    void compact() {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw failure("compactage", e);
        }
        connect();
    }

    private void connect() {
        try {
            connection = source().getConnection();
            ctx = DSL.using(connection, SQLDialect.H2);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90049 || e.getErrorCode() == 28000) {
                throw new StoreException("la base des données personnelles ne s'ouvre pas avec cette clé (fichier " + file(folder)
                        + " remplacé ou abîmé ?) ; rien n'a été modifié", null);
            }
            throw failure("ouverture", e);
        }
    }

    /** A data source given the password as characters (no String of the key is made). */
    private JdbcDataSource source() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(H2Urls.encrypted(folder.resolve(NAME)));
        source.setUser("sa");
        source.setPasswordChars(password);
        return source;
    }

    private static void migrate(JdbcDataSource source) {
        try {
            Flyway.configure().dataSource(source).locations("classpath:" + LOCATION)
                    .load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("schéma des données personnelles impossible à mettre à jour : "
                    + e.getClass().getSimpleName(), null);
        }
    }

    /** A French message with H2's error code only: H2's own text may quote a name or a note. */
    static StoreException failure(String what, SQLException e) {
        return new StoreException("données personnelles : " + what + " impossible (erreur H2 " + e.getErrorCode() + ", état "
                + e.getSQLState() + ")", null);
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
