package fr.passerelle.ui.path;

import fr.passerelle.app.PathService;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetDetail;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail of one target: why, the skills she has and lacks, all trainings and the companies (loaded in the
 * background), and for an empty table why it is empty and which change would help (a button).
 */
public final class TargetDetailViewModel {
    private final PathService paths;
    private final InterviewState state;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> sharedSkills = FXCollections.observableArrayList();
    private final ObservableList<String> missingSkills = FXCollections.observableArrayList();
    private final ObservableList<String> targetDiplomas = FXCollections.observableArrayList();
    /** The three lists' headings, with how many there are in all when a list names only the first of them. */
    private final StringProperty sharedTitle = new SimpleStringProperty("");
    private final StringProperty missingTitle = new SimpleStringProperty("");
    private final StringProperty diplomasTitle = new SimpleStringProperty("");
    private final StringProperty horizon = new SimpleStringProperty("");
    private final StringProperty access = new SimpleStringProperty("");
    private final ObjectProperty<TrainingRow> selected = new SimpleObjectProperty<>();
    private final TrainingFundingViewModel funding;
    private final ObservableList<TrainingRow> trainings = FXCollections.observableArrayList();
    private final ObservableList<CompanyRow> companies = FXCollections.observableArrayList();
    private final StringProperty trainingsTitle = new SimpleStringProperty("");
    private final StringProperty companiesTitle = new SimpleStringProperty("");
    private final StringProperty trainingsEmpty = new SimpleStringProperty("");
    private final StringProperty companiesEmpty = new SimpleStringProperty("");
    private final ObservableList<RescueAction> trainingsHelp = FXCollections.observableArrayList();
    private final ObservableList<RescueAction> companiesHelp = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private long generation;

    public TargetDetailViewModel(PathService paths, InterviewState state, TaskRunner tasks, Messages messages) {
        this.paths = paths;
        this.state = state;
        this.tasks = tasks;
        this.messages = messages;
        this.funding = new TrainingFundingViewModel(paths, state, tasks, messages);
        selected.addListener((obs, old, row) -> funding.trainingProperty().set(row == null ? null : row.option()));
        state.detailTargetProperty().addListener((obs, old, rome) -> load());
        // A what-if change recomputes the path: the open detail follows it.
        state.pathProperty().addListener((obs, old, path) -> {
            if (state.detailTargetProperty().get() != null) {
                load();
            }
        });
    }

