package fr.passerelle.core;

/**
 * How long work tells the outside world how far it got, and learns that it should stop.
 * The core knows nothing about progress bars: the CLI draws one on a terminal, the UI binds a JavaFX task to it.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (step, done, total) -> { };

    /**
     * @param step  what is being done, in words a counsellor understands ("ROME 4 – appellations")
     * @param done  units done so far (bytes, rows...)
     * @param total units in all, or -1 when unknown
     */
    void progress(String step, long done, long total);

    /** Polled by long work between units; when true the work stops with {@link CancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws when the user asked to stop; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
