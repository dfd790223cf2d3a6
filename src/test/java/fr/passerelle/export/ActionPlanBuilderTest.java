package fr.passerelle.export;

import static fr.passerelle.export.PlanFixtures.CPF;
import static fr.passerelle.export.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.export.ActionPlan.DataDate;
import fr.passerelle.export.ActionPlan.NextStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The builder on hand-made paths: choices, texts in plain words, funding today, steps, dates, sample line. */
class ActionPlanBuilderTest {

    private static ActionPlan julietteD1507(String session) {
        return ActionPlanBuilder.build(PlanFixtures.juliette(true), "D1507", session, "Juliette", TODAY);
    }

    @Test
    void withoutAChoiceThePlanTakesTheFirstTrainingShown() {
        ActionPlan plan = julietteD1507(null);
        assertEquals("S1", plan.training().sessionId());
        assertNull(plan.trainingNote());
        assertEquals(List.of("S1", "S2"), plan.trainings().stream().map(PlanTraining::sessionId).toList());
        assertEquals(List.of("S2"), plan.otherTrainings().stream().map(PlanTraining::sessionId).toList());
        assertEquals(6, plan.trainingsFound());
        assertEquals(14, plan.companiesFound());
    }

    @Test
    void aChosenSessionIsTheOneOnThePlan() {
        assertEquals("S2", julietteD1507("S2").training().sessionId());
    }

