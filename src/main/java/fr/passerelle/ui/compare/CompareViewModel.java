package fr.passerelle.ui.compare;

import fr.passerelle.app.PathService;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.path.CardFormatter;
import fr.passerelle.ui.path.FundingText;
import fr.passerelle.ui.path.HorizonText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Two or three occupations side by side. The chosen ones (cards' "Comparer"), else the first three of the path, so
 * that the screen is never empty when a path exists.
 */
public final class CompareViewModel {
    private final InterviewState state;
    private final PathService paths;
    private final Messages messages;
    private final ObservableList<CompareColumn> columns = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");

    public CompareViewModel(InterviewState state, PathService paths, Messages messages) {
        this.state = state;
        this.paths = paths;
        this.messages = messages;
        state.pathProperty().addListener((obs, o, n) -> refresh());
        state.compared().addListener((ListChangeListener<String>) c -> refresh());
        refresh();
    }

    public void refresh() {
        PathResult path = state.pathProperty().get();
        if (path == null) {
            columns.clear();
            note.set(messages.get("compare.none"));
            return;
        }
        List<TargetOccupation> chosen = new ArrayList<>();
        state.compared().forEach(rome -> state.target(rome).ifPresent(chosen::add));
        boolean defaulted = chosen.size() < 2;
        if (defaulted) {
            for (TargetOccupation t : path.occupations()) {
                if (chosen.size() >= InterviewState.MAX_COMPARED) {
                    break;
                }
                if (!chosen.contains(t)) {
                    chosen.add(t);
                }
            }
        }
        LocalDate today = paths.today();
        columns.setAll(chosen.stream().map(t -> column(t, path.profile(), today, messages)).toList());
        note.set(chosen.isEmpty() ? messages.get("compare.empty")
                : defaulted ? messages.get("compare.defaulted") : messages.get("compare.chosen"));
    }

    /** The name of a criterion (a row of the comparison) in the window's language. */
    public String criterion(String key) {
        return messages.get(key);
    }

    static CompareColumn column(TargetOccupation t, JobSeekerProfile p, LocalDate today, MessageRenderer reasons) {
        return column(t, p, today, new Messages(reasons.locale()));
    }

    /** One occupation's cells in the window's language: its words, its number, amount and date formats. */
    static CompareColumn column(TargetOccupation t, JobSeekerProfile p, LocalDate today, Messages messages) {
        TrainingOption easiest = t.trainings().isEmpty() ? null : t.trainings().get(0);
        return new CompareColumn(t.rome(), t.label(), timeToJob(t, easiest, today, messages), leftToPay(t, easiest, messages),
                demand(t, messages), distance(t, easiest, p, messages), skills(t, messages), CardFormatter.companiesLine(t, p, messages));
    }

    /**
     * The horizon with the engine's reason, then what it means in time: the required title and its usual length for a
     * regulated occupation, the easiest training's hours and wait otherwise.
     */
    static String timeToJob(TargetOccupation t, TrainingOption easiest, LocalDate today, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(HorizonText.withLabel(t, messages.reasons()));
        String access = HorizonText.access(t, messages);
        if (!access.isEmpty()) {
            lines.add(access);
        }
        if (!t.noTrainingNeeded()) {
            lines.add(training(easiest, today, messages));
        }
        return String.join("\n", lines);
    }

    private static String training(TrainingOption easiest, LocalDate today, Messages messages) {
        if (easiest == null) {
            return messages.get("compare.training.none");
        }
        String hours = easiest.hours() == null ? messages.get("compare.training.noHours")
                : messages.get("compare.training.hours", messages.hours(easiest.hours()));
        if (easiest.start() == null) {
            return messages.get("compare.training.noStart", hours);
        }
        long weeks = Math.max(0, ChronoUnit.DAYS.between(today, easiest.start()) / 7);
        String wait = weeks == 0 ? messages.get("compare.training.thisWeek")
                : messages.get("compare.training.inWeeks", messages.number(weeks), weeks);
        return messages.get("compare.training.start", hours, wait, messages.date(easiest.start()));
    }

    /** The certain remainder of the easiest training, and the possible one when lower ("0 € si l'AIF est accordée"). */
    static String leftToPay(TargetOccupation t, TrainingOption easiest, Messages messages) {
        if (t.noTrainingNeeded()) {
            return messages.get("compare.nothingToPay", messages.money(0));
        }
        if (easiest == null) {
            return "—";
        }
        return FundingText.leftToPay(easiest, messages.reasons());
    }

    static String demand(TargetOccupation t, Messages messages) {
        return CardFormatter.demandLine(t.demand(), messages);
    }

    static String distance(TargetOccupation t, TrainingOption easiest, JobSeekerProfile p, Messages messages) {
        if (t.noTrainingNeeded()) {
            return messages.get("compare.distance.noTraining");
        }
        if (easiest == null) {
            return messages.get("compare.distance.none", messages.number(p.radiusKm()));
        }
        return easiest.distanceKm() == null ? messages.get("compare.distance.remote")
                : messages.get("compare.distance.at", messages.distance(easiest.distanceKm()),
                        easiest.city() == null ? "" : messages.get("compare.distance.city", easiest.city()));
    }

    static String skills(TargetOccupation t, Messages messages) {
        if (t.missingSkills().isEmpty()) {
            return messages.get("compare.skills.none");
        }
        List<String> first = t.missingSkills().size() > 3 ? t.missingSkills().subList(0, 3) : t.missingSkills();
        String separator = messages.reasons().pattern("list.separator");
        return messages.get("compare.skills", messages.number(t.missingSkills().size()),
                String.join(separator, first) + (t.missingSkills().size() > 3 ? "…" : ""));
    }

    public ObservableList<CompareColumn> columns() {
        return columns;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note;
    }
}
