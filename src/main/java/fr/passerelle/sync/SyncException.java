package fr.passerelle.sync;

/** A sync that cannot go on, with a French message saying what and where; the cache is never changed by it. */
public class SyncException extends Exception {
    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
