package fr.passerelle.app;

import fr.passerelle.store.ReferenceDatabase;

/**
 * A lease on one published state of the reference cache: what a reader (an index build, a status query) sees, and
 * the id of that state. The id changes with every import that commits, so whatever is built from a snapshot can be
 * keyed by it and thrown away when the cache has moved on. Close the lease when done: the workstation may retire the
 * state's database only once no lease on it is open.
 */
public final class CacheSnapshot implements AutoCloseable {
    private final String version;
    private final ReferenceDatabase database;
    private final Runnable release;

    CacheSnapshot(String version, ReferenceDatabase database, Runnable release) {
        this.version = version;
        this.database = database;
        this.release = release;
    }

    /** The id of this published state (opaque; equal ids mean equal data). */
    public String version() {
        return version;
    }

    public ReferenceDatabase database() {
        return database;
    }

    @Override
    public void close() {
        release.run();
    }
}
