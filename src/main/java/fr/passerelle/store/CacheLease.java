package fr.passerelle.store;

/**
 * A lease on one published generation: its database stays open and unchanged until {@link #close()}, whatever
 * imports publish meanwhile. Index builds take one, build from it, and key what they built by {@link #generation()}.
 */
public final class CacheLease implements AutoCloseable {
    private final Generation generation;
    private final Runnable onRelease;
    private boolean released;

    CacheLease(Generation generation, Runnable onRelease) {
        this.generation = generation;
        this.onRelease = onRelease;
    }

    public ReferenceDatabase database() {
        return generation.database();
    }

    /** The generation's id ("g000042"). */
    public String generation() {
        return generation.id();
    }

    @Override
    public synchronized void close() {
        if (!released) {
            released = true;
            onRelease.run();
        }
    }
}
