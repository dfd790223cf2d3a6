package fr.passerelle.ui.path;

import fr.passerelle.app.PathService;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Navigator;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The path screen: her targets as cards (grouped as {@link CardGrouping} says), what-if controls that recompute as
 * they move, rescue buttons, and an empty state that says why. Recomputes run in the background; while one runs,
 * only the latest change waits (moving a slider never queues a hundred paths).
 */
public final class PathViewModel {
    static final int DEFAULT_LIMIT = 5;
    static final int MORE_LIMIT = 10;

    private final PathService paths;
    private final InterviewState state;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final CardGrouping grouping;
    private final IntegerProperty radius = new SimpleIntegerProperty(30);
    /** 0 = no maximum. */
    private final IntegerProperty maxHours = new SimpleIntegerProperty(0);
    private final IntegerProperty budgetEuros = new SimpleIntegerProperty(0);
    private final BooleanProperty remote = new SimpleBooleanProperty(false);
    private final ObservableList<CardGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<RescueAction> rescue = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty emptyMessage = new SimpleStringProperty("");
    private final StringProperty dataAsOf = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty computing = new SimpleBooleanProperty(false);
    private int limit = DEFAULT_LIMIT;
    private boolean applying;
    private JobSeekerProfile running;
    private JobSeekerProfile queued;

    public PathViewModel(PathService paths, InterviewState state, TaskRunner tasks, Navigator navigator, Messages messages,
                         CardGrouping grouping) {
        this.paths = paths;
        this.state = state;
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
        this.grouping = grouping;
        state.requestProperty().addListener((obs, old, request) -> limit = DEFAULT_LIMIT);
        state.profileProperty().addListener((obs, old, profile) -> {
            if (profile != null && !applying) {
                showWhatIf(profile);
                request(profile);
            }
            if (profile == null) {
                clear();
            }
        });
        radius.addListener((obs, o, n) -> whatIfChanged());
        maxHours.addListener((obs, o, n) -> whatIfChanged());
        budgetEuros.addListener((obs, o, n) -> whatIfChanged());
        remote.addListener((obs, o, n) -> whatIfChanged());
        emptyMessage.set(messages.get("path.none.yet"));
    }

    /** Puts the profile's values on the what-if controls without recomputing for each. */
    private void showWhatIf(JobSeekerProfile p) {
        applying = true;
        try {
            radius.set(p.radiusKm());
            maxHours.set(p.maxHours() == null ? 0 : p.maxHours());
            budgetEuros.set((int) (p.budgetCents() / 100));
            remote.set(p.remote());
        } finally {
            applying = false;
        }
    }

    private void whatIfChanged() {
        JobSeekerProfile base = state.profileProperty().get();
        if (applying || base == null) {
            return;
        }
        // Through the with* copies: a what-if keeps her status, age and allowance, which the funding rules need.
        JobSeekerProfile changed = base.withRadius(Math.max(1, radius.get())).withMaxHours(maxHours.get() <= 0 ? null : maxHours.get())
                .withBudget(100L * Math.max(0, budgetEuros.get())).withRemote(remote.get());
        if (!changed.equals(base)) {
            applying = true;
            try {
                state.profileProperty().set(changed);
            } finally {
                applying = false;
            }
            request(changed);
        }
    }

    /** Computes the path of the profile now, or as soon as the running computation ends (latest wins). */
    void request(JobSeekerProfile profile) {
        if (running != null) {
            queued = profile;
            return;
        }
        running = profile;
        computing.set(true);
        int shown = limit;
        tasks.run(null, progress -> paths.path(profile, shown), result -> {
            running = null;
            show(result);
            next();
        }, failure -> {
            running = null;
            message.set(messages.get("path.failed", String.valueOf(failure.getMessage())));
            next();
        });
    }

    private void next() {
        if (queued != null) {
            JobSeekerProfile q = queued;
            queued = null;
            request(q);
        } else {
            computing.set(false);
        }
    }

