package fr.passerelle.ui.common;

import fr.passerelle.core.ProgressListener;
import java.util.function.Consumer;

/**
 * Runs long work off the JavaFX thread and brings its result back on it. View models receive one by constructor;
 * tests give them {@link #synchronous()} so that they run without a toolkit.
 */
public interface TaskRunner {

    /** Work that reports progress and may be cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }

    /** A handle on running work. */
    interface Handle {
        void cancel();
    }

    /**
     * @param title      shown in the status bar with the progress and a cancel button while the work runs; null for
     *                   quick work that should not flash there (a what-if recompute)
     * @param onProgress called on the UI thread with (done / total) between 0 and 1, or -1 when unknown
     * @param onSuccess  called on the UI thread with the result
     * @param onFailure  called on the UI thread with the failure (a {@code CancelledException} when cancelled)
     */
    <T> Handle run(String title, Work<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                   Consumer<Throwable> onFailure);

    /** Same without progress. */
    default <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(title, work, p -> { }, onSuccess, onFailure);
    }

    /** Runs everything at once on the caller's thread: for view-model tests. */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> Handle run(String title, Work<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.run((step, done, total) -> onProgress.accept(total > 0 ? (double) done / total : -1));
                } catch (Exception e) {
                    onFailure.accept(e);
                    return () -> { };
                }
                onSuccess.accept(result);
                return () -> { };
            }
        };
    }
}
