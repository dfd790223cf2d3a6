package fr.passerelle.ui.data;

import fr.passerelle.app.IndexService;
import fr.passerelle.core.CancelledException;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Sayable;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.ui.common.DialogService;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.common.UiThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data screen: where every figure comes from (dataset, version, age, rows, import date, source, sample or
 * official) and the import of official files (chosen, a folder, or dropped on the window), in the background with a
 * progress bar per file and cancel; all or nothing, as the command line; the indexes are rebuilt after it.
 */
public final class DataViewModel {
    private final CacheAccess cache;
    private final CacheStatus status;
    private final IndexService indexes;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final UiThread ui;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final ObservableList<FileProgress> files = FXCollections.observableArrayList();
    private TaskRunner.Handle running;

    public DataViewModel(CacheAccess cache, CacheStatus status, IndexService indexes, TaskRunner tasks, DialogService dialogs,
                         Messages messages) {
        this(cache, status, indexes, tasks, dialogs, messages, UiThread.immediate());
    }

    /** @param ui where the per-file progress is shown (the FX thread in the window) */
    public DataViewModel(CacheAccess cache, CacheStatus status, IndexService indexes, TaskRunner tasks, DialogService dialogs,
                         Messages messages, UiThread ui) {
        this.cache = cache;
        this.status = status;
        this.indexes = indexes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.ui = ui;
    }

    /** Asks for files and imports them. */
    public void chooseAndImport() {
        List<Path> chosen = dialogs.chooseFilesToImport(messages.get("data.import.title"));
        if (!chosen.isEmpty()) {
            importPaths(chosen);
        }
    }

    /** Asks for a folder and imports every official file in it. */
    public void chooseFolderAndImport() {
        dialogs.chooseFolder(messages.get("data.import.folder.title")).ifPresent(folder -> importPaths(List.of(folder)));
    }

    /** Imports files or folders in the background; the cache is unchanged when it fails or is cancelled. */
    public void importPaths(List<Path> paths) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        files.clear();
        message.set(messages.get("data.import.running"));
        running = tasks.run(messages.get("data.import.task"), progress -> {
            List<CacheAccess.PlannedFile> planned = cache.plan(paths);
            ui.run(() -> files.setAll(planned.stream().map(f -> new FileProgress(f.name(), f.format(), messages.get("data.file.waiting"))).toList()));
            ImportReport report = cache.importPaths(paths, new PerFile(progress));
            List<DatasetInfo> now = cache.datasets();
            return new Imported(report, now, status.describe(now));
        }, p -> { }, imported -> {
            importing.set(false);
            files.forEach(f -> finish(f, 1, "data.file.published"));
            status.show(imported.datasets(), imported.freshness());
            message.set(messages.get("data.import.done", messages.number(imported.report().datasets().size()),
                    messages.number(imported.report().skipped().size())));
            indexes.refresh();
        }, failure -> {
            importing.set(false);
            boolean cancelled = failure instanceof CancelledException;
            files.stream().filter(f -> f.progressProperty().get() < 1)
                    .forEach(f -> f.stateProperty().set(messages.get(cancelled ? "data.file.stopped" : "data.file.refused")));
            message.set(messages.get(cancelled ? "data.import.cancelled" : "data.import.failed", said(failure)));
        });
    }

    /** Why the import failed, in the window's language when the importer or the cache said it with words (file:line: what). */
    private String said(Throwable failure) {
        return failure instanceof Sayable said ? said.text(messages.reasons()) : String.valueOf(failure.getMessage());
    }

    private void finish(FileProgress f, double progress, String state) {
        f.progressProperty().set(progress);
        f.stateProperty().set(messages.get(state));
    }

    /**
     * Forwards the import's progress and hands each step (a format's name, in the plan's order) to its file's bar on
     * the UI thread, coalesced: at most one update waits there at a time, however fast the rows go.
     */
    private final class PerFile implements ProgressListener {
        private final ProgressListener inner;
        private final AtomicReference<long[]> latest = new AtomicReference<>();
        private final AtomicReference<String> latestStep = new AtomicReference<>();
        private final AtomicBoolean pending = new AtomicBoolean();

        PerFile(ProgressListener inner) {
            this.inner = inner;
        }

        @Override
        public void progress(String step, long done, long total) {
            inner.progress(step, done, total);
            latest.set(new long[] {done, total});
            latestStep.set(step);
            if (pending.compareAndSet(false, true)) {
                ui.run(this::show);
            }
        }

        private void show() {
            pending.set(false);
            String step = latestStep.get();
            long[] counts = latest.get();
            int index = -1;
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).format().equals(step) && files.get(i).progressProperty().get() < 1) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                return;
            }
            for (int i = 0; i < index; i++) {
                if (files.get(i).progressProperty().get() < 1) {
                    finish(files.get(i), 1, "data.file.done");
                }
            }
            FileProgress f = files.get(index);
            f.progressProperty().set(counts[1] > 0 ? Math.min(0.99, (double) counts[0] / counts[1]) : -1);
            f.stateProperty().set(messages.get("data.file.running"));
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }
    }

    public void cancelImport() {
        if (running != null) {
            running.cancel();
        }
    }

    public ObservableList<DatasetInfo> datasets() {
        return status.datasets();
    }

    /** The files of the running (or last) import, each with its progress. */
    public ObservableList<FileProgress> files() {
        return files;
    }

    public ReadOnlyBooleanProperty sampleProperty() {
        return status.sampleProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    /** False while the cache opens at start: nothing to list yet, and an import waits for the opening to end. */
    public ReadOnlyBooleanProperty dataKnownProperty() {
        return status.knownProperty();
    }

    public Messages messages() {
        return messages;
    }

    private record Imported(ImportReport report, List<DatasetInfo> datasets, String freshness) {
    }
}
