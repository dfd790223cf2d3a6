package fr.passerelle.ui.shell;

import fr.passerelle.app.IndexService;
import fr.passerelle.ui.common.BackgroundTask;
import fr.passerelle.ui.common.BackgroundTasks;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Navigator;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.common.UiThread;
import fr.passerelle.ui.data.CacheAccess;
import fr.passerelle.ui.data.CacheStatus;
import fr.passerelle.ui.interview.InterviewState;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * The window around the screens: which screen is shown, the title (with her name), the status bar (data freshness,
 * the index being built, background work with progress and cancel), the sample-data warning, the theme. At start it
 * seeds an empty cache with the samples and has the indexes built in the background.
 */
public final class ShellViewModel implements Navigator {
    private final CacheAccess cache;
    private final CacheStatus status;
    private final IndexService indexes;
    private final BackgroundTasks background;
    private final TaskRunner tasks;
    private final UiThread ui;
    private final Messages messages;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.PROFILE);
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty taskTitle = new SimpleStringProperty("");
    private final StringProperty taskMessage = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty taskProgress = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final BooleanProperty taskRunning = new SimpleBooleanProperty(false);
    private final BooleanProperty taskCancellable = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private BackgroundTask indexTask;
    private String builtVersion;
    private Consumer<String> onNewData = v -> { };

    public ShellViewModel(CacheAccess cache, CacheStatus status, IndexService indexes, BackgroundTasks background,
                          TaskRunner tasks, UiThread ui, InterviewState state, Messages messages) {
        this.cache = cache;
        this.status = status;
        this.indexes = indexes;
        this.background = background;
        this.tasks = tasks;
        this.ui = ui;
        this.messages = messages;
        title.bind(Bindings.createStringBinding(() -> {
            String name = state.personNameProperty().get();
            return name == null || name.isBlank() ? messages.get("app.title") : messages.get("app.title.person", name);
        }, state.personNameProperty()));
        background.running().addListener((ListChangeListener<BackgroundTask>) c -> showLatestTask());
        indexes.addListener(new IndexStatus());
    }

    /** Called with the new version each time the indexes of a newer cache state are ready (after an import). */
    public void onNewData(Consumer<String> listener) {
        this.onNewData = listener;
    }

    /**
     * Waits for the cache to open (the shell is drawn before: startup.md), seeds an empty cache with the samples, shows
     * the datasets, builds the indexes; then runs {@code andThen}. Until then the status line says the data is opening.
     */
    public void start(Runnable andThen) {
        message.set(messages.get("shell.loading"));
        // Listed in the status bar without a cancel button: the cache's opening cannot be stopped halfway, and a
        // cancelled start would leave the window without data (the task runner's own entry would offer "Annuler").
        BackgroundTask opening = background.start(messages.get("shell.open.task"), null);
        tasks.run(null, progress -> {
            boolean seeded = cache.seedIfEmpty((step, done, total) ->
                    ui.run(() -> opening.update(step, total > 0 ? (double) done / total : -1)));
            java.util.List<fr.passerelle.domain.DatasetInfo> datasets = cache.datasets();
            return new Started(seeded, datasets, status.describe(datasets));
        }, p -> { }, started -> {
            background.end(opening);
            status.show(started.datasets(), started.freshness());
            message.set(messages.get(started.seeded() ? "shell.seeded" : "shell.opened"));
            indexes.refresh();
            andThen.run();
        }, failure -> {
            background.end(opening);
            // Said in the window (the cache could not open: busy, unreadable…), which stays usable: nothing is shown
            // as still opening, and what needs data says the same reason when asked.
            message.set(messages.get("shell.failed", String.valueOf(failure.getMessage())));
            status.show(java.util.List.of(), "");
        });
    }

    /** What the data says while it opens (a cache upgraded once, minutes on national data), in the status line. */
    public void notice(String text) {
        message.set(text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    @Override
    public void show(Screen target) {
        screen.set(target);
    }

    /** Stops the newest cancellable background work. */
    public void cancelTask() {
        for (int i = background.running().size() - 1; i >= 0; i--) {
            if (background.running().get(i).cancellable()) {
                background.running().get(i).cancel();
                return;
            }
        }
    }

    public void toggleTheme() {
        dark.set(!dark.get());
    }

    private void showLatestTask() {
        taskTitle.unbind();
        taskMessage.unbind();
        taskProgress.unbind();
        if (background.running().isEmpty()) {
            taskRunning.set(false);
            taskCancellable.set(false);
            taskTitle.set("");
            taskMessage.set("");
            taskProgress.set(-1);
            return;
        }
        BackgroundTask latest = background.running().get(background.running().size() - 1);
        taskRunning.set(true);
        taskCancellable.set(background.running().stream().anyMatch(BackgroundTask::cancellable));
        taskTitle.set(latest.title());
        taskMessage.bind(latest.messageProperty());
        taskProgress.bind(latest.progressProperty());
    }

    /** The index service's news, handed over to the UI thread and shown as a background task. */
    private final class IndexStatus implements IndexService.Listener {
        @Override
        public void started(String version) {
            ui.run(() -> {
                ready.set(false);
                if (indexTask == null) {
                    indexTask = background.start(messages.get("shell.index.task"), null);
                }
            });
        }

        @Override
        public void progress(String step, long done, long total) {
            ui.run(() -> {
                if (indexTask != null) {
                    indexTask.update(step, total > 0 ? (double) done / total : -1);
                }
            });
        }

        @Override
        public void finished(IndexService.Indexes built) {
            ui.run(() -> {
                endIndexTask();
                ready.set(true);
                message.set(messages.get("shell.index.ready", FrenchFormats.number(built.jobSearch().size()),
                        FrenchFormats.number(built.engine().index().trainings().size()),
                        FrenchFormats.number(built.engine().index().companies().size())));
                boolean newer = builtVersion != null && !builtVersion.equals(built.version());
                builtVersion = built.version();
                if (newer) {
                    onNewData.accept(built.version());
                }
            });
        }

        @Override
        public void discarded(String version) {
            ui.run(() -> message.set(messages.get("shell.index.discarded")));
        }

        @Override
        public void failed(Throwable error) {
            ui.run(() -> {
                endIndexTask();
                message.set(messages.get("shell.index.failed", String.valueOf(error.getMessage())));
            });
        }

        private void endIndexTask() {
            if (indexTask != null) {
                background.end(indexTask);
                indexTask = null;
            }
        }
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty freshnessProperty() {
        return status.freshnessProperty();
    }

    public ReadOnlyBooleanProperty sampleProperty() {
        return status.sampleProperty();
    }

    public ReadOnlyStringProperty taskTitleProperty() {
        return taskTitle;
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return taskMessage;
    }

    public javafx.beans.property.ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress;
    }

    public ReadOnlyBooleanProperty taskRunningProperty() {
        return taskRunning;
    }

    public ReadOnlyBooleanProperty taskCancellableProperty() {
        return taskCancellable;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** True once the indexes of the published data are built. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public ReadOnlyObjectProperty<Screen> currentScreen() {
        return screen;
    }

    private record Started(boolean seeded, java.util.List<fr.passerelle.domain.DatasetInfo> datasets, String freshness) {
    }
}
