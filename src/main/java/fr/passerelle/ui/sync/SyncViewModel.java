package fr.passerelle.ui.sync;

import fr.passerelle.app.IndexService;
import fr.passerelle.core.CancelledException;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.offers.JobOffersFormat;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.sync.SyncException;
import fr.passerelle.sync.SyncReport;
import fr.passerelle.sync.SyncWords;
import fr.passerelle.sync.SyncState;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.data.CacheStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Comparator;
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
 * The sync panel: online or offline since when, the age of the data and of each dataset, "N non envoyés", a sync
 * in the background with progress and cancel, the last report. Offline, a new try is scheduled. The window keeps
 * working during a sync: the import publishes a new generation only when complete, and only then are the datasets
 * shown again and the indexes rebuilt (as after an import from the data screen).
 */
public final class SyncViewModel {
    /** Runs an action later on the UI thread (a timer in the window, a recorder in tests). */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Duration delay, Runnable action);
    }

    private final SyncAccess access;
    private final CacheStatus status;
    private final IndexService indexes;
    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Messages messages;
    private final StringProperty connection = new SimpleStringProperty("");
    private final StringProperty age = new SimpleStringProperty("");
    private final StringProperty unsent = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final StringProperty offers = new SimpleStringProperty("");
    private final StringProperty statusLine = new SimpleStringProperty("");
    private final BooleanProperty syncing = new SimpleBooleanProperty(false);
    private final BooleanProperty configured = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private TaskRunner.Handle running;
    private boolean retryScheduled;

    public SyncViewModel(SyncAccess access, CacheStatus status, IndexService indexes, TaskRunner tasks, Scheduler scheduler,
                         Clock clock, Messages messages) {
        this.access = access;
        this.status = status;
        this.indexes = indexes;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.clock = clock;
        this.messages = messages;
    }

    /** Reads the sync state and the datasets again (at start, after a sync). */
    public void refresh() {
        MessageRenderer words = messages.reasons();
        configured.set(access.source() != null);
        SyncState state = access.state();
        Instant now = clock.instant();
        if (!configured.get()) {
            connection.set(messages.get("sync.notConfigured"));
        } else if (state.offlineSince() != null) {
            connection.set(messages.get("sync.offlineSince", words.render(SyncWords.dateTime(state.offlineSince()))));
        } else if (state.lastAttemptAt() != null) {
            connection.set(messages.get("sync.online", words.render(SyncWords.dateTime(state.lastAttemptAt()))));
        } else {
            connection.set(messages.get("sync.never"));
        }
        Instant newest = access.datasets().stream().map(DatasetInfo::importedAt).max(Comparator.naturalOrder()).orElse(null);
        age.set(newest == null ? messages.get("sync.noData")
                : messages.get("sync.age", words.render(SyncWords.age(newest, now)),
                        state.syncedAt() == null ? messages.get("sync.neverSynced") : words.render(SyncWords.dateTime(state.syncedAt()))));
        offers.set(offersLine());
        int count = access.unsent();
        unsent.set(count == 0 ? messages.get("sync.allSent") : messages.get("sync.unsent", count));
        report.set(String.join("\n", state.lastReport(words)));
        datasets.setAll(access.datasets().stream().sorted(Comparator.comparing(DatasetInfo::label))
                .map(d -> messages.get("sync.dataset", d.label() + (d.scope().isEmpty() ? "" : " (" + d.scope() + ")"),
                        d.version() == null ? "—" : d.version(), words.render(SyncWords.age(d.importedAt(), now))))
                .toList());
        statusLine.set(state.offlineSince() != null ? messages.get("sync.status.offline",
                words.render(SyncWords.dateTime(state.offlineSince())), newest == null ? "—" : words.render(SyncWords.age(newest, now))) : count > 0 ? messages.get("sync.unsent", count) : "");
    }

    /** Starts a sync in the background; the cache in use is replaced only when the new one is complete. */
    public void syncNow() {
        if (syncing.get() || access.source() == null) {
            return;
        }
        syncing.set(true);
        progress.set(-1);
        report.set(messages.get("sync.running"));
        running = tasks.run(messages.get("sync.task"), access::syncNow, progress::set, result -> {
            syncing.set(false);
            if (result.cacheChanged()) {
                // new datasets or live offers: shown, and the indexes rebuilt so that the path is computed again
                status.show(access.datasets());
                indexes.refresh();
            }
            if (result.outcome() == SyncReport.Outcome.OFFLINE) {
                scheduleRetry();
            }
            refresh();
            report.set(String.join("\n", result.lines(messages.reasons())));
        }, failure -> {
            syncing.set(false);
            refresh();
            report.set(failure instanceof CancelledException ? messages.get("sync.cancelled")
                    : messages.get("sync.failed", failure instanceof SyncException e ? e.text(messages.reasons())
                            : String.valueOf(failure.getMessage())));
        });
    }

    /**
     * "Offres d'emploi en ligne : 13 offres relevées le 1er décembre 2026." and whether the sync fetches them again:
     * the count of every région's offers in the cache, the newest fetch day (the offers dataset's version).
     */
    private String offersLine() {
        List<DatasetInfo> fetched = access.datasets().stream().filter(d -> d.kind().equals(JobOffersFormat.KIND)).toList();
        int count = fetched.stream().mapToInt(DatasetInfo::rowsStored).sum();
        LocalDate newest = fetched.stream().map(DatasetInfo::version).filter(v -> v != null && v.matches("\\d{4}-\\d{2}-\\d{2}"))
                .map(LocalDate::parse).max(Comparator.naturalOrder()).orElse(null);
        MessageRenderer words = messages.reasons();
        String what = newest == null ? messages.get("sync.offers.none")
                : messages.get("sync.offers.some", messages.get(count == 1 ? "syncen.offers.one" : "syncen.offers.many",
                        words.format(Param.number(count))), words.format(Param.date(newest)));
        return what + " " + messages.get(access.offersConfigured() ? "sync.offers.auto" : "sync.offers.manual");
    }

    /** At start: a workstation left offline (by the window or the command line) tries again after the retry delay. */
    public void startRetries() {
        if (access.source() != null && access.state().offlineSince() != null) {
            scheduleRetry();
        }
    }

    private void scheduleRetry() {
        if (retryScheduled) {
            return;
        }
        retryScheduled = true;
        scheduler.schedule(access.retry(), () -> {
            retryScheduled = false;
            syncNow();
        });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection;
    }

    public ReadOnlyStringProperty ageProperty() {
        return age;
    }

    public ReadOnlyStringProperty unsentProperty() {
        return unsent;
    }

    /** The live offers in the cache (count, fetch day) and whether the sync fetches them. */
    public ReadOnlyStringProperty offersProperty() {
        return offers;
    }

    public ReadOnlyStringProperty reportProperty() {
        return report;
    }

    /** The short line for the status bar ("hors ligne depuis …, données d'il y a …", "3 non envoyés"). */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine;
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing;
    }

    public ReadOnlyBooleanProperty configuredProperty() {
        return configured;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ObservableList<String> datasets() {
        return datasets;
    }
}
