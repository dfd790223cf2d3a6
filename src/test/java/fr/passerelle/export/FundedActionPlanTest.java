package fr.passerelle.export;

import static fr.passerelle.export.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.Access;
import fr.passerelle.export.FundingLine.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plan with the funding engine's answers (bundled rules, no database): who pays what, the certain and possible
 * remainders, her pay, the questions, and the steps to ask for each aid, dated; the horizon and a regulated title.
 */
class FundedActionPlanTest {
    private static final String NB = "\u00A0";
    private static final String THIN = "\u202F";

    @TempDir
    Path dir;

    private static ActionPlan plan(String session) {
        return ActionPlanBuilder.build(PlanFixtures.julietteFunded(Access.UNKNOWN), "D1507", session, "Juliette", TODAY);
    }

    private static List<String> payers(PlanFunding f) {
        return f.lines().stream().map(l -> l.payer() + " | " + l.amountCents() + " | " + l.status()).toList();
    }

    @Test
    void theRegionFundedTitreIsFreeAndSaysWhyWithoutTheSchemesThatCannotMatter() {
        PlanFunding f = plan("S1").training().funding();

        assertEquals(List.of("Place financée (Conseil régional, France Travail) | 460000 | CERTAIN"), payers(f));
        assertEquals(0L, f.remainingCents());
        assertEquals(0L, f.possibleRemainingCents());
        assertEquals(List.of(), f.questions(), "nothing left to pay: nothing to ask");
        assertTrue(f.pay().startsWith("Rémunération des formations de France Travail (RFFT), environ 528"), f.pay());
        assertTrue(f.pay().contains("Source : "), "her pay with its source: " + f.pay());
    }

    @Test
    void aCacesSheWouldPayHasHerCpfTheAidsToAskForAndTheAnswersMissing() {
        PlanFunding f = plan("S2").training().funding();

        assertEquals(List.of("Votre CPF | 50000 | CERTAIN",
                "Chèque Pass Formation (Région Hauts-de-France) | 69000 | POSSIBLE",
                "Agefiph | null | UNKNOWN",
                "AIF de France Travail | 69000 | POSSIBLE"), payers(f));
        assertEquals(69_000L, f.remainingCents(), "1 190 € minus her 500 € of CPF, for sure");
        assertEquals(0L, f.possibleRemainingCents(), "if an aid is granted");
        assertTrue(f.lines().stream().anyMatch(l -> l.payer().equals("Agefiph")
                && l.note().equals("dépend de : reconnaissance de la qualité de travailleur handicapé (RQTH)")), f.lines().toString());
        assertTrue(f.questions().stream().anyMatch(q -> q.contains("RQTH")), "asked, never assumed: " + f.questions());
    }

    @Test
    void eachWayOfAskingForAnAidBecomesADatedStepSaidToHer() {
        ActionPlan plan = plan("S2");
        LocalDate fundingBy = LocalDate.of(2026, 12, 21);

        assertTrue(plan.nextSteps().contains(new ActionPlan.NextStep(fundingBy,
                "Acheter la session sur Mon compte formation (moncompteformation.gouv.fr)")), plan.nextSteps().toString());
        assertTrue(plan.nextSteps().contains(new ActionPlan.NextStep(fundingBy,
                "Faire valider le projet de formation par votre conseiller·ère France Travail (projet personnalisé d'accès à l'emploi)")),
                plan.nextSteps().toString());
        assertTrue(plan.nextSteps().stream().noneMatch(s -> s.text().contains("son conseiller")), "the plan speaks to her");
        assertTrue(plan.nextSteps().stream().noneMatch(s -> s.text().contains("RQTH")), "a question is not a step");
    }

    @Test
    void aBoughtPlaceWithAnUnpublishedPriceLeavesACertainZero() {
        PlanFunding f = plan("S3").training().funding();

        assertNull(f.priceCents());
        assertEquals(0L, f.remainingCents(), "bought for her: nothing to pay whatever the price");
        assertEquals(List.of("Place financée (France Travail) | null | CERTAIN"), payers(f));
        assertTrue(plan("S3").nextSteps().stream().noneMatch(s -> s.text().startsWith("Demander son prix")),
                "no price to ask for: it is not hers to pay");
    }

    @Test
    void theHorizonIsSaidAndARegulatedOccupationNamesTheTitleTheLawRequires() {
        Access ambulancier = new Access(true, "Diplôme d'État d'ambulancier", "801 h", 6, "CSP L4393-2", "https://…", List.of(), 3, false);

        ActionPlan plan = ActionPlanBuilder.build(PlanFixtures.julietteFunded(ambulancier), "D1507", null, "Juliette", TODAY);

        assertEquals("dans quelques mois : après une formation courte ou un permis", plan.occupation().when());
        assertEquals("Diplôme d'État d'ambulancier (en général 801 h)", plan.occupation().required());
        assertNull(plan("S1").occupation().required(), "not regulated: nothing required said");
    }

    @Test
    void thePdfSaysWhoPaysWhatTheRemaindersAndTheRequiredTitle() throws IOException {
        Access ambulancier = new Access(true, "Diplôme d'État d'ambulancier", "801 h", 6, "CSP L4393-2", "https://…", List.of(), 3, false);
        Path pdf = dir.resolve("plan.pdf");
        new PdfPlanWriter().write(ActionPlanBuilder.build(PlanFixtures.julietteFunded(ambulancier), "D1507", "S2", "Juliette", TODAY), pdf);

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() <= 2);
            text = new PDFTextStripper().getText(doc).replaceAll("\\R", " ");
        }
        assertTrue(text.contains("Votre CPF 500" + NB + "€, acquis"), text);
        assertTrue(text.contains("jusqu'à 690" + NB + "€, à demander"), text);
        assertTrue(text.contains("690" + NB + "€ ; 0" + NB + "€ si les aides à demander sont accordées"), text);
        assertTrue(text.contains("Vos revenus pendant la formation, rémunération des formations de France Travail (RFFT)"), text);
        assertTrue(text.contains("Quand Dans quelques mois"), text);
        assertTrue(text.contains("métier réglementé : Diplôme d'État d'ambulancier (en général 801 h)"), text);
    }

    @Test
    void otherTrainingsSayWhatIsLeftForHerNeverThePriceOfABoughtPlace() throws IOException {
        Path pdf = dir.resolve("poe.pdf");
        new PdfPlanWriter().write(plan("S3"), pdf);

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\R", " ");
        }
        assertTrue(text.contains("Titre professionnel Employé commercial en magasin — ") && text.contains("rien à payer pour vous"), text);
        assertTrue(text.contains("reste à payer 690" + NB + "€"), "the CACES she would pay: " + text);
        assertTrue(!text.contains("4" + THIN + "600"), "never the price of a bought place: " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Demander la prescription de la session à son conseiller France Travail | Demander la prescription de la session à votre conseiller·ère France Travail
            Le conseiller monte la POEI avec l'employeur                           | Votre conseiller·ère monte la POEI avec l'employeur
            Monter la demande avec le conseiller (France Travail ou Cap emploi)    | Monter la demande avec votre conseiller·ère (France Travail ou Cap emploi)
            Acheter la session sur Mon compte formation                            | Acheter la session sur Mon compte formation
            """)
    void aRulesStepIsSaidToHer(String rule, String plan) {
        assertEquals(plan, PlainWords.toYou(rule));
    }
}
