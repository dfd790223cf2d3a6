package fr.passerelle.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.path.CardGrouping;
import fr.passerelle.ui.path.PathViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Occupations side by side, without a toolkit. */
class CompareViewModelTest {
    private final InterviewState state = new InterviewState();
    private final PathViewModel path = new PathViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), s -> { },
            Messages.french(), CardGrouping.byHorizon());
    private final CompareViewModel compare = new CompareViewModel(state, UiFixtures.paths(), Messages.french());

    @Test
    void withoutAPathItSaysWhatToDoFirst() {
        assertTrue(compare.columns().isEmpty());
        assertEquals("Aucun parcours pour l'instant : ouvrez d'abord le parcours de la personne.", compare.noteProperty().get());
    }

    @Test
    void withoutAChoiceTheFirstThreeTargetsAreCompared() {
        state.profileProperty().set(UiFixtures.julietteProfile());

        List<String> expected = state.pathProperty().get().occupations().subList(0, 3).stream().map(t -> t.rome()).toList();
        assertEquals(expected, compare.columns().stream().map(CompareColumn::rome).toList());
    }

    @Test
    void twoChosenOccupationsAreShownInTheOrderChosen() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        List<String> codes = state.pathProperty().get().occupations().stream().map(t -> t.rome()).toList();

        path.toggleCompare(codes.get(3));
        path.toggleCompare(codes.get(0));

        assertEquals(List.of(codes.get(3), codes.get(0)), compare.columns().stream().map(CompareColumn::rome).toList());
        assertEquals("Les métiers choisis sur les cartes du parcours.", compare.noteProperty().get());
    }

    @Test
    void eachCriterionIsWrittenInPlainFrench() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        CompareColumn immediate = compare.columns().stream().filter(c -> c.rome().equals("D1507")).findFirst().orElseThrow();
        CompareColumn withTraining = compare.columns().stream().filter(c -> c.timeToJob().contains("h de formation")).findFirst().orElseThrow();

        assertTrue(immediate.timeToJob().startsWith("Tout de suite : mobilité proche vers un métier non réglementé"), immediate.timeToJob());
        assertEquals("0\u00A0€ (pas de formation obligatoire)", immediate.leftToPay());
        String[] lines = withTraining.timeToJob().split("\n");
        assertTrue(lines[0].startsWith("Dans quelques mois : une formation courte"), "the horizon and its reason first: " + lines[0]);
        assertTrue(lines[lines.length - 1].matches("[0-9\u00A0]+\u00A0h de formation, début (cette semaine|dans \\d+ semaines?) \\(.+\\)"),
                withTraining.timeToJob());
        assertTrue(withTraining.leftToPay().startsWith("Rien à payer pour elle : place achetée"), withTraining.leftToPay());
        assertTrue(withTraining.distance().startsWith("formation à "), withTraining.distance());
        assertTrue(immediate.demand().startsWith("Tension "), immediate.demand());
        assertTrue(immediate.skillsToAcquire().matches("\\d+ à acquérir : .+"), immediate.skillsToAcquire());
    }

    @Test
    void aRegulatedMoveSaysTheRequiredTitleUnderItsHorizon() throws Exception {
        state.profileProperty().set(UiFixtures.paths().resolve(fr.passerelle.app.PathRequest.fromFile(
                java.nio.file.Path.of("data-samples/personas/karim.json"))));
        path.toggleCompare("N1101");
        path.toggleCompare("D1507");

        CompareColumn cariste = compare.columns().get(0);

        assertEquals("N1101", cariste.rome());
        String[] lines = cariste.timeToJob().split("\\n");
        assertTrue(lines[0].startsWith("Dans quelques mois : métier réglementé"), lines[0]);
        assertTrue(lines[1].startsWith("Métier réglementé : Autorisation de conduite"), lines[1]);
    }

    @Test
    void theComparisonSaysWhatTheCardSaysAboutMoney() throws Exception {
        state.profileProperty().set(UiFixtures.paths().resolve(fr.passerelle.app.PathRequest.fromFile(
                java.nio.file.Path.of("data-samples/personas/karim.json"))));
        var cariste = state.target("N1101").orElseThrow();

        CompareColumn column = compare.columns().stream().filter(c -> c.rome().equals("N1101")).findFirst()
                .orElse(CompareViewModel.column(cariste, state.pathProperty().get().profile(), UiFixtures.paths().today(),
                        fr.passerelle.engine.words.MessageRenderer.french()));

        assertEquals(fr.passerelle.ui.path.FundingText.leftToPay(cariste.trainings().get(0)), column.leftToPay());
    }
}
