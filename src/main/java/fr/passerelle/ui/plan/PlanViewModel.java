package fr.passerelle.ui.plan;

import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.ui.common.DialogService;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The action plan screen: the chosen occupation and training (the plan's own choice by default), a preview of the
 * document made out to her, and saving it as PDF or CSV (in the background) and printing it.
 */
public final class PlanViewModel {
    private final InterviewState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final PlanDocuments documents;
    private final ObservableList<TargetOccupation> targets = FXCollections.observableArrayList();
    private final ObjectProperty<TargetOccupation> target = new SimpleObjectProperty<>();
    private final ObservableList<TrainingChoice> trainings = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingChoice> training = new SimpleObjectProperty<>();
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
    private PlanDocuments.Plan plan;
    private long generation;
    private boolean active = true;
    private boolean stale;
    private boolean syncing;

    /** A training offered for the plan; {@code sessionId} null = the plan's own choice. */
    public record TrainingChoice(String sessionId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public PlanViewModel(InterviewState state, TaskRunner tasks, DialogService dialogs, Messages messages,
                         Clock clock, PlanDocuments documents) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.documents = documents;
        state.pathProperty().addListener((obs, o, path) -> targetsChanged());
        state.planTargetProperty().addListener((obs, o, rome) -> targetsChanged());
        target.addListener((obs, o, t) -> {
            if (syncing) {
                return;
            }
            trainingsChanged();
            if (t != null && !t.rome().equals(state.planTargetProperty().get())) {
                state.planTargetProperty().set(t.rome());
            }
        });
        training.addListener((obs, o, t) -> rebuild());
        state.personNameProperty().addListener((obs, o, n) -> rebuild());
        targetsChanged();
    }

    /**
     * The path or the chosen occupation changed: the list and the choice follow. While they are set, a list control
     * bound to them may push back the item it showed before (a ComboBox sets its old value again when its items are
     * replaced): those echoes are ignored, so that the occupation chosen on a card ("P") is the one planned.
     */
    private void targetsChanged() {
        if (syncing) {
            return;
        }
        PathResult path = state.pathProperty().get();
        String wanted = state.planTargetProperty().get();
        TargetOccupation before = target.get();
        syncing = true;
        try {
            List<TargetOccupation> now = path == null ? List.of() : path.occupations();
            if (!sameObjects(targets, now)) {
                targets.setAll(now);
            }
            Optional<TargetOccupation> chosen = targets.stream().filter(t -> t.rome().equals(wanted)).findFirst();
            target.set(chosen.orElse(targets.isEmpty() ? null : targets.get(0)));
        } finally {
            syncing = false;
        }
        if (target.get() != before) {
            trainingsChanged();
        } else {
            rebuild();
        }
    }

    private void trainingsChanged() {
        TargetOccupation t = target.get();
        if (t == null) {
            trainings.clear();
            training.set(null);
            rebuild();
            return;
        }
        List<TrainingChoice> choices = new java.util.ArrayList<>();
        choices.add(new TrainingChoice(null, messages.get(t.trainings().isEmpty() ? "plan.training.none" : "plan.training.auto")));
        for (TrainingOption o : t.trainings()) {
            choices.add(new TrainingChoice(o.sessionId(), o.title() + (o.start() == null ? "" : ", " + FrenchFormats.date(o.start()))
                    + (o.city() == null ? "" : ", " + o.city())));
        }
        trainings.setAll(choices);
        training.set(choices.get(0));
        rebuild();
    }

    /**
     * The plan is built only while its screen is shown: a what-if change elsewhere marks it out of date instead of
     * rebuilding a document nobody looks at.
     */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            rebuild();
        }
    }

    /** Builds the plan again for the current choices and shows its preview. */
    private void rebuild() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        PathResult path = state.pathProperty().get();
        TargetOccupation t = target.get();
        if (path == null || t == null) {
            generation++;
            plan = null;
            ready.set(false);
            preview.setAll(messages.get(path == null ? "plan.none" : "plan.noTarget"));
            return;
        }
        TrainingChoice choice = training.get();
        String sessionId = choice == null ? null : choice.sessionId();
        String name = state.personNameProperty().get();
        long mine = ++generation;
        plan = null;
        ready.set(false);
        // In the background: the plan looks up how to apply to each training in the cache.
        tasks.run(null, progress -> {
            PlanDocuments.Plan built = documents.build(path, t.rome(), sessionId, name, LocalDate.now(clock), messages.locale());
            return new Built(built, built.preview());
        }, built -> {
            if (mine == generation) {
                plan = built.plan();
                preview.setAll(built.preview());
                ready.set(true);
            }
        }, failure -> {
            if (mine == generation) {
                preview.setAll(messages.get("plan.failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private record Built(PlanDocuments.Plan plan, List<String> preview) {
    }

    /** Asks where to save the PDF and writes it in the background. */
    public void savePdf() {
        save("pdf", messages.get("plan.save.pdf"), new DialogService.FileType(messages.get("plan.type.pdf"), "*.pdf"));
    }

    public void saveCsv() {
        save("csv", messages.get("plan.save.csv"), new DialogService.FileType(messages.get("plan.type.csv"), "*.csv"));
    }

    private void save(String extension, String title, DialogService.FileType type) {
        if (plan == null) {
            message.set(messages.get("plan.none"));
            return;
        }
        dialogs.chooseFileToSave(title, fileName(extension), type).ifPresent(out -> write(out, extension));
    }

    /** Writes the plan to a file in the background ({@code pdf} or {@code csv}). */
    public void write(Path out, String extension) {
        PlanDocuments.Plan current = plan;
        if (current == null) {
            message.set(messages.get("plan.none"));
            return;
        }
        message.set(messages.get("plan.saving"));
        tasks.run(null, progress -> {
            if (extension.equals("pdf")) {
                current.writePdf(out);
            } else {
                current.writeCsv(out);
            }
            return out;
        }, saved -> message.set(messages.get("plan.saved", saved.toString())),
                failure -> message.set(messages.get("plan.failed", String.valueOf(failure.getMessage()))));
    }

    /** "plan-juliette-D1507.pdf": her name without accents, the occupation. */
    String fileName(String extension) {
        String name = state.personNameProperty().get();
        String slug = name == null || name.isBlank() ? "" : Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-";
        return "plan-" + slug + (target.get() == null ? "" : target.get().rome()) + "." + extension;
    }

    public ObservableList<TargetOccupation> targets() {
        return targets;
    }

    public ObjectProperty<TargetOccupation> targetProperty() {
        return target;
    }

    public ObservableList<TrainingChoice> trainings() {
        return trainings;
    }

    public ObjectProperty<TrainingChoice> trainingProperty() {
        return training;
    }

    public ObservableList<String> preview() {
        return preview;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** True when a plan is built (something to save or print). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** Shows a message (the view reports printing through it). */
    public void say(String key, Object... args) {
        message.set(messages.get(key, args));
    }

    /**
     * The same occupations, object by object: a new path always brings new objects, and comparing them by value would
     * walk every reason and training of a national path on the FX thread.
     */
    private static boolean sameObjects(List<TargetOccupation> a, List<TargetOccupation> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
