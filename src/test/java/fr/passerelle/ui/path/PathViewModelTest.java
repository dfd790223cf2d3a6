package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.JobSeekerProfile;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The path screen without a toolkit: cards, what-if recomputes, rescue buttons, empty states. */
class PathViewModelTest {
    private final InterviewState state = new InterviewState();
    private final List<Screen> shown = new ArrayList<>();

    private PathViewModel model(TaskRunner tasks) {
        return new PathViewModel(UiFixtures.paths(), state, tasks, shown::add, Messages.french(), CardGrouping.single("Métiers"));
    }

    private static JobSeekerProfile wattignies(int radiusKm) throws Exception {
        return UiFixtures.paths().resolve(UiFixtures.juliette().overriddenBy(
                new PathRequest(null, null, "59648", radiusKm, null, null, null, null, null, null)));
    }

    @Test
    void herPathShowsOneCardPerTargetWithFiguresPlaceAndYear() {
        PathViewModel model = model(TaskRunner.synchronous());
        state.personNameProperty().set("Juliette");

        state.profileProperty().set(UiFixtures.julietteProfile());

        assertEquals(1, model.groups().size());
        List<TargetCard> cards = model.groups().get(0).cards();
        assertEquals(state.pathProperty().get().occupations().size(), cards.size());
        TargetCard first = cards.get(0);
        assertEquals("D1507", first.rome());
        assertTrue(first.demand().startsWith("Tension 5/5 · "), first.demand());
        assertTrue(first.demand().contains("LILLE, 2021"), first.demand());
        assertTrue(first.demand().contains("au 21 décembre 2021"), first.demand());
        assertEquals("Rien à payer : pas de formation obligatoire", first.leftToPay());
        assertTrue(first.companies().endsWith("de recruter à moins de 30 km"), first.companies());
        assertTrue(model.summaryProperty().get().startsWith("Juliette — Hôte / Hôtesse de caisse (D1505), Lille (59) · rayon 30 km"),
                model.summaryProperty().get());
        assertTrue(model.dataAsOfProperty().get().contains("données d'exemple fictives"), model.dataAsOfProperty().get());
    }

    @Test
    void theWhatIfControlsStartFromHerProfile() {
        PathViewModel model = model(TaskRunner.synchronous());
        JobSeekerProfile juliette = UiFixtures.julietteProfile();

        state.profileProperty().set(juliette);

        assertEquals(30, model.radiusProperty().get());
        assertEquals(0, model.maxHoursProperty().get());
        assertEquals(0, model.budgetEurosProperty().get());
        assertFalse(model.remoteProperty().get());
    }

    @Test
    void movingTheRadiusRecomputesThePathForTheNewRadius() {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(UiFixtures.julietteProfile());
        int companiesAt30 = state.pathProperty().get().occupations().get(0).companiesFound();

        model.radiusProperty().set(5);

        assertEquals(5, state.profileProperty().get().radiusKm());
        assertEquals(5, state.pathProperty().get().profile().radiusKm());
        assertTrue(state.pathProperty().get().occupations().get(0).companiesFound() < companiesAt30);
        assertTrue(model.groups().get(0).cards().get(0).companies().endsWith("moins de 5 km"));
    }

    @Test
    void aMaximumLengthLeavesOutLongerTrainings() {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(UiFixtures.julietteProfile());

        model.maxHoursProperty().set(100);

        assertEquals(100, state.profileProperty().get().maxHours());
        state.pathProperty().get().occupations().forEach(t -> t.trainings().forEach(o -> assertTrue(o.hours() <= 100, o.title())));
        model.maxHoursProperty().set(0);
        assertEquals(null, state.profileProperty().get().maxHours());
    }

