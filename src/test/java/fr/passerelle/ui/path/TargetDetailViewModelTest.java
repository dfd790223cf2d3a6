package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The detail of one target without a toolkit: all rows, sorted values, and empty tables that say why. */
class TargetDetailViewModelTest {
    private final InterviewState state = new InterviewState();
    private final PathViewModel path = new PathViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), s -> { },
            Messages.french(), CardGrouping.byHorizon());
    private final TargetDetailViewModel detail = new TargetDetailViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(),
            Messages.french());

    /** A target of Juliette's path that has trainings within her usual 30 km (not every target has some in the samples). */
    private fr.passerelle.engine.result.TargetOccupation withTrainingsNearLille() throws Exception {
        state.profileProperty().set(UiFixtures.paths().resolve(UiFixtures.juliette()));
        return state.pathProperty().get().occupations().stream().filter(t -> !t.noTrainingNeeded() && t.trainingsFound() > 0)
                .findFirst().orElseThrow();
    }

    @Test
    void theDetailListsAllTrainingsAndCompaniesWithSkills() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        var target = state.pathProperty().get().occupations().stream().filter(t -> t.trainingsFound() > t.trainings().size())
                .findFirst().orElseThrow();

        path.openDetail(target.rome());

        assertTrue(detail.openProperty().get());
        assertEquals(target.trainingsFound(), detail.trainings().size());
        assertEquals(target.companiesFound(), detail.companies().size());
        assertEquals("Formations (" + target.trainingsFound() + ")", detail.trainingsTitleProperty().get());
        assertEquals(target.sharedSkills(), detail.sharedSkills());
        assertEquals(target.missingSkills(), detail.missingSkills());
        assertEquals(target.label() + " (" + target.rome() + ")", detail.titleProperty().get());
        assertEquals("", detail.trainingsEmptyProperty().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "detail.skills.held    | 4 | 4  | Compétences _acquises (4)                  | Skills _held (4)",
        "detail.skills.held    | 6 | 20 | Compétences _acquises (20, dont 6 affichées) | Skills _held (20, 6 shown)",
        "detail.skills.missing | 6 | 9  | Compétences à acq_uérir (9, dont 6 affichées) | Skills to acq_uire (9, 6 shown)",
        "detail.diplomas       | 6 | 11 | _Diplômes du métier visé (11, dont 6 affichés) | _Diplomas of the target occupation (11, 6 shown)"})
    void aHeadingSaysHowManyInAllWhenItsListNamesOnlyTheFirst(String key, int shown, int inAll, String french, String english) {
        assertEquals(french, TargetDetailViewModel.heading(Messages.french(), key, shown, inAll));
        assertEquals(english, TargetDetailViewModel.heading(new Messages(java.util.Locale.ENGLISH), key, shown, inAll));
    }

    @Test
    void theHeadingsCountTheTargetsListsOnTheSamples() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        var target = state.pathProperty().get().occupations().get(0);

        path.openDetail(target.rome());

        assertEquals(TargetDetailViewModel.heading(Messages.french(), "detail.skills.held", target.sharedSkills().size(),
                target.skillCounts().held()), detail.sharedTitleProperty().get());
        assertTrue(target.skillCounts().held() >= target.sharedSkills().size());
        assertTrue(detail.missingTitleProperty().get().startsWith("Compétences à acq_uérir ("), detail.missingTitleProperty().get());
    }

    @Test
    void theDetailSaysTheHorizonAndForARegulatedOccupationTheRequiredTitle() throws Exception {
        state.profileProperty().set(UiFixtures.paths().resolve(PathRequest.fromFile(java.nio.file.Path.of("data-samples/personas/karim.json"))));
        var cariste = state.target("N1101").orElseThrow();

        path.openDetail("N1101");

        assertEquals(HorizonText.withLabel(cariste), detail.horizonProperty().get());
        assertTrue(detail.horizonProperty().get().startsWith("Dans quelques mois : métier réglementé"), detail.horizonProperty().get());
        assertTrue(detail.accessProperty().get().startsWith("Métier réglementé : Autorisation de conduite"), detail.accessProperty().get());
        assertEquals(cariste.targetDiplomas(), detail.targetDiplomas());
    }

    @Test
    void theTargetsDiplomasAreListedApartFromHerSkills() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        var target = state.pathProperty().get().occupations().get(0);

        path.openDetail(target.rome());

        assertEquals(target.targetDiplomas(), detail.targetDiplomas());
        assertTrue(detail.sharedSkills().stream().noneMatch(detail.targetDiplomas()::contains));
        assertEquals("", detail.accessProperty().get(), "not regulated: nothing said");
    }

    @Test
    void theFundingPanelFollowsTheSameSessionAfterAWhatIf() throws Exception {
        var target = withTrainingsNearLille();
        path.openDetail(target.rome());
        TrainingRow second = detail.trainings().get(1);
        detail.selectedProperty().set(second);

        path.budgetEurosProperty().set(200);

        assertEquals(second.option().sessionId(), detail.selectedProperty().get().option().sessionId());
        assertEquals(detail.selectedProperty().get().option(), detail.funding().trainingProperty().get());
        assertEquals(20_000L, state.pathProperty().get().profile().budgetCents());
    }

    @Test
    void closingTheDetailGoesBackToTheCards() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        path.openDetail("D1507");

        detail.close();

        assertFalse(detail.openProperty().get());
        assertEquals(null, state.detailTargetProperty().get());
    }

    @Test
    void anEmptyTrainingTableSaysTheNearestAndOffersAWiderRadius() throws Exception {
        var target = withTrainingsNearLille();
        state.profileProperty().set(UiFixtures.paths().resolve(UiFixtures.juliette().overriddenBy(
                new PathRequest(null, null, "59648", 1, null, null, null, null, null, null))));

        path.openDetail(target.rome());

        assertTrue(detail.trainings().isEmpty());
        assertTrue(detail.trainingsEmptyProperty().get().startsWith("Aucune formation à venir à moins de 1 km.\nLa plus proche est à "),
                detail.trainingsEmptyProperty().get());
        RescueAction wider = detail.trainingsHelp().get(0);
        assertTrue(wider.label().startsWith("Élargir le rayon à "), wider.label());

        path.apply(wider);

        assertEquals(wider.radiusKm(), state.profileProperty().get().radiusKm());
        assertFalse(detail.trainings().isEmpty(), "the widened radius reaches the nearest training: " + wider + " " + state.profileProperty().get() + " " + detail.trainingsEmptyProperty().get());
    }

    @Test
    void trainingsExcludedByTheMaximumLengthAreCountedWithAButtonToLiftIt() throws Exception {
        var target = withTrainingsNearLille();
        state.profileProperty().set(UiFixtures.paths().resolve(UiFixtures.juliette().overriddenBy(
                new PathRequest(null, null, null, null, null, 1, null, null, null, null))));

        path.openDetail(target.rome());

        assertTrue(detail.trainingsEmptyProperty().get().contains("dépassent la durée maximale de 1\u00A0h"), detail.trainingsEmptyProperty().get());
        RescueAction lift = detail.trainingsHelp().stream().filter(RescueAction::noMaxHours).findFirst().orElseThrow();
        path.apply(lift);
        assertEquals(null, state.profileProperty().get().maxHours());
        assertFalse(detail.trainings().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"0.4, 5", "12.3, 15", "30, 30", "47.1, 50", "999.9, 1000"})
    void theRadiusThatReachesTheNearestIsRoundedUpToFiveKilometres(double km, int radius) {
        assertEquals(radius, TargetDetailViewModel.radiusFor(km));
    }
}
