package fr.passerelle.ui.search;

import fr.passerelle.app.PathService;
import fr.passerelle.search.JobMatch;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Job-title search: type a title, see the occupations and their ROME codes; Return or a double-click on a result
 * takes it into the job seeker's profile.
 */
public final class SearchViewModel {
    private static final int RESULTS = 30;

    private final PathService paths;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<JobMatch> useForProfile;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<JobMatch> results = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private long generation;

    public SearchViewModel(PathService paths, TaskRunner tasks, Messages messages, Consumer<JobMatch> useForProfile) {
        this.paths = paths;
        this.tasks = tasks;
        this.messages = messages;
        this.useForProfile = useForProfile;
        query.addListener((obs, old, text) -> search());
    }

    private void search() {
        String text = query.get() == null ? "" : query.get();
        long mine = ++generation;
        if (text.isBlank()) {
            results.clear();
            message.set("");
            return;
        }
        // Off the UI thread: the first search may wait for the index being built.
        tasks.run(null, progress -> paths.jobs(text, RESULTS), found -> {
            if (mine == generation) {
                show(text, found);
            }
        }, failure -> message.set(messages.get("search.failed", String.valueOf(failure.getMessage()))));
    }

    private void show(String text, List<JobMatch> found) {
        results.setAll(found);
        message.set(found.isEmpty() ? messages.get("search.none", text)
                : messages.get("search.count", FrenchFormats.number(found.size())));
    }

    /** Takes a result into the profile form (and opens it). */
    public void use(JobMatch match) {
        if (match != null) {
            useForProfile.accept(match);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<JobMatch> results() {
        return results;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
