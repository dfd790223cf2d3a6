package fr.passerelle.engine.index.persist;

/**
 * A persisted index file that cannot be trusted: missing, truncated, damaged, written for another generation or by
 * another format version. The caller builds the index again from the cache; the message says why, in French.
 */
public final class IndexFileException extends Exception {
    public IndexFileException(String message) {
        super(message);
    }

    public IndexFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
