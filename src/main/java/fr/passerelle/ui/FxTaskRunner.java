package fr.passerelle.ui;

import fr.passerelle.core.ProgressListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work in a javafx.concurrent.Task on a small daemon pool; progress and results come back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "passerelle-task");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                ProgressListener listener = new ProgressListener() {
                    @Override
                    public void progress(String step, long done, long total) {
                        updateMessage(step);
                        updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                };
                return work.run(listener);
            }

            private boolean isCancelledTask() {
                return super.isCancelled();
            }
        };
        task.progressProperty().addListener((obs, old, value) -> onProgress.accept(value.doubleValue()));
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.setOnCancelled(e -> onFailure.accept(new fr.passerelle.core.CancelledException()));
        executor.submit(task);
        return () -> task.cancel(true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
