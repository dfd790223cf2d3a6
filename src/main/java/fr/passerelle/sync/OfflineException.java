package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;

/** The central side cannot be reached (no network, server down, cut): a normal state, retried later. */
public final class OfflineException extends SyncException {
    public OfflineException(String message, Throwable cause) {
        super(message, cause);
    }

    public OfflineException(Message message, Throwable cause) {
        super(message, cause);
    }
}