    @Test
    void aSessionOutsideThePathIsRefusedWithTheSessionsItHolds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> julietteD1507("S9"));
        assertTrue(e.getMessage().contains("S9") && e.getMessage().contains("S1, S2"), e.getMessage());
    }

    @Test
    void anOccupationOutsideThePathIsRefusedWithTheCodesItHolds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActionPlanBuilder.build(PlanFixtures.juliette(false), "N1103", null, "Juliette", TODAY));
        assertTrue(e.getMessage().contains("N1103") && e.getMessage().contains("D1507") && e.getMessage().contains("D1424"),
                e.getMessage());
    }

    @Test
    void theRomeCodeIsReadWhateverItsCase() {
        assertEquals("D1507", ActionPlanBuilder.build(PlanFixtures.juliette(false), " d1507 ", null, null, TODAY).occupation().rome());
    }

    @Test
    void aTrainingFreeMoveGetsAPlanWithoutTraining() {
        ActionPlan plan = ActionPlanBuilder.build(PlanFixtures.juliette(true), "D1424", null, "Juliette", TODAY);
        assertNull(plan.training());
        assertTrue(plan.trainingNote().startsWith("Pas de formation obligatoire"), plan.trainingNote());
        assertTrue(plan.occupation().noTrainingNeeded());
        assertTrue(plan.nextSteps().stream().noneMatch(s -> s.text().contains("organisme")), plan.nextSteps().toString());
    }

    @Test
    void anOccupationWithNoTrainingFoundSaysSoAndWhatWouldHelp() {
        var target = PlanFixtures.target("N1103", "Préparateur / Préparatrice de commandes", false, List.of(), 0, List.of(), 0);
        ActionPlan plan = ActionPlanBuilder.build(PlanFixtures.path(List.of(target), false), "N1103", null, null, TODAY);
        assertNull(plan.training());
        assertTrue(plan.trainingNote().contains("Aucune formation") && plan.trainingNote().contains("30\u00A0km")
                && plan.trainingNote().contains("distance"), plan.trainingNote());
        assertTrue(plan.nextSteps().stream().anyMatch(s -> s.text().contains("élargir le rayon")));
    }

    @Test
    void withoutANameThePlanIsMadeOutToThePersonAccompanied() {
        ActionPlan plan = ActionPlanBuilder.build(PlanFixtures.juliette(false), "D1507", null, "  ", TODAY);
        assertEquals("la personne accompagnée", plan.addressee());
        assertEquals("Plan d'action", plan.title());
        assertEquals("Plan d'action de Juliette", julietteD1507(null).title());
    }

    @Test
    void reasonsAreInPlainWordsWithTheirPlaceAndYear() {
        List<String> why = julietteD1507(null).occupation().why();
        assertTrue(why.get(0).startsWith("Un métier proche du vôtre") && why.get(0).contains("les plus proches"), why.get(0));
        assertTrue(why.contains("Environ 4 fois plus d'offres d'emploi par candidat que pour votre métier actuel dans le "
                + "bassin d'emploi de Lille, 2021."), why.toString());
        assertTrue(why.contains("Les employeurs ont du mal à recruter : tension de 5 sur 5 dans le bassin d'emploi de Lille, 2021."));
        assertTrue(why.contains("Vous avez déjà 4 des 10 compétences et savoirs que demande ce métier."));
        for (String w : why) {
            assertFalse(w.contains("rang") || w.contains("score") || w.contains("D1505"), "jargon in: " + w);
        }
    }

    @Test
    void todayFundingNamesThePayersWithoutPromisingWhatIsNotKnown() {
        PlanFunding f = julietteD1507("S1").training().funding();
        assertEquals(460_000L, f.priceCents());
        assertEquals(410_000L, f.remainingCents(), "the path's remainder: price minus CPF");
        FundingLine collective = f.lines().get(0);
        assertEquals("Conseil régional, France Travail", collective.payer());
        assertNull(collective.amountCents(), "a funded place's value for her is not known before the funding engine");
        assertEquals(FundingLine.Status.POSSIBLE, collective.status());
        FundingLine cpf = f.lines().get(1);
        assertEquals(CPF, cpf.amountCents());
        assertEquals(FundingLine.Status.UNKNOWN, cpf.status(), "CPF eligibility not given by the catalogue");
        assertTrue(f.howToAsk().get(0).contains("place financée"), f.howToAsk().toString());
        assertEquals(0L, f.possibleRemainingCents(), "a funded place is free for a job seeker");
        assertTrue(f.basis().contains("avec une place financée par Conseil régional, France Travail, la formation ne vous coûte rien"),
                f.basis());
    }

    @Test
    void aTraineePaidTrainingUsesTheCpfAndAsksForHelpWithTheRest() {
        PlanFunding f = julietteD1507("S2").training().funding();
        assertEquals(1, f.lines().size(), "'Bénéficiaire' is not a payer to ask");
        assertEquals(FundingLine.Status.POSSIBLE, f.lines().get(0).status());
        assertEquals(69_000L, f.remainingCents());
        assertNull(f.possibleRemainingCents(), "no aid known to lower it");
        assertTrue(f.howToAsk().stream().anyMatch(s -> s.contains("moncompteformation.gouv.fr")));
        assertTrue(f.howToAsk().stream().anyMatch(s -> s.contains("690\u00A0€")), f.howToAsk().toString());
    }

    @Test
    void anUnknownPriceStaysUnknownAndIsAskedFor() {
        var o = PlanFixtures.training("S3", "Préparation opérationnelle à l'emploi", null, CPF, LocalDate.of(2027, 1, 11),
                List.of("France Travail"), null);
        var target = PlanFixtures.target("D1507", "Employé", false, List.of(o), 1, List.of(), 0);
        PlanFunding f = ActionPlanBuilder.build(PlanFixtures.path(List.of(target), false), "D1507", null, null, TODAY)
                .training().funding();
        assertNull(f.priceCents());
        assertNull(f.remainingCents());
        assertTrue(f.howToAsk().stream().anyMatch(s -> s.startsWith("Demander son prix")));
    }

    @Test
    void nextStepsAreDatedFromTheInterviewAndInOrder() {
        ActionPlan plan = julietteD1507("S1");
        List<NextStep> steps = plan.nextSteps();
        NextStep contact = steps.stream().filter(s -> s.text().startsWith("Contacter l'organisme")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 7), contact.by(), "4 weeks before 4 January 2027");
        assertTrue(contact.text().contains("4\u00A0janvier 2027"), contact.text());
        assertTrue(steps.stream().anyMatch(s -> s.text().contains("place financée") && s.by().equals(LocalDate.of(2026, 12, 14))));
        assertTrue(steps.stream().anyMatch(s -> s.text().startsWith("Mettre à jour votre CV") && s.by().equals(TODAY.plusDays(7))));
        for (int i = 1; i < steps.size(); i++) {
            assertFalse(steps.get(i).by().isBefore(steps.get(i - 1).by()), steps.toString());
        }
        steps.forEach(s -> assertFalse(s.by().isBefore(TODAY), s.toString()));
    }

    @Test
    void aSessionStartingSoonIsContactedBeforeItsFirstDay() {
        // S2 starts on 7 December 2026, nine days after the interview: no four-week margin is possible, a week is.
        NextStep contact = julietteD1507("S2").nextSteps().stream().filter(s -> s.text().startsWith("Contacter")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 5), contact.by());
        // Starting in three days: the day before; starting tomorrow or today: today.
        assertEquals(TODAY.plusDays(2), NextStepsPlanner.contactBy(TODAY, TODAY.plusDays(3)));
        assertEquals(TODAY, NextStepsPlanner.contactBy(TODAY, TODAY.plusDays(1)));
        assertEquals(TODAY, NextStepsPlanner.contactBy(TODAY, TODAY));
        assertEquals(TODAY.plusDays(14), NextStepsPlanner.contactBy(TODAY, null));
        assertEquals(LocalDate.of(2027, 3, 1).minusWeeks(4), NextStepsPlanner.contactBy(TODAY, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void dataDatesSayTheVersionOfEachFigureAndWhenItWasImported() {
        List<DataDate> dates = julietteD1507(null).dataDates();
        assertEquals(List.of("Métiers et compétences", "Tension du marché du travail", "Offres d'emploi",
                "Enquête Besoins en main-d'œuvre", "Formations", "Entreprises"), dates.stream().map(DataDate::what).toList());
        assertEquals("ROME 4.60", dates.get(0).version());
        assertEquals("2021 (importé le 20\u00A0novembre 2026)", dates.get(1).asOf());
        assertEquals("au 21\u00A0décembre 2021", dates.get(2).version());
        assertNull(dates.get(4).version());
        assertEquals(LocalDate.of(2026, 11, 25), dates.get(4).imported());
    }

    @Test
    void sampleDataGetsItsLineAndRealDataNone() {
        assertTrue(julietteD1507(null).sampleNotice().startsWith("Données d'exemple fictives"));
        assertNull(ActionPlanBuilder.build(PlanFixtures.juliette(false), "D1507", null, "Juliette", TODAY).sampleNotice());
    }

    @Test
    void theCataloguesAddressAndEntryConditionsComeThroughThePort() {
        TrainingContacts contacts = id -> id.equals("S1") ? Optional.of(new TrainingContact("Organisme",
                "3 avenue des Entrepôts", "59500", "Douai", "Information collective")) : Optional.empty();
        ActionPlan plan = ActionPlanBuilder.build(PlanFixtures.juliette(false), "D1507", null, null, TODAY, contacts);
        assertEquals("3 avenue des Entrepôts, 59500 Douai", plan.training().contact().address());
        assertEquals("Information collective", plan.training().contact().entryConditions());
        assertNull(plan.trainings().get(1).contact());
    }

    @Test
    void aFundingAnswerReplacesTheEstimateWithoutReshapingThePlan() {
        ActionPlan plan = julietteD1507("S1");
        PlanFunding answer = new PlanFunding(460_000L, List.of(new FundingLine("Achat collectif (Conseil régional)", 460_000L,
                FundingLine.Status.CERTAIN, "place financée")), 0L, 0L, List.of("A-t-elle une RQTH ?"),
                List.of("Confirmer la place financée auprès de l'organisme"), "Moteur de financement");
        ActionPlan funded = plan.withFunding(t -> t.sessionId().equals("S1") ? answer : t.funding());
        assertEquals(answer, funded.training().funding());
        assertEquals(answer, funded.trainings().get(0).funding());
        assertEquals(plan.trainings().get(1).funding(), funded.trainings().get(1).funding());
        assertEquals(plan.occupation(), funded.occupation());
        assertEquals(plan.companies(), funded.companies());
        assertTrue(funded.nextSteps().contains(new NextStep(LocalDate.of(2026, 12, 14), "Confirmer la place financée auprès de l'organisme")),
                "the answer's way of asking becomes a dated step: " + funded.nextSteps());
        assertTrue(funded.nextSteps().stream().noneMatch(s -> s.text().contains("moncompteformation")),
                "the estimate's steps are gone with it");
        assertEquals(plan.nextSteps().stream().filter(s -> s.text().startsWith("Mettre à jour votre CV")).toList(),
                funded.nextSteps().stream().filter(s -> s.text().startsWith("Mettre à jour votre CV")).toList());
    }
}
