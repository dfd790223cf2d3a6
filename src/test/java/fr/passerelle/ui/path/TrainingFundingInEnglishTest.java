package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The detail's training rows, scheme rows and funding panel in an English window, on Juliette's samples: our words in
 * English with English figures, the rules' own texts (scheme names, conditions, sources) as the rules write them.
 */
class TrainingFundingInEnglishTest {
    private static final String NB = "\u00A0";
    private final InterviewState state = new InterviewState();
    private final Messages english = new Messages(Locale.ENGLISH);
    private final PathViewModel path = new PathViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), s -> { },
            english, CardGrouping.byHorizon());
    private final TargetDetailViewModel detail = new TargetDetailViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), english);
    private final TrainingFundingViewModel funding = detail.funding();

    @BeforeEach
    void juliette() {
        state.personProperty().set(new StoredProfile("p1", "Juliette", UiFixtures.juliette(), List.of(), Instant.EPOCH, Instant.EPOCH));
        state.profileProperty().set(UiFixtures.julietteProfile());
        path.openDetail("N1103");
    }

    private TrainingRow caces() {
        return detail.trainings().stream().filter(r -> r.title().startsWith("CACES") && Long.valueOf(119_000).equals(r.costValue()))
                .findFirst().orElseThrow();
    }

    private TrainingRow regionTitre() {
        return detail.trainings().stream().filter(r -> r.title().startsWith("Titre professionnel")
                && !r.option().funders().contains("Bénéficiaire") && r.costValue() != null).findFirst().orElseThrow();
    }

    private SchemeRow scheme(String id) {
        return funding.schemes().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aTrainingRowSaysItsFiguresAndWhoPaysInEnglish() {
        TrainingRow caces = caces();
        assertEquals("€1,190", caces.cost());
        assertEquals("€690", caces.remaining(), "1,190 minus her 500 of CPF");
        assertEquals("€0", caces.possible(), "if the AIF is granted");
        assertEquals("CPF €500; possible: the Region's aid, the AIF", caces.payers());
        assertTrue(caces.hours().matches("[0-9,]+" + NB + "h"), caces.hours());
        assertTrue(caces.startShort().matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}"), "an English short date: " + caces.startShort());
        assertTrue(caces.placeAndDistance().matches(".*, [0-9.]+" + NB + "km"), caces.placeAndDistance());

        TrainingRow titre = regionTitre();
        assertTrue(titre.payers().startsWith("Place bought for her (Conseil régional"), titre.payers());
        assertEquals("€0", titre.remaining());
        assertEquals("—", titre.possible());
    }

    @Test
    void theSchemeRowsSayTheStatusAndTheDecidingValueInEnglish() {
        detail.selectedProperty().set(caces());

        assertEquals("possible, up to €690", scheme("aif").status());
        assertEquals("secured: €500", scheme("cpf").status());
        assertEquals("to check", scheme("agefiph").status());
        assertEquals("no", scheme("achat_collectif").status());
        // The condition is the rules' text (French data), its value is ours: said in English.
        assertEquals("✗ Places achetées par un financeur public (codes financeurs de la session): individual enrolments",
                scheme("achat_collectif").decides());
        assertEquals("? Reconnaissance de la qualité de travailleur handicapé (RQTH): not given", scheme("agefiph").decides());
        assertEquals("Aide individuelle à la formation (AIF, France Travail)", scheme("aif").payer(), "the scheme's name is data");
    }

    @Test
    void theFundingPanelSaysWhoPaysWhatInEnglish() {
        detail.selectedProperty().set(caces());

        assertTrue(funding.titleProperty().get().startsWith("Who pays what — CACES"), funding.titleProperty().get());
        assertTrue(funding.titleProperty().get().contains(", starts on "), funding.titleProperty().get());
        assertTrue(funding.remaindersProperty().get().equals("Price €1,190 · Left to pay €690 for sure; €0 if the Region's aid or the AIF is granted"),
                funding.remaindersProperty().get());
        assertTrue(funding.payProperty().get().startsWith("During the training: "), funding.payProperty().get());
        assertTrue(funding.basisProperty().get().startsWith("Funding rules of "), funding.basisProperty().get());
        assertTrue(funding.basisProperty().get().contains(", computed on "), funding.basisProperty().get());
        assertTrue(funding.questions().stream().anyMatch(q -> q.startsWith("Is she recognised as a disabled worker (RQTH)?")),
                funding.questions().toString());
        assertFalse(funding.questions().stream().anyMatch(q -> q.contains("A-t-elle")), "no French question left");

        funding.rqthProperty().set(true);
        assertEquals("possible", scheme("agefiph").kind());
        assertTrue(funding.remaindersProperty().get().contains("the Agefiph's aid"), funding.remaindersProperty().get());
    }

    @Test
    void theSameTrainingInAFrenchWindowIsSaidInFrench() {
        TrainingRow row = new TrainingRow(caces().option(), Messages.french().reasons());
        assertEquals("1" + NB + "190" + NB + "€", row.cost());
        assertEquals("690" + NB + "€", row.remaining());
        assertEquals("CPF 500" + NB + "€ ; possible : l'aide de la Région, l'AIF", row.payers());
        assertEquals(new TrainingRow(caces().option()), row, "the French row is the row built without a language");
    }
}
