package fr.passerelle.ui.unlock;

import fr.passerelle.app.profile.ProfileNotFoundException;
import fr.passerelle.app.profile.ProfileStore;
import fr.passerelle.app.profile.SavedPath;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.SchemeAnswer;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.plan.PlanViewModel;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps where an interview ended with the person's profile: the occupation and training chosen on the plan screen,
 * a one-line funding summary and the data dates. Saved once when the interview ends (another person is opened, the
 * data locks, the window closes), not at every click, so a follow-up interview finds the last choice. Nothing is
 * saved while profiles are kept in memory only or before a profile exists.
 */
public final class LastPathSaver {
    private final InterviewState state;
    private final PlanViewModel plan;
    private final ProfileStore store;
    private final Clock clock;
    private final TaskRunner tasks;
    private Pending pending;

    private record Pending(String personId, SavedPath path) {
    }

    public LastPathSaver(InterviewState state, PlanViewModel plan, ProfileStore store, Clock clock) {
        this(state, plan, store, clock, TaskRunner.synchronous());
    }

    /**
     * @param tasks writes the path when another person is opened, off the FX thread (the encrypted store writes the
     *              path and its outbox item); at lock and close the write is done at once, before the data closes
     */
    public LastPathSaver(InterviewState state, PlanViewModel plan, ProfileStore store, Clock clock, TaskRunner tasks) {
        this.state = state;
        this.plan = plan;
        this.store = store;
        this.clock = clock;
        this.tasks = tasks;
    }

    public void install() {
        plan.targetProperty().addListener((obs, o, t) -> remember());
        plan.trainingProperty().addListener((obs, o, t) -> remember());
        state.personProperty().addListener((obs, old, now) -> {
            if (old != null && (now == null || !now.id().equals(old.id()))) {
                Pending p = pending;
                pending = null;
                tasks.run(null, progress -> {
                    write(p);
                    return Boolean.TRUE;
                }, done -> { }, failure -> { });
            }
        });
    }

    /** Notes the current choice; written at {@link #flush()}. */
    void remember() {
        StoredProfile person = state.personProperty().get();
        TargetOccupation target = plan.targetProperty().get();
        PathResult path = state.pathProperty().get();
        if (person == null || target == null || path == null) {
            return;
        }
        var choice = plan.trainingProperty().get();
        TrainingOption option = choice == null || choice.sessionId() == null ? null : target.trainings().stream()
                .filter(t -> choice.sessionId().equals(t.sessionId())).findFirst().orElse(null);
        pending = new Pending(person.id(), new SavedPath(target.rome(), target.label(), option == null ? null : option.title(),
                option == null ? null : funding(option.funding()), dataAsOf(path.dataAsOf()), clock.instant()));
    }

    /** Writes the noted choice, once, now (at lock and close). */
    public void flush() {
        Pending p = pending;
        pending = null;
        write(p);
    }

    private void write(Pending p) {
        if (p == null || !store.persistent()) {
            return;
        }
        try {
            store.savePath(p.personId(), p.path());
        } catch (ProfileNotFoundException | IllegalStateException e) {
            // the profile was erased meanwhile, or the data locked: nothing to keep
        } catch (RuntimeException e) {
            // The store's messages carry no personal value (personal-data.md); the interview goes on.
            System.err.println("passerelle: dernier parcours non enregistré : " + e.getMessage());
        }
    }

    /** "Payeurs : Région (certain), OPCO (possible) ; reste certain 300 €" from what is kept (never an RQTH answer). */
    static String funding(FundingAnswer answer) {
        if (answer == null) {
            return null;
        }
        String payers = answer.payers().stream().map(LastPathSaver::payer).collect(Collectors.joining(", "));
        String rest = answer.certainRemainingCents() == null ? "reste à charge inconnu"
                : "reste certain " + FrenchFormats.money(answer.certainRemainingCents());
        return (payers.isEmpty() ? "aucun payeur trouvé" : "payeurs : " + payers) + " ; " + rest
                + " (règles " + answer.rulesVersion() + ", au " + FrenchFormats.date(answer.on()) + ")";
    }

    private static String payer(SchemeAnswer s) {
        return s.label() + " (" + s.status().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    static String dataAsOf(Map<String, String> dates) {
        if (dates == null || dates.isEmpty()) {
            return null;
        }
        return dates.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
