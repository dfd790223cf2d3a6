package fr.passerelle.engine;

import fr.passerelle.engine.profile.JobSeekerProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.SchemeStatus;
import fr.passerelle.store.PathDataStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Juliette (registered job seeker, 20, CPF 500 €, no allowance) on the bundled samples: who pays her trainings. The
 * issue's own example: the titre professionnel bought by the Région and France Travail was shown as "reste à payer
 * 4 100 €"; it is free for her.
 */
class JulietteFundingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static JobSeekerProfile juliette(Workstation w) throws Exception {
        return new ProfileResolver(w.jobSearch(), w.pathEngine().index())
                .resolve(PathRequest.fromFile(Path.of("data-samples/personas/juliette.json")));
    }

    private static List<TrainingOption> trainings(PathResult result) {
        List<TrainingOption> all = new ArrayList<>();
        result.occupations().forEach(t -> all.addAll(t.trainings()));
        return all;
    }

    @Test
    void theRegionFundedTitreProfessionnelLeavesNothingCertainToPay() throws Exception {
        Workstation w = SampleWorkstation.get();
        PathResult result = w.pathEngine().compute(juliette(w), 5, TODAY);
        List<TrainingOption> employeCommercial = trainings(result).stream()
                .filter(o -> o.title().equals("Titre professionnel Employé commercial en magasin") && o.costCents() != null).toList();
        assertFalse(employeCommercial.isEmpty(), "the 4 600 € session is in her path");
        for (TrainingOption o : employeCommercial) {
            assertEquals(460_000L, o.costCents());
            assertEquals(List.of("Conseil régional", "France Travail"), o.funders());
            assertEquals(0L, o.remainingCents(), "bought by the Région and France Travail: free for her");
            assertEquals(Boolean.TRUE, o.affordable());
            FundingAnswer f = o.funding();
            assertEquals(SchemeStatus.CERTAIN, f.scheme("achat_collectif").orElseThrow().status());
            assertEquals(460_000L, f.scheme("achat_collectif").orElseThrow().amountCents());
            assertEquals(0L, f.scheme("cpf").orElseThrow().amountCents(), "her CPF is not spent on a free place");
            assertEquals(0L, f.certainRemainingCents());
            assertEquals(0L, f.possibleRemainingCents());
            assertEquals("rfft", f.pay().scheme(), "no ARE: the France Travail trainee pay");
            assertEquals(52_800L, f.pay().monthlyCents(), "20 years old: 528 € a month since 1 April 2024");
        }
    }

    @Test
    void aCacesSheSelfFundsLeavesItsPriceMinusHerCpfWithTheAifPossible() throws Exception {
        Workstation w = SampleWorkstation.get();
        TrainingOffer caces = offer(w, "EX_SE_0015");
        assertEquals(List.of(10), caces.funderCodes(), "funder 10: the trainee");
        assertEquals(99_000L, caces.costCents());
        FundingAnswer f = w.funding().answer(juliette(w), caces, TODAY);
        assertEquals(SchemeStatus.NOT_ELIGIBLE, f.scheme("achat_collectif").orElseThrow().status());
        assertEquals(SchemeStatus.CERTAIN, f.scheme("cpf").orElseThrow().status());
        assertEquals(50_000L, f.scheme("cpf").orElseThrow().amountCents());
        assertEquals(0L, f.participationCents(), "a job seeker owes no CPF participation");
        assertEquals(99_000L - 50_000L, f.certainRemainingCents());
        assertEquals(SchemeStatus.POSSIBLE, f.scheme("aif").orElseThrow().status());
        assertEquals(49_000L, f.scheme("aif").orElseThrow().amountCents(), "the AIF could top up what is left");
        assertEquals(0L, f.possibleRemainingCents());
        assertTrue(f.questions().stream().anyMatch(q -> q.contains("RQTH")), "the RQTH is asked, never assumed");
    }

    @Test
    void withoutHerSituationOnlyHerCpfIsCertain() throws Exception {
        Workstation w = SampleWorkstation.get();
        JobSeekerProfile unknown = juliette(w).withSituation(null, null, null, null);
        TrainingOffer employeCommercial = offer(w, "EX_SE_0042");
        FundingAnswer f = w.funding().answer(unknown, employeCommercial, TODAY);
        assertEquals(SchemeStatus.UNKNOWN, f.scheme("achat_collectif").orElseThrow().status(), "a missing status is never a yes");
        assertEquals(460_000L - 50_000L, f.certainRemainingCents(), "only her CPF is certain");
        assertEquals(10_320L, f.participationCents(), "not known to be a job seeker: the 2026 CPF participation is counted");
        assertTrue(f.questions().get(0).startsWith("Est-elle inscrite comme demandeuse d'emploi"), f.questions().toString());
        assertNotNull(f.pay().note());
    }

    private static TrainingOffer offer(Workstation w, String session) {
        List<TrainingOffer> found = new ArrayList<>();
        new PathDataStore(w.referenceDatabase()).trainings(o -> {
            if (o.sessionId().endsWith("#" + session)) {
                found.add(o);
            }
        });
        assertEquals(1, found.size(), session);
        return found.get(0);
    }
}
