package fr.passerelle.ui.main;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.search.JobMatch;
import fr.passerelle.search.JobSearch;
import fr.passerelle.ui.Messages;
import fr.passerelle.ui.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first screen: a job-title search and the state of the data. Decides everything; the view only binds.
 * Long work (seeding the cache, building the search index) runs through the injected {@link TaskRunner}.
 */
public final class MainViewModel {
    private static final int RESULTS = 30;

    /** What the screen needs from the rest of the workstation. */
    public interface Backend {
        boolean seedIfEmpty(fr.passerelle.core.ProgressListener progress) throws Exception;

        JobSearch jobSearch();

        List<DatasetInfo> datasets();
    }

    private final Backend backend;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<JobMatch> results = FXCollections.observableArrayList();
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty sampleData = new SimpleBooleanProperty(false);
    private TaskRunner.Handle running;
    private JobSearch search;

    public MainViewModel(Backend backend, TaskRunner tasks, Messages messages) {
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        query.addListener((obs, old, text) -> search());
    }

    /** Prepares the data: seeds an empty cache from the bundled samples, then builds the search index. */
    public void start() {
        busy.set(true);
        message.set(messages.get("main.loading"));
        Supplier<JobSearch> build = backend::jobSearch;
        running = tasks.run(messages.get("main.loading"), listener -> {
            boolean seeded = backend.seedIfEmpty(listener);
            JobSearch index = build.get();
            return new Loaded(seeded, index, backend.datasets());
        }, progress::set, loaded -> {
            busy.set(false);
            search = loaded.search();
            datasets.setAll(loaded.datasets());
            sampleData.set(loaded.datasets().stream().anyMatch(DatasetInfo::isSample));
            message.set(loaded.seeded() ? messages.get("main.seeded", loaded.search().size())
                    : messages.get("main.ready", loaded.search().size()));
            search();
        }, failure -> {
            busy.set(false);
            message.set(messages.get("main.failed", failure.getMessage()));
        });
    }

    /** Stops the loading if it is still running. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void search() {
        if (search == null) {
            return;
        }
        String text = query.get() == null ? "" : query.get();
        List<JobMatch> found = search.search(text, RESULTS);
        results.setAll(found);
        if (!text.isBlank()) {
            message.set(found.isEmpty() ? messages.get("main.search.none", text) : messages.get("main.search.count", found.size()));
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<JobMatch> results() {
        return results;
    }

    public ObservableList<DatasetInfo> datasets() {
        return datasets;
    }

    /** True when some figures come from the bundled samples: the screen then says they are fictional. */
    public ReadOnlyBooleanProperty sampleDataProperty() {
        return sampleData;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    private record Loaded(boolean seeded, JobSearch search, List<DatasetInfo> datasets) {
    }
}
