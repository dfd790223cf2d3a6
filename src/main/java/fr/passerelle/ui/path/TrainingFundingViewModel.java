package fr.passerelle.ui.path;

import fr.passerelle.app.PathService;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.FundingMessages;
import fr.passerelle.funding.FundingReadout;
import fr.passerelle.funding.FundingWords;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who pays what for the training selected in the detail: each scheme with its status and the condition that decides
 * it, the certain and possible remainders, her pay during the training with its source and date, and the questions
 * still to ask. The RQTH question is asked here, for this computation only: answering it recomputes this answer (with
 * the path's rules and day), it is never written to her profile, and it is forgotten when the person changes.
 */
public final class TrainingFundingViewModel {
    private final PathService paths;
    private final InterviewState state;
    private final TaskRunner tasks;
    /** The window's language (no-break spaces inside figures for the amounts shown). */
    private final MessageRenderer in;
    private final ObjectProperty<TrainingOption> training = new SimpleObjectProperty<>();
    /** Null: not asked; true / false: her answer, for this computation only. */
    private final ObjectProperty<Boolean> rqth = new SimpleObjectProperty<>();
    private final ObjectProperty<FundingAnswer> answer = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty remainders = new SimpleStringProperty("");
    private final StringProperty pay = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final ObservableList<SchemeRow> schemes = FXCollections.observableArrayList();
    private final ObservableList<String> questions = FXCollections.observableArrayList();
    private long generation;

    public TrainingFundingViewModel(PathService paths, InterviewState state, TaskRunner tasks) {
        this(paths, state, tasks, Messages.french());
    }

    /** The panel in the window's language ({@code messages}). */
    public TrainingFundingViewModel(PathService paths, InterviewState state, TaskRunner tasks, Messages messages) {
        this.paths = paths;
        this.state = state;
        this.tasks = tasks;
        this.in = messages.reasons();
        training.addListener((obs, o, n) -> compute());
        rqth.addListener((obs, o, n) -> compute());
        // Another person: her RQTH answer is not this one's. The same person shown again keeps it for the session.
        state.personProperty().addListener((obs, old, now) -> {
            if (!samePerson(old, now)) {
                rqth.set(null);
            }
        });
        state.personNameProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                rqth.set(null);
            }
        });
        compute();
    }

    private static boolean samePerson(StoredProfile a, StoredProfile b) {
        return a != null && b != null && a.id().equals(b.id());
    }

    /** The path's answer when the RQTH is not asked, else the answer computed again with hers (in the background). */
    private void compute() {
        long mine = ++generation;
        TrainingOption o = training.get();
        if (o == null || o.funding() == null) {
            show(o, null);
            return;
        }
        Boolean asked = rqth.get();
        JobSeekerProfile profile = state.profileProperty().get();
        if (asked == null || profile == null) {
            show(o, o.funding());
            return;
        }
        tasks.run(null, progress -> paths.funding(profile, o.funding().session(), asked), computed -> {
            if (mine == generation) {
                show(o, computed);
            }
        }, failure -> {
            if (mine == generation) {
                show(o, o.funding());
                basis.set(in.render(Message.of("funding.panel.rqthFailed", Param.label(String.valueOf(failure.getMessage())))));
            }
        });
    }

    private void show(TrainingOption o, FundingAnswer a) {
        answer.set(a);
        if (o == null) {
            title.set(in.render(Message.of("funding.panel.prompt")));
            clear();
            return;
        }
        title.set(in.render(Message.of("funding.panel.title", Param.label(o.title()),
                Param.of(o.start() == null ? Message.NONE : Message.of("funding.panel.title.start", Param.date(o.start()))))));
        if (a == null) {
            clear();
            remainders.set(in.render(Message.of("funding.panel.none")));
            return;
        }
        // Those that pay or could pay first, then those waiting for an answer, then those ruled out (order of the rules
        // within each): the counsellor reads who pays before who does not.
        schemes.setAll(a.schemes().stream().map(s -> SchemeRow.of(s, in))
                .sorted(java.util.Comparator.comparingInt(r -> List.of("certain", "possible", "unknown", "no").indexOf(r.kind())))
                .toList());
        remainders.set(remainders(o, a, in));
        Message payLine = FundingReadout.payMessage(a.pay(), true);
        pay.set(in.render(a.pay().source() == null ? payLine : Message.of("funding.panel.source", Param.of(payLine), Param.label(a.pay().source()))));
        questions.setAll(a.questions().stream().map(q -> in.render(FundingMessages.question(q))).toList());
        // The notes: the funding engine's caveats (a figure carried over from an earlier year).
        basis.set(in.render(Message.of("funding.panel.basis", Param.of(version(a.rulesVersion())), Param.date(a.on()),
                Param.of(a.noteMessages().isEmpty() ? Message.NONE
                        : Message.of("funding.panel.notes", Param.of(FundingMessages.list("funding.sentences", a.noteMessages())))))));
    }

    private void clear() {
        schemes.clear();
        questions.clear();
        remainders.set("");
        pay.set("");
        basis.set("");
    }

    /** "Prix 990 € · Reste à payer 490 € à coup sûr ; 0 € si l'AIF ou l'aide de la Région est accordée". */
    static String remainders(TrainingOption o, FundingAnswer a) {
        return remainders(o, a, MessageRenderer.french());
    }

    static String remainders(TrainingOption o, FundingAnswer a, MessageRenderer in) {
        Message price = a.priceCents() == null ? Message.of("funding.panel.price.unknown")
                : Message.of("funding.panel.price", Param.money(a.priceCents()));
        Message participation = a.participationCents() != null && a.participationCents() > 0
                ? Message.of("funding.left.participation", Param.money(a.participationCents())) : Message.NONE;
        return in.noBreakSpaces().render(Message.of("funding.panel.remainders", Param.of(price),
                Param.of(FundingText.leftToPayMessage(o, a)), Param.of(participation)));
    }

    /** "du 30 novembre 2026" for a dated version, else the version as written. */
    private static Message version(String v) {
        try {
            return Message.of("funding.panel.version.dated", Param.date(LocalDate.parse(v)));
        } catch (DateTimeParseException | NullPointerException e) {
            return v == null ? Message.NONE : Message.of("funding.panel.version", Param.label(v));
        }
    }

    /** The training whose funding is shown (the table's selection); null shows a prompt. */
    public ObjectProperty<TrainingOption> trainingProperty() {
        return training;
    }

    /** Her answer to the RQTH question: null (not asked), true, false. Never stored. */
    public ObjectProperty<Boolean> rqthProperty() {
        return rqth;
    }

    /** The answer shown (the path's, or the one computed again with her RQTH answer). */
    public javafx.beans.value.ObservableValue<FundingAnswer> answerProperty() {
        return answer;
    }

    /** True when the answer shown is certain to leave nothing to pay (read by tests and the view's colours). */
    public boolean nothingToPay() {
        FundingAnswer a = answer.get();
        return a != null && Long.valueOf(0).equals(FundingWords.certainToPay(a));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty remaindersProperty() {
        return remainders;
    }

    public ReadOnlyStringProperty payProperty() {
        return pay;
    }

    public ReadOnlyStringProperty basisProperty() {
        return basis;
    }

    public ObservableList<SchemeRow> schemes() {
        return schemes;
    }

    public ObservableList<String> questions() {
        return questions;
    }
}
