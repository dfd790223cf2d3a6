package fr.passerelle.store;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.importer.ImportWords;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every JDBC URL Passerelle gives H2, built here from fixed settings and a file path checked first. H2 reads
 * everything after the first {@code ;} of a URL as settings ({@code INIT=RUNSCRIPT FROM ...} runs a script), so a
 * path holding {@code ;} (from {@code --home} or {@code PASSERELLE_HOME}) is refused, never pasted in. Embedded
 * databases only: no {@code AUTO_SERVER}, no TCP server, no web console; no {@code .trace.db} file is written.
 */
public final class H2Urls {
    /**
     * H2's page cache of the writable staging database, in KB. The default (16 MB) makes a national import evict and
     * rewrite pages all the time; 128 MB keeps the working set of a million-row import in memory.
     */
    static final int STAGING_CACHE_KB = 131_072;
    /** Readers stream tables once (index builds) or ask small questions (status): a small page cache is enough. */
    static final int READER_CACHE_KB = 16_384;

    private static final String COMMON = ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";

    private H2Urls() {
    }

    /** A published generation: read-only, so that any number of processes can read it while another imports. */
    static String readOnly(Path database) {
        return "jdbc:h2:file:" + checked(database) + ";ACCESS_MODE_DATA=r" + COMMON + ";CACHE_SIZE=" + READER_CACHE_KB;
    }

    /** A staging database, written by the one process that holds the cache's writer lock. */
    static String writable(Path database) {
        return "jdbc:h2:file:" + checked(database) + COMMON + ";CACHE_SIZE=" + STAGING_CACHE_KB;
    }

    /**
     * The personal database (issue 13): encrypted by H2 with AES ({@code CIPHER=AES}; the password is then "file
     * password, space, user password"), written by the one process that holds its lock. Same fixed settings.
     */
    public static String encrypted(Path database) {
        return "jdbc:h2:file:" + checked(database) + ";CIPHER=AES" + COMMON;
    }

    /**
     * Why a folder cannot hold an H2 database, in French, or empty when it can. A path with {@code ;} would be read
     * as settings; control characters have no business in a folder name and could hide one.
     */
    public static Optional<String> unsafeReason(Path folder) {
        return unsafeWhy(folder).map(MessageRenderer.french()::render);
    }

    /** The same reason as words, to say it in the reader's language. */
    public static Optional<Message> unsafeWhy(Path folder) {
        String text = folder.toAbsolutePath().toString();
        if (text.indexOf(';') >= 0) {
            return Optional.of(ImportWords.say("cache.path.semicolon", text));
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                return Optional.of(ImportWords.say("cache.path.control", (int) text.charAt(i)));
            }
        }
        return Optional.empty();
    }

    /** Refuses a path H2 could read as settings. */
    public static void requireSafe(Path folder) {
        Optional<Message> reason = unsafeWhy(folder);
        if (reason.isPresent()) {
            throw new UnsafeFolderException(reason.get());
        }
    }

    private static String checked(Path database) {
        requireSafe(database);
        return database.toAbsolutePath().toString();
    }

    /** A data folder whose path cannot be given to H2 safely: the user's input, so the CLI exits with 2. */
    public static final class UnsafeFolderException extends StoreException {
        private static final long serialVersionUID = 1L;

        UnsafeFolderException(Message message) {
            super(message);
        }
    }
}