    @Test
    void whileAComputationRunsOnlyTheLatestChangeWaits() {
        List<Runnable> pending = new ArrayList<>();
        List<JobSeekerProfile> computed = new ArrayList<>();
        TaskRunner deferred = new TaskRunner() {
            @Override
            public <T> Handle run(String title, Work<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
                pending.add(() -> {
                    try {
                        onSuccess.accept(work.run(ProgressListener.NONE));
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
                return () -> { };
            }
        };
        PathViewModel model = model(deferred);
        state.pathProperty().addListener((obs, o, path) -> computed.add(path.profile()));
        state.profileProperty().set(UiFixtures.julietteProfile());

        for (int km = 31; km <= 60; km++) {
            model.radiusProperty().set(km);
        }
        assertEquals(1, pending.size(), "one computation runs, the others wait as one");
        assertTrue(model.computingProperty().get());
        pending.remove(0).run();
        assertEquals(1, pending.size());
        pending.remove(0).run();

        assertEquals(List.of(30, 60), computed.stream().map(JobSeekerProfile::radiusKm).toList());
        assertFalse(model.computingProperty().get());
    }

    @Test
    void aTinyRadiusOffersRescueButtonsThatApplyThemselves() throws Exception {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(wattignies(1));
        assertTrue(model.rescue().stream().anyMatch(r -> Integer.valueOf(30).equals(r.radiusKm())), model.rescue().toString());
        RescueAction wider = model.rescue().stream().filter(r -> Integer.valueOf(30).equals(r.radiusKm())).findFirst().orElseThrow();
        assertEquals("Élargir le rayon à 30 km", wider.label());

        model.apply(wider);

        assertEquals(30, model.radiusProperty().get());
        assertEquals(30, state.pathProperty().get().profile().radiusKm());
        assertTrue(state.pathProperty().get().occupations().stream().anyMatch(t -> t.trainingsFound() > 0));
    }

    @Test
    void theDistanceLearningRescueTicksRemote() throws Exception {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(wattignies(1));
        RescueAction remote = model.rescue().stream().filter(RescueAction::remote).findFirst().orElseThrow();

        model.apply(remote);

        assertTrue(model.remoteProperty().get());
        assertTrue(state.profileProperty().get().remote());
    }

    @Test
    void cardsWithoutTrainingSayWhyWithTheRadius() throws Exception {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(wattignies(1));

        TargetCard needsTraining = model.groups().get(0).cards().stream().filter(c -> !c.trainingFound()).findFirst().orElseThrow();

        assertEquals("Aucune formation à moins de 1 km", needsTraining.training());
        assertTrue(model.groups().get(0).cards().stream().allMatch(c -> c.companies().equals("Aucune entreprise connue à moins de 1 km")
                || c.companyFound()));
    }

    @Test
    void cardsComeUnderTheHeadersTheGroupingGives() {
        PathViewModel model = new PathViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), shown::add, Messages.french(),
                new CardGrouping(t -> t.noTrainingNeeded() ? "Tout de suite" : "Avec une formation"));

        state.profileProperty().set(UiFixtures.julietteProfile());

        assertEquals(List.of("Tout de suite", "Avec une formation"), model.groups().stream().map(CardGroup::header).toList());
    }

    @Test
    void planForATargetChoosesItAndOpensThePlan() {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(UiFixtures.julietteProfile());

        model.plan("D1507");

        assertEquals("D1507", state.planTargetProperty().get());
        assertEquals(List.of(Screen.PLAN), shown);
    }

    @Test
    void atMostThreeTargetsAreCompared() {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(UiFixtures.julietteProfile());
        List<String> codes = state.pathProperty().get().occupations().stream().map(t -> t.rome()).toList();

        assertTrue(model.toggleCompare(codes.get(0)));
        assertTrue(model.toggleCompare(codes.get(1)));
        assertTrue(model.toggleCompare(codes.get(2)));
        assertFalse(model.toggleCompare(codes.get(3)));
        assertEquals("Déjà 3 métiers choisis : retirez-en un pour en comparer un autre.", model.messageProperty().get());
        assertTrue(model.toggleCompare(codes.get(0)));
        assertEquals(codes.subList(1, 3), state.compared());
    }
}