    private void show(PathResult result) {
        state.pathProperty().set(result);
        JobSeekerProfile p = result.profile();
        groups.setAll(grouping.group(result.occupations(), t -> CardFormatter.card(t, p, messages)));
        List<RescueAction> actions = new ArrayList<>();
        result.rescue().forEach(o -> RescueAction.of(o, messages.reasons()).ifPresent(actions::add));
        rescue.setAll(actions);
        summary.set(summary(result));
        emptyMessage.set(result.occupations().isEmpty() ? messages.get("path.none", result.sourceLabel()) : "");
        dataAsOf.set(DataAsOf.line(result.dataAsOf(), messages));
        message.set(messages.get("path.shown", String.valueOf(result.occupations().size())));
    }

    private String summary(PathResult r) {
        JobSeekerProfile p = r.profile();
        String name = state.personNameProperty().get();
        List<String> parts = new ArrayList<>();
        parts.add((name == null || name.isBlank() ? "" : name + " — ") + messages.get("path.summary.who", r.sourceLabel(),
                p.rome().value(), r.communeName(), r.departement()));
        parts.add(messages.get("path.summary.radius", p.radiusKm() + " km"));
        parts.add(messages.get("path.summary.level", messages.level(p.level().framework())));
        if (p.maxHours() != null) {
            parts.add(messages.get("path.summary.maxHours", messages.hours(p.maxHours())));
        }
        parts.add(messages.get("path.summary.cpf", messages.money(p.cpfCents())));
        parts.add(messages.get("path.summary.budget", messages.money(p.budgetCents())));
        if (p.remote()) {
            parts.add(messages.get("path.summary.remote"));
        }
        return String.join(" · ", parts);
    }

    private void clear() {
        groups.clear();
        rescue.clear();
        summary.set("");
        dataAsOf.set("");
        emptyMessage.set(messages.get("path.none.yet"));
    }

    /** Recomputes the current path (the data changed under it: an import). */
    public void refresh() {
        JobSeekerProfile p = state.profileProperty().get();
        if (p != null) {
            request(p);
        }
    }

    /** Applies a rescue: its radius, distance learning, no maximum length, or more occupations. */
    public void apply(RescueAction action) {
        if (action.moreTargets()) {
            limit = MORE_LIMIT;
            JobSeekerProfile p = state.profileProperty().get();
            if (p != null) {
                request(p);
            }
            return;
        }
        if (action.radiusKm() != null) {
            radius.set(action.radiusKm());
        }
        if (action.remote()) {
            remote.set(true);
        }
        if (action.noMaxHours()) {
            maxHours.set(0);
        }
    }

    /** Opens the detail of one target. */
    public void openDetail(String rome) {
        state.detailTargetProperty().set(rome);
    }

    /** Adds or removes a target from the comparison; false when three are already chosen. */
    public boolean toggleCompare(String rome) {
        boolean done = state.toggleCompared(rome);
        message.set(done ? messages.get("path.compare.count", String.valueOf(state.compared().size()))
                : messages.get("path.compare.full"));
        return done;
    }

    public boolean isCompared(String rome) {
        return state.compared().contains(rome);
    }

    /** Chooses a target for the action plan and opens the plan screen. */
    public void plan(String rome) {
        state.planTargetProperty().set(rome);
        navigator.show(Screen.PLAN);
    }

    public Optional<TargetOccupation> target(String rome) {
        return state.target(rome);
    }

    /** A text of the path screen in the window's language. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The maximum length as the what-if shows it: "sans limite" / "no limit" for 0, else "1 200 h". */
    public String hoursText(int hours) {
        return hours <= 0 ? messages.get("path.maxHours.none") : messages.hours(hours);
    }

    /** An amount as the what-if shows it, in the window's language. */
    public String moneyText(long cents) {
        return messages.money(cents);
    }

    public IntegerProperty radiusProperty() {
        return radius;
    }

    public IntegerProperty maxHoursProperty() {
        return maxHours;
    }

    public IntegerProperty budgetEurosProperty() {
        return budgetEuros;
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }

    public ObservableList<CardGroup> groups() {
        return groups;
    }

    public ObservableList<RescueAction> rescue() {
        return rescue;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage;
    }

    public ReadOnlyStringProperty dataAsOfProperty() {
        return dataAsOf;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing;
    }

    public InterviewState state() {
        return state;
    }
}
