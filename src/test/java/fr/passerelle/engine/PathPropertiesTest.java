package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Workstation;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties of the path over many random profiles on the sample data (fixed seed: failures are reproducible). */
class PathPropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final int PROFILES = 150;
    private static final List<String> CODES = List.of("D1505", "D1507", "N1103", "N1101", "J1501", "G1602", "K2205",
            "H2102", "F1703", "D1408", "K1302", "G1803");
    private static final List<String> COMMUNES = List.of("59350", "59512", "59599", "59009", "62498", "62510", "59178",
            "62041", "59606", "62119");
    private static PathEngine engine;

    @BeforeAll
    static void engine() {
        Workstation w = SampleWorkstation.get();
        engine = w.pathEngine();
    }

    private static List<JobSeekerProfile> randomProfiles() {
        SplittableRandom random = new SplittableRandom(20261128);
        List<JobSeekerProfile> profiles = new ArrayList<>();
        EducationLevel[] levels = EducationLevel.values();
        for (int i = 0; i < PROFILES; i++) {
            profiles.add(new JobSeekerProfile(new RomeCode(CODES.get(random.nextInt(CODES.size()))),
                    new InseeCode(COMMUNES.get(random.nextInt(COMMUNES.size()))), 1 + random.nextInt(80),
                    levels[random.nextInt(levels.length)], random.nextBoolean() ? null : 35 + random.nextInt(1500),
                    100L * random.nextInt(5000), 100L * random.nextInt(1500), random.nextBoolean()));
        }
        return profiles;
    }

    private static PathResult path(JobSeekerProfile p) throws PathException {
        return engine.compute(p, 50, TODAY);
    }

    private static Map<String, TargetOccupation> byRome(PathResult r) {
        return r.occupations().stream().collect(Collectors.toMap(TargetOccupation::rome, Function.identity()));
    }

    @Test
    void aLargerRadiusNeverFindsFewerTrainingsOrCompanies() throws Exception {
        for (JobSeekerProfile p : randomProfiles()) {
            Map<String, TargetOccupation> narrow = byRome(path(p));
            Map<String, TargetOccupation> wide = byRome(path(p.withRadius(Math.min(JobSeekerProfile.MAX_RADIUS_KM, p.radiusKm() + 40))));
            for (TargetOccupation t : narrow.values()) {
                TargetOccupation w = wide.get(t.rome());
                assertTrue(w != null, "target lost when widening: " + t.rome());
                assertTrue(w.trainingsFound() >= t.trainingsFound(), p + " " + t.rome());
                assertTrue(w.companiesFound() >= t.companiesFound(), p + " " + t.rome());
            }
        }
    }

    @Test
    void noTrainingIsLongerThanTheMaximum() throws Exception {
        for (JobSeekerProfile p : randomProfiles()) {
            int max = p.maxHours() == null ? 400 : Math.max(1, p.maxHours() / 2);
            JobSeekerProfile shorter = new JobSeekerProfile(p.rome(), p.commune(), p.radiusKm(), p.level(), max, p.cpfCents(),
                    p.budgetCents(), p.remote());
            for (TargetOccupation t : path(shorter).occupations()) {
                for (TrainingOption o : t.trainings()) {
                    assertTrue(o.hours() != null && o.hours() <= max, o.title() + " " + o.hours() + " > " + max);
                }
            }
        }
    }

    @Test
    void remainingCostIsNeverNegativeNorAboveTheTotal() throws Exception {
        for (JobSeekerProfile p : randomProfiles()) {
            for (TargetOccupation t : path(p).occupations()) {
                for (TrainingOption o : t.trainings()) {
                    if (o.costCents() == null) {
                        assertEquals(null, o.remainingCents(), "unknown price must give an unknown remainder");
                    } else {
                        assertTrue(o.remainingCents() >= 0 && o.remainingCents() <= o.costCents(), o.title());
                        assertEquals(o.remainingCents() <= p.budgetCents(), o.affordable());
                    }
                }
            }
        }
    }

    @Test
    void scoresStayBetweenZeroAndOneAndResultsAreDeterministic() throws Exception {
        for (JobSeekerProfile p : randomProfiles()) {
            PathResult first = path(p);
            for (TargetOccupation t : first.occupations()) {
                assertTrue(t.score() >= 0 && t.score() <= 1, t.rome() + " " + t.score());
            }
            assertEquals(first, path(p));
        }
    }
}
