package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.result.TrainingOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The effort of the easiest training, table-driven (the score's third component). */
class EffortRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final JobSeekerProfile PROFILE = new JobSeekerProfile(new RomeCode("D1505"), new InseeCode("59350"), 30,
            EducationLevel.AUCUN, null, 0, 0, false);

    /*
     * effort = 0.4·(1 − hours/1500) + 0.3·money + 0.2·(1 − wait/365) + 0.1·(1 − km/radius); money 1 when nothing is left
     * to pay, 0.6 when affordable, 0 otherwise; an unknown part counts 0.5 (distance unknown counts 1).
     */
    @ParameterizedTest(name = "{0} h, reste {1}, {3} jours, {4} km → {5}")
    @CsvSource(nullValues = "-", textBlock = """
            0,    0,      true,  0,   0,  1.0
            1500, 0,      true,  0,   0,  0.6
            750,  0,      true,  0,   15, 0.75
            750,  10000,  true,  0,   15, 0.63
            750,  10000,  false, 0,   15, 0.45
            750,  0,      true,  365, 15, 0.55
            -,    -,      -,     -,   -,  0.55
            3000, 100000, false, 730, 30, 0.0
            """)
    void effortOfOneTraining(Integer hours, Long remaining, Boolean affordable, Integer waitDays, Double km, double expected) {
        TrainingOption o = new TrainingOption("s", "t", "p", hours, remaining == null ? null : remaining + 1, remaining, affordable,
                waitDays == null ? null : TODAY.plusDays(waitDays), null, null, null, km, false, null, List.of(), null);
        assertEquals(expected, TrainingSelector.effort(List.of(o), PROFILE, TODAY), 1e-9);
    }

    @ParameterizedTest(name = "{0} trainings")
    @CsvSource({"0, 0.0", "1, 0.6", "2, 1.0"})
    void theEasiestTrainingCounts(int count, double expected) {
        TrainingOption hard = new TrainingOption("a", "t", "p", 1500, 0L, 0L, true, TODAY, null, null, null, 0.0, false, null, List.of(), null);
        TrainingOption easy = new TrainingOption("b", "t", "p", 0, 0L, 0L, true, TODAY, null, null, null, 0.0, false, null, List.of(), null);
        assertEquals(expected, TrainingSelector.effort(List.of(hard, easy).subList(0, count), PROFILE, TODAY), 1e-9);
    }
}
