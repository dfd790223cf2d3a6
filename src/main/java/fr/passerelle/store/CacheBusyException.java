package fr.passerelle.store;

/**
 * Another process (a window or a command on the same data folder) is writing the cache: an import, the first
 * seeding of the samples or a schema upgrade. Nothing was changed; trying again once it is done will work.
 */
public final class CacheBusyException extends StoreException {
    private static final long serialVersionUID = 1L;

    public CacheBusyException(String message) {
        super(message);
    }

    public CacheBusyException(fr.passerelle.engine.words.Message message) {
        super(message);
    }
}
