package fr.passerelle.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Schema versions of the reference cache. Readers open published generations read-only and cannot migrate them, so
 * they compare the generation's Flyway version with the newest script this build carries (listed from the class
 * path, without Flyway: a reader's start stays light); an older generation is upgraded by publishing a migrated copy.
 */
final class SchemaVersion {
    static final String LOCATION = "db/reference";
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__[^/]*\\.(?:sql|class)");
    private static volatile Integer latest;

    private SchemaVersion() {
    }

    /** The highest V number among the migration scripts of this build. */
    static int latest() {
        Integer known = latest;
        if (known == null) {
            known = scan();
            latest = known;
        }
        return known;
    }

    /** The highest successfully applied Flyway version of a database, 0 for a database Flyway never touched. */
    static int of(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet exists = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            exists.next();
            if (exists.getInt(1) == 0) {
                return 0;
            }
        }
        int max = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                Matcher m = Pattern.compile("(\\d+).*").matcher(rs.getString(1));
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        }
        return max;
    }

    private static int scan() {
        URL url = SchemaVersion.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException("migration scripts missing from the build: " + LOCATION);
        }
        int max = 0;
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.startsWith(LOCATION + "/")) {
                            max = Math.max(max, version(name.substring(LOCATION.length() + 1)));
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path file : files.toList()) {
                        max = Math.max(max, version(file.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (max == 0) {
            throw new IllegalStateException("no migration script found in " + url);
        }
        return max;
    }

    private static int version(String fileName) {
        Matcher m = SCRIPT.matcher(fileName);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
