package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.PathResult;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * When no training was found, the plan's step asks the counsellor to widen the search, and suggests distance learning
 * only to someone who does not accept it yet: Nadia (data-samples/personas/nadia.json) accepts it, and her first
 * target (K2204) has no training within 25 km nor remote, on the bundled samples.
 */
class FindTrainingStepTest {

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void aPersonWhoAcceptsDistanceLearningIsNotToldToAcceptIt(PlanLanguage language) throws Exception {
        PathResult path = SamplePlans.path("nadia");
        assertTrue(path.profile().remote(), "Nadia accepts distance learning");
        ActionPlan plan = ActionPlanBuilder.build(path, "K2204", null, "Nadia", SamplePlans.TODAY, SamplePlans.contacts(), language);
        List<String> find = findSteps(plan, language);
        assertEquals(1, find.size(), "one step to find a training: " + plan.nextSteps());
        assertFalse(find.get(0).contains(language.english() ? "distance learning" : "distance"), find.get(0));
        assertTrue(find.get(0).contains(language.english() ? "widen the radius" : "élargir le rayon"), find.get(0));
    }

    @ParameterizedTest
    @EnumSource(PlanLanguage.class)
    void aPersonWhoRefusesDistanceLearningIsStillToldItIsAWay(PlanLanguage language) throws Exception {
        PathResult nadia = SamplePlans.path("nadia");
        JobSeekerProfile p = nadia.profile();
        JobSeekerProfile local = new JobSeekerProfile(p.rome(), p.commune(), p.radiusKm(), p.level(), p.maxHours(), p.cpfCents(),
                p.budgetCents(), false);
        PathResult path = new PathResult(local, nadia.sourceLabel(), nadia.communeName(), nadia.departement(), nadia.occupations(),
                nadia.rescue(), nadia.dataAsOf());
        ActionPlan plan = ActionPlanBuilder.build(path, "K2204", null, "Nadia", SamplePlans.TODAY, SamplePlans.contacts(), language);
        List<String> find = findSteps(plan, language);
        assertEquals(1, find.size(), "one step to find a training: " + plan.nextSteps());
        assertTrue(find.get(0).contains(language.english() ? "accept distance learning" : "accepter la formation à distance"),
                find.get(0));
    }

    private static List<String> findSteps(ActionPlan plan, PlanLanguage language) {
        String marker = language.english() ? "how to find a training" : "comment trouver une formation";
        return plan.nextSteps().stream().map(ActionPlan.NextStep::text).filter(t -> t.contains(marker)).toList();
    }
}
