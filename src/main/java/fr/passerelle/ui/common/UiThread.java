package fr.passerelle.ui.common;

/**
 * Hands work over to the UI thread: {@code Platform::runLater} in the window, immediate in view-model tests (which
 * run without a toolkit).
 */
@FunctionalInterface
public interface UiThread {
    void run(Runnable action);

    /** For tests: runs at once on the caller's thread. */
    static UiThread immediate() {
        return Runnable::run;
    }
}
