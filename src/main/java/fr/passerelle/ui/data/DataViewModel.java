package fr.passerelle.ui.data;

import fr.passerelle.app.IndexService;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.ui.common.DialogService;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The data screen: where every figure comes from (dataset, version, rows, import date, source) and the import of
 * official files, in the background with progress and cancel; the indexes are rebuilt after it.
 */
public final class DataViewModel {
    private final CacheAccess cache;
    private final CacheStatus status;
    private final IndexService indexes;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private TaskRunner.Handle running;

    public DataViewModel(CacheAccess cache, CacheStatus status, IndexService indexes, TaskRunner tasks, DialogService dialogs,
                         Messages messages) {
        this.cache = cache;
        this.status = status;
        this.indexes = indexes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Asks for files and imports them. */
    public void chooseAndImport() {
        List<Path> files = dialogs.chooseFilesToImport(messages.get("data.import.title"));
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    /** Imports files or folders in the background; the cache is unchanged when it fails or is cancelled. */
    public void importPaths(List<Path> paths) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        message.set(messages.get("data.import.running"));
        running = tasks.run(messages.get("data.import.task"), progress -> {
            ImportReport report = cache.importPaths(paths, progress);
            return new Imported(report, cache.datasets());
        }, p -> { }, imported -> {
            importing.set(false);
            status.show(imported.datasets());
            message.set(messages.get("data.import.done", FrenchFormats.number(imported.report().datasets().size()),
                    FrenchFormats.number(imported.report().skipped().size())));
            indexes.refresh();
        }, failure -> {
            importing.set(false);
            message.set(messages.get(failure instanceof fr.passerelle.core.CancelledException ? "data.import.cancelled" : "data.import.failed",
                    String.valueOf(failure.getMessage())));
        });
    }

    public void cancelImport() {
        if (running != null) {
            running.cancel();
        }
    }

    public ObservableList<DatasetInfo> datasets() {
        return status.datasets();
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

    private record Imported(ImportReport report, List<DatasetInfo> datasets) {
    }
}
