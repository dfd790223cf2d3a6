package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.funding.SchemeStatus;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funding panel of the detail, without a toolkit, on Juliette's samples: who pays what for the training selected,
 * and the RQTH question asked for one computation, never kept.
 */
class TrainingFundingViewModelTest {
    private static final String NB = "\u00A0";
    private final InterviewState state = new InterviewState();
    private final PathViewModel path = new PathViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), s -> { },
            Messages.french(), CardGrouping.byHorizon());
    private final TargetDetailViewModel detail = new TargetDetailViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(),
            Messages.french());
    private final TrainingFundingViewModel funding = detail.funding();

    @BeforeEach
    void juliette() {
        state.personProperty().set(person("p1"));
        state.profileProperty().set(UiFixtures.julietteProfile());
        path.openDetail("N1103");
    }

    private static StoredProfile person(String id) {
        return new StoredProfile(id, "Juliette", UiFixtures.juliette(), List.of(), Instant.EPOCH, Instant.EPOCH);
    }

    /** The first training of the detail whose title starts so, paid by herself or not (with a published price). */
    private void select(String titleStart, boolean selfPaid) {
        detail.selectedProperty().set(detail.trainings().stream().filter(r -> r.title().startsWith(titleStart)
                && r.option().funders().contains("Bénéficiaire") == selfPaid && r.costValue() != null).findFirst().orElseThrow());
    }

    /** The 1 190 € CACES of the samples (categories 1A, 3 and 5, for N1101 and N1103), which she would pay herself. */
    private void selectCaces() {
        detail.selectedProperty().set(detail.trainings().stream().filter(r -> r.title().startsWith("CACES")
                && Long.valueOf(119_000).equals(r.costValue())).findFirst().orElseThrow());
    }

    private SchemeRow scheme(String id) {
        return funding.schemes().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFirstTrainingIsShownWhenTheDetailOpens() {
        assertEquals(detail.trainings().get(0), detail.selectedProperty().get());
        assertTrue(funding.titleProperty().get().startsWith("Qui paie quoi — " + detail.trainings().get(0).title()),
                funding.titleProperty().get());
        assertEquals(8, funding.schemes().size(), "every scheme of the rules, each with its status");
    }

    @Test
    void theRegionFundedTitreLeavesNothingToPay() {
        select("Titre professionnel", false);

        long price = detail.selectedProperty().get().costValue();
        assertEquals("acquis : " + fr.passerelle.ui.common.FrenchFormats.money(price), scheme("achat_collectif").status());
        assertTrue(funding.remaindersProperty().get().contains("Rien à payer pour elle : place achetée (Conseil régional"),
                funding.remaindersProperty().get());
        assertTrue(funding.nothingToPay());
        assertTrue(funding.payProperty().get().startsWith("Pendant la formation : "), funding.payProperty().get());
        assertTrue(funding.payProperty().get().contains("Source : "), "pay with its source: " + funding.payProperty().get());
    }

    @Test
    void aCacesSheWouldPayShowsItsRemainderAndTheAifAsPossible() {
        selectCaces();

        assertEquals("certain", scheme("cpf").kind());
        assertEquals("possible", scheme("aif").kind());
        assertEquals("possible jusqu'à 690" + NB + "€", scheme("aif").status(), "1 190 € minus her 500 € of CPF");
        assertTrue(funding.remaindersProperty().get().startsWith("Prix 1" + NB + "190" + NB + "€ · Reste à payer 690" + NB + "€ à coup sûr ; 0" + NB
                + "€ si "), funding.remaindersProperty().get());
        assertTrue(funding.remaindersProperty().get().contains("l'AIF"), funding.remaindersProperty().get());
        assertFalse(funding.nothingToPay());
        assertEquals("✗ Places achetées par un financeur public (codes financeurs de la session) : inscriptions individuelles",
                scheme("achat_collectif").decides());
    }

    @Test
    void answeringTheRqthQuestionRecomputesThisAnswerOnly() {
        selectCaces();
        assertEquals("unknown", scheme("agefiph").kind());
        assertTrue(funding.questions().stream().anyMatch(q -> q.contains("RQTH")));

        funding.rqthProperty().set(true);

        assertEquals("possible", scheme("agefiph").kind(), "with an RQTH the Agefiph may pay");
        assertTrue(funding.remaindersProperty().get().contains("l'aide de l'Agefiph"), "the best case names it: "
                + funding.remaindersProperty().get());
        assertTrue(funding.questions().stream().noneMatch(q -> q.contains("RQTH")), "answered: no longer asked");
        var inThePath = detail.selectedProperty().get().option().funding();
        assertEquals(SchemeStatus.UNKNOWN, inThePath.scheme("agefiph").orElseThrow().status(), "the path's answer is not changed");

        funding.rqthProperty().set(false);
        assertEquals("no", scheme("agefiph").kind());

        funding.rqthProperty().set(null);
        assertEquals("unknown", scheme("agefiph").kind());
    }

    @Test
    void theRqthAnswerFollowsTheSelectedTrainingOfTheSamePerson() {
        selectCaces();
        funding.rqthProperty().set(true);

        select("Titre professionnel", false);
        selectCaces();

        assertEquals("possible", scheme("agefiph").kind());
        assertEquals(Boolean.TRUE, funding.rqthProperty().get());
    }

    @Test
    void theRqthAnswerIsForgottenWhenThePersonChanges() {
        selectCaces();
        funding.rqthProperty().set(true);

        state.personProperty().set(person("p1"));
        assertEquals(Boolean.TRUE, funding.rqthProperty().get(), "the same person shown again keeps it");

        state.personProperty().set(person("p2"));

        assertNull(funding.rqthProperty().get());
        assertEquals("unknown", scheme("agefiph").kind());
    }

    @Test
    void theRqthIsNeverPartOfHerProfile() {
        selectCaces();
        funding.rqthProperty().set(true);

        assertTrue(java.util.Arrays.stream(fr.passerelle.engine.profile.JobSeekerProfile.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase().contains("rqth")));
        assertTrue(java.util.Arrays.stream(fr.passerelle.app.PathRequest.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase().contains("rqth")));
    }
}
