package fr.passerelle.engine;

import fr.passerelle.engine.profile.JobSeekerProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Juliette (hôtesse de caisse near Lille) on the bundled sample data. */
class JulietteSampleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static PathResult juliette(int radiusKm) throws Exception {
        Workstation w = SampleWorkstation.get();
        PathRequest request = PathRequest.fromFile(Path.of("data-samples/personas/juliette.json"));
        JobSeekerProfile profile = new ProfileResolver(w.jobSearch(), w.pathEngine().index()).resolve(request).withRadius(radiusKm);
        return w.pathEngine().compute(profile, 5, TODAY);
    }

    @Test
    void personaResolvesToTheCashierOccupationInLille() throws Exception {
        PathResult result = juliette(30);
        assertEquals("D1505", result.profile().rome().value());
        assertEquals("59350", result.profile().commune().value());
        assertEquals(50_000, result.profile().cpfCents());
        assertEquals(0, result.profile().budgetCents());
    }

    @Test
    void atLeastThreeTargetsEachWithReasonsAndABetterMarket() throws Exception {
        PathResult result = juliette(30);
        assertTrue(result.occupations().size() >= 3, "targets: " + result.occupations().size());
        for (TargetOccupation t : result.occupations().subList(0, 3)) {
            assertFalse(t.reasons().isEmpty(), t.rome());
            assertTrue(t.reasons().stream().anyMatch(r -> r.kind().equals("proximité")), t.rome());
            assertTrue(t.demand().betterMarket(), t.rome() + " gain " + t.demand().gainPercent());
            assertTrue(t.demand().gainPercent() >= 50, t.rome());
        }
        assertFalse(result.occupations().stream().anyMatch(t -> t.rome().equals("D1505")), "her own occupation is not a target");
    }

    @Test
    void theClosestOfficialMoveComesFirst() throws Exception {
        // D1507 is rank 1 of D1505's ROME 4 mobility, ROME 3 "proche", and clearly better placed in the sample market.
        assertEquals("D1507", juliette(30).occupations().get(0).rome());
    }

    @Test
    void trainingsHaveHoursAndRemainingCostWithinTheTotal() throws Exception {
        for (TargetOccupation t : juliette(30).occupations()) {
            for (TrainingOption o : t.trainings()) {
                if (o.costCents() != null) {
                    assertTrue(o.remainingCents() >= 0 && o.remainingCents() <= o.costCents(), o.title());
                    // The remainder is the certain remainder of the funding rules, not "price minus CPF".
                    assertEquals(o.funding().certainRemainingCents(), o.remainingCents(), o.title());
                    assertEquals(o.remainingCents() <= 0, o.affordable(), o.title());
                }
                assertTrue(o.distanceKm() == null || o.distanceKm() <= 30.0, o.title());
            }
            t.companies().forEach(c -> assertTrue(c.distanceKm() <= 30.0, c.name()));
        }
    }

    @Test
    void aTinyRadiusGivesARescueWithWiderOptions() throws Exception {
        // In Wattignies, south of Lille, no training and no company of the samples lies within 1 km.
        Workstation w = SampleWorkstation.get();
        JobSeekerProfile wattignies = new ProfileResolver(w.jobSearch(), w.pathEngine().index())
                .resolve(PathRequest.fromFile(Path.of("data-samples/personas/juliette.json"))
                        .overriddenBy(new PathRequest(null, null, "59648", 1, null, null, null, null, null, null)));
        PathResult result = w.pathEngine().compute(wattignies, 5, TODAY);
        assertTrue(result.occupations().stream().allMatch(t -> t.trainingsFound() == 0), "no training within 1 km");
        assertFalse(result.rescue().isEmpty());
        assertTrue(result.rescue().stream().anyMatch(r -> r.description().contains("30 km")));
    }

    @Test
    void sameProfileSameDataGivesTheSameResult() throws Exception {
        assertEquals(juliette(30), juliette(30));
    }
}
