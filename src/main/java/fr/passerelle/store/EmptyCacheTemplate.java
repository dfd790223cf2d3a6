package fr.passerelle.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The empty cache database at this build's schema, made once at build time (the pom runs {@link #main} at
 * {@code process-classes}) and shipped in the jar as {@code db/empty-reference.mv.db}: the first open of a data folder
 * copies it instead of running Flyway (0.7 to 1 s of a first command, measured). Without it (a build that skipped that
 * step) the first open runs Flyway, as before.
 */
public final class EmptyCacheTemplate {
    static final String RESOURCE = "/db/empty-reference.mv.db";

    private EmptyCacheTemplate() {
    }

    /** Writes the migrated empty database to {@code args[0]} (a .mv.db file). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path dir = Files.createTempDirectory("passerelle-template");
        try {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(H2Urls.writable(CacheFolder.databaseBase(dir)));
            source.setUser("sa");
            source.setPassword("");
            Flyway.configure().dataSource(source).locations("classpath:" + SchemaVersion.LOCATION).load().migrate();
            Files.createDirectories(target.getParent());
            Files.copy(CacheFolder.databaseFile(dir), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            CacheFolder.deleteTree(dir);
        }
    }

    /** Copies the shipped template to {@code target}; false when this build carries none. */
    static boolean copyShipped(Path target) {
        try (InputStream in = EmptyCacheTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            CacheFolder.forceFile(tmp);
            CacheFolder.moveAtomically(tmp, target);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
