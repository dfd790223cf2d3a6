package fr.passerelle.ui.common;

import fr.passerelle.core.CancelledException;
import fr.passerelle.core.ProgressListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work in a javafx.concurrent.Task on a small daemon pool; progress and results come back on the FX thread.
 * Titled work is listed in {@link BackgroundTasks} (the status bar) while it runs, with its step and a cancel action.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "passerelle-task");
        thread.setDaemon(true);
        return thread;
    });
    private final BackgroundTasks tasks;

    public FxTaskRunner(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public FxTaskRunner() {
        this(new BackgroundTasks());
    }

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
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
        BackgroundTask shown = title == null ? null : tasks.start(title, () -> task.cancel(true));
        task.progressProperty().addListener((obs, old, value) -> {
            onProgress.accept(value.doubleValue());
            if (shown != null) {
                shown.update(task.getMessage(), value.doubleValue());
            }
        });
        task.messageProperty().addListener((obs, old, value) -> {
            if (shown != null) {
                shown.update(value, task.getProgress());
            }
        });
        task.setOnSucceeded(e -> {
            end(shown);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            end(shown);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            end(shown);
            onFailure.accept(new CancelledException());
        });
        executor.submit(task);
        return () -> task.cancel(true);
    }

    private void end(BackgroundTask shown) {
        if (shown != null) {
            tasks.end(shown);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