    private void load() {
        String rome = state.detailTargetProperty().get();
        JobSeekerProfile profile = state.profileProperty().get();
        open.set(rome != null);
        if (rome == null || profile == null) {
            return;
        }
        long mine = ++generation;
        state.target(rome).ifPresentOrElse(this::showTarget, () -> title.set(rome));
        loading.set(true);
        tasks.run(null, progress -> paths.detail(profile, rome), detail -> {
            if (mine == generation) {
                show(detail, profile);
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                trainingsEmpty.set(messages.get("detail.failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private void showTarget(TargetOccupation t) {
        title.set(t.label() + " (" + t.rome() + ")");
        List<String> why = new ArrayList<>();
        for (Reason r : t.reasons()) {
            why.add(r.text(messages.reasons()));
        }
        reasons.setAll(why);
        sharedSkills.setAll(t.sharedSkills());
        missingSkills.setAll(t.missingSkills());
        targetDiplomas.setAll(t.targetDiplomas());
        sharedTitle.set(heading(messages, "detail.skills.held", t.sharedSkills().size(), t.skillCounts().held()));
        missingTitle.set(heading(messages, "detail.skills.missing", t.missingSkills().size(), t.skillCounts().missing()));
        diplomasTitle.set(heading(messages, "detail.diplomas", t.targetDiplomas().size(), t.skillCounts().diplomas()));
        horizon.set(HorizonText.withLabel(t, messages.reasons()));
        access.set(HorizonText.access(t));
    }

    private void show(TargetDetail d, JobSeekerProfile p) {
        loading.set(false);
        String before = selected.get() == null ? null : selected.get().option().sessionId();
        trainings.setAll(d.trainings().stream().map(o -> new TrainingRow(o, messages.reasons())).toList());
        // The funding panel follows the same session after a what-if change, else the first (easiest) one.
        selected.set(trainings.stream().filter(r -> r.option().sessionId().equals(before)).findFirst()
                .orElse(trainings.isEmpty() ? null : trainings.get(0)));
        companies.setAll(d.companies().stream().map(c -> new CompanyRow(c, messages)).toList());
        trainingsTitle.set(messages.get("detail.trainings", FrenchFormats.number(d.trainings().size())));
        companiesTitle.set(d.companiesFound() > d.companies().size()
                ? messages.get("detail.companies.some", FrenchFormats.number(d.companies().size()), FrenchFormats.number(d.companiesFound()))
                : messages.get("detail.companies", FrenchFormats.number(d.companiesFound())));
        explainTrainings(d, p);
        explainCompanies(d, p);
    }

    private void explainTrainings(TargetDetail d, JobSeekerProfile p) {
        trainingsHelp.clear();
        if (!d.trainings().isEmpty()) {
            trainingsEmpty.set("");
            return;
        }
        TargetDetail.Coverage c = d.trainingCoverage();
        List<String> why = new ArrayList<>();
        if (c.anywhere() == 0 && c.tooLong() == 0) {
            why.add(messages.get("detail.trainings.noData"));
        } else {
            why.add(messages.get("detail.trainings.noneWithin", String.valueOf(p.radiusKm())));
            if (c.nearestKm() != null) {
                why.add(messages.get("detail.trainings.nearest", FrenchFormats.distance(c.nearestKm())));
                trainingsHelp.add(RescueAction.radius(radiusFor(c.nearestKm()), messages.get("detail.help.radius"), messages.reasons()));
            }
            if (c.tooLong() > 0) {
                why.add(messages.get("detail.trainings.tooLong", FrenchFormats.number(c.tooLong()), FrenchFormats.hours(p.maxHours())));
                trainingsHelp.add(RescueAction.liftMaxHours(messages.get("detail.help.hours"), messages.reasons()));
            }
        }
        if (!p.remote()) {
            trainingsHelp.add(new RescueAction("Accepter les formations à distance", "", null, true, false, false));
        }
        trainingsEmpty.set(String.join("\n", why));
    }

    private void explainCompanies(TargetDetail d, JobSeekerProfile p) {
        companiesHelp.clear();
        if (d.companiesFound() > 0) {
            companiesEmpty.set("");
            return;
        }
        TargetDetail.Coverage c = d.companyCoverage();
        if (c.anywhere() == 0) {
            companiesEmpty.set(messages.get("detail.companies.noData"));
            return;
        }
        String nearest = c.nearestKm() == null ? "" : "\n" + messages.get("detail.companies.nearest", FrenchFormats.distance(c.nearestKm()));
        companiesEmpty.set(messages.get("detail.companies.noneWithin", String.valueOf(p.radiusKm())) + nearest);
        if (c.nearestKm() != null) {
            companiesHelp.add(RescueAction.radius(radiusFor(c.nearestKm()), messages.get("detail.help.radius"), messages.reasons()));
        }
    }

    /** The radius that reaches a place at this distance, rounded up to 5 km. */
    static int radiusFor(double km) {
        return Math.min(JobSeekerProfile.MAX_RADIUS_KM, (int) (Math.ceil(km / 5.0) * 5));
    }

    /** Back to the cards. */
    public void close() {
        state.detailTargetProperty().set(null);
    }

    /** The code of the target shown. */
    public javafx.beans.value.ObservableStringValue romeProperty() {
        return state.detailTargetProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    /** "Compétences acquises (4)", or "(20, dont 6 affichées)" when the list names only the first six. */
    static String heading(Messages messages, String key, int shown, int inAll) {
        return inAll > shown ? messages.get(key + ".part", messages.number(inAll), messages.number(shown))
                : messages.get(key, messages.number(shown));
    }

    public ReadOnlyStringProperty sharedTitleProperty() {
        return sharedTitle;
    }

    public ReadOnlyStringProperty missingTitleProperty() {
        return missingTitle;
    }

    public ReadOnlyStringProperty diplomasTitleProperty() {
        return diplomasTitle;
    }

    public ObservableList<String> sharedSkills() {
        return sharedSkills;
    }

    public ObservableList<String> missingSkills() {
        return missingSkills;
    }

    public ObservableList<TrainingRow> trainings() {
        return trainings;
    }

    /** Diplomas and certifications of the target that her level does not reach: shown apart, never as her skills. */
    public ObservableList<String> targetDiplomas() {
        return targetDiplomas;
    }

    /** "Dans quelques mois : une formation courte…": the horizon and the engine's reason. */
    public ReadOnlyStringProperty horizonProperty() {
        return horizon;
    }

    /** What the law requires for a regulated occupation (empty otherwise). */
    public ReadOnlyStringProperty accessProperty() {
        return access;
    }

    /** The training whose funding panel is shown (the table's selection). */
    public ObjectProperty<TrainingRow> selectedProperty() {
        return selected;
    }

    /** Who pays what for the selected training, with the RQTH question. */
    public TrainingFundingViewModel funding() {
        return funding;
    }

    public ObservableList<CompanyRow> companies() {
        return companies;
    }

    public ReadOnlyStringProperty trainingsTitleProperty() {
        return trainingsTitle;
    }

    public ReadOnlyStringProperty companiesTitleProperty() {
        return companiesTitle;
    }

    public ReadOnlyStringProperty trainingsEmptyProperty() {
        return trainingsEmpty;
    }

    public ReadOnlyStringProperty companiesEmptyProperty() {
        return companiesEmpty;
    }

    public ObservableList<RescueAction> trainingsHelp() {
        return trainingsHelp;
    }

    public ObservableList<RescueAction> companiesHelp() {
        return companiesHelp;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }
}
