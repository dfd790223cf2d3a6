package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.profile.JobSeekerProfile;
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
        return new PathViewModel(UiFixtures.paths(), state, tasks, shown::add, Messages.french(), CardGrouping.byHorizon());
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

        List<TargetCard> cards = model.groups().stream().flatMap(g -> g.cards().stream()).toList();
        assertEquals(state.pathProperty().get().occupations().size(), cards.size());
        TargetCard first = cards.get(0);
        assertEquals("D1507", first.rome());
        assertTrue(first.demand().startsWith("Tension 5/5 · "), first.demand());
        assertTrue(first.demand().contains("bassin d'emploi Lille, 2021"), "area names in the usual case: " + first.demand());
        assertTrue(first.demand().contains("au 21 décembre 2021"), first.demand());
        assertEquals("Rien à payer : pas de formation obligatoire", first.leftToPay());
        assertTrue(first.companies().endsWith("de recruter à moins de 30 km"), first.companies());
        assertTrue(model.summaryProperty().get().startsWith("Juliette — Hôte / Hôtesse de caisse (D1505), Lille (59) · rayon 30 km"),
                model.summaryProperty().get());
        assertTrue(model.dataAsOfProperty().get().contains("données d'exemple fictives"), model.dataAsOfProperty().get());
    }

    @Test
    void cardsAreGroupedByHorizonEachWithItsReasonAndRankedOnItsOwn() {
        PathViewModel model = model(TaskRunner.synchronous());

        state.profileProperty().set(UiFixtures.julietteProfile());

        assertEquals(List.of("Tout de suite — sans formation obligatoire", "Dans quelques mois — une formation courte ou un permis",
                "Projet plus long — un diplôme réglementé, une formation de plus d'un an ou un niveau à atteindre"),
                model.groups().stream().map(CardGroup::header).toList());
        var path = state.pathProperty().get().occupations();
        for (CardGroup g : model.groups()) {
            List<String> engineOrder = path.stream().filter(t -> HorizonText.header(t.horizon()).equals(g.header()))
                    .map(t -> t.rome()).toList();
            assertEquals(engineOrder, g.cards().stream().map(TargetCard::rome).toList(), "the engine's rank within " + g.header());
            for (TargetCard c : g.cards()) {
                assertFalse(c.horizonReason().isEmpty(), c.rome());
                assertFalse(g.header().startsWith(c.horizonReason().split(" :")[0]), "no horizon repeated under its header: " + c.horizonReason());
            }
        }
        assertTrue(model.groups().get(0).cards().get(0).horizonReason().startsWith("Mobilité proche vers un métier non réglementé, "
                + "6 compétences et savoirs en commun"), model.groups().get(0).cards().get(0).horizonReason());
        assertEquals("Dans quelques mois — une formation courte ou un permis · 5 métiers", model.groups().get(1).title());
    }

    @Test
    void aRegionFundedTrainingLeavesNothingToPayAndNeverShowsItsPrice() {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(UiFixtures.julietteProfile());
        var target = state.pathProperty().get().occupations().stream().filter(t -> !t.noTrainingNeeded() && !t.trainings().isEmpty()
                && t.trainings().get(0).funders().contains("Conseil régional")).findFirst().orElseThrow();
        TargetCard card = model.groups().stream().flatMap(g -> g.cards().stream()).filter(c -> c.rome().equals(target.rome()))
                .findFirst().orElseThrow();

        assertTrue(card.leftToPay().startsWith("Rien à payer pour elle : place achetée (Conseil régional"), card.leftToPay());
        assertFalse(card.leftToPay().matches(".*\\d\u00A0€.*"), "no price on a bought place: " + card.leftToPay());
    }

    @Test
    void aRegulatedOccupationSaysTheTitleTheLawRequires() throws Exception {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(UiFixtures.paths().resolve(fr.passerelle.app.PathRequest.fromFile(
                java.nio.file.Path.of("data-samples/personas/karim.json"))));

        TargetCard cariste = model.groups().stream().flatMap(g -> g.cards().stream()).filter(c -> c.rome().equals("N1101"))
                .findFirst().orElseThrow();

        assertTrue(cariste.regulated());
        assertTrue(cariste.access().startsWith("Métier réglementé : Autorisation de conduite délivrée par l'employeur"), cariste.access());
        assertTrue(model.groups().stream().flatMap(g -> g.cards().stream()).filter(c -> !c.regulated())
                .allMatch(c -> c.access().isEmpty()));
    }

    @Test
    void theWhatIfControlsKeepHerSituationForTheFundingRules() {
        PathViewModel model = model(TaskRunner.synchronous());
        state.profileProperty().set(UiFixtures.julietteProfile());

        model.radiusProperty().set(20);
        model.maxHoursProperty().set(600);
        model.budgetEurosProperty().set(100);
        model.remoteProperty().set(true);

        JobSeekerProfile p = state.pathProperty().get().profile();
        assertEquals(List.of(20, 600, 10_000L, true), List.of(p.radiusKm(), p.maxHours(), p.budgetCents(), p.remote()));
        assertEquals(fr.passerelle.funding.PersonStatus.DE, p.status(), "a what-if must not forget that she is a registered job seeker");
        assertEquals(20, p.age());
        assertEquals(fr.passerelle.funding.Allocation.AUCUNE, p.allocation());
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
        assertTrue(model.groups().get(0).cards().get(0).companies().endsWith("moins de 5 km"), model.groups().get(0).cards().get(0).companies());
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

        List<TargetCard> cards = model.groups().stream().flatMap(g -> g.cards().stream()).toList();
        TargetCard needsTraining = cards.stream().filter(c -> !c.trainingFound()).findFirst().orElseThrow();

        assertEquals("Aucune formation à moins de 1 km", needsTraining.training());
        assertTrue(cards.stream().allMatch(c -> c.companies().equals("Aucune entreprise connue à moins de 1 km") || c.companyFound()));
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
