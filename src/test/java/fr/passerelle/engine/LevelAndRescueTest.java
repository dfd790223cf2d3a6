package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.RankingWeights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.RescueOption;
import fr.passerelle.engine.result.TargetOccupation;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The level penalty, the companies and trainings said even when none is found, and the rescue, on the small world. */
class LevelAndRescueTest {

    /* M1101 is executive without access text: entry bac+3 (framework 6). No training within 30 km (T3 is in Arras). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"AUCUN, 0.3", "CAP, 0.3", "BAC, 0.2", "BAC2, 0.1", "BAC3, 0.0", "BAC5, 0.0"})
    void proximityLosesATenthPerLevelUpToThreeTenths(EducationLevel level, double penalty) throws Exception {
        PathIndexProbe probe = PathIndexProbe.of("M1101", level);
        assertEquals(probe.raw() - penalty, probe.target().detail().proximity(), 1e-3);
        assertEquals(penalty > 0, probe.target().reasons().stream().anyMatch(r -> r.kind().equals("niveau")));
    }

    @Test
    void aTrainingWithinReachWaivesThePenaltyAndSaysSo() throws Exception {
        PathResult wide = SmallWorld.engine().compute(SmallWorld.cashier(EducationLevel.AUCUN, 50), 100, SmallWorld.TODAY);
        TargetOccupation t = SmallWorld.target(wide, "M1101");
        assertEquals(1, t.trainingsFound(), "T3 in Arras, 40 km away");
        assertTrue(t.reasons().stream().anyMatch(r -> r.text().equals("Niveau d'accès habituel bac+3 / bac+4 : une formation de la liste "
                + "peut faire le pont")), t.reasons().toString());
        assertEquals(PathIndexProbe.of("M1101", EducationLevel.AUCUN).raw(), t.detail().proximity(), 1e-3);
    }

    @Test
    void anOpenJobCarriesNoLevelPenalty() throws Exception {
        // D1507's text names a CAP "as a plus" but opens the job without qualification.
        PathIndexProbe probe = PathIndexProbe.of("D1507", EducationLevel.AUCUN);
        assertEquals(probe.raw(), probe.target().detail().proximity(), 1e-3);
    }

    @Test
    void companiesAreAlwaysSaidWithWhatTheDataCovers() throws Exception {
        Map<String, TargetOccupation> all = SmallWorld.path(EducationLevel.AUCUN).occupations().stream()
                .collect(Collectors.toMap(TargetOccupation::rome, Function.identity()));
        assertTrue(text(all.get("D1507"), "entreprises").equals("1 entreprise susceptible de recruter à moins de 30 km"));
        assertEquals("0 entreprise connue à moins de 30 km ; le fichier d'entreprises importé en compte 1 entreprise dans le département "
                + "(Nord), aucune pour ce métier dans le rayon", text(all.get("M1601"), "entreprises"));
        assertEquals("0 formation connue à moins de 30 km ; le catalogue de formations importé en compte 2 sessions dans le département "
                + "(Nord), aucune pour ce métier dans le rayon", text(all.get("M1614"), "formation"));
    }

    @Test
    void whereTheDataHoldsNothingTheReasonSaysItDoesNotCoverTheTerritory() throws Exception {
        FixturePathData data = SmallWorld.data().commune("13055", "Marseille", "13", "93", 43.2965, 5.3698, "9306", "9306")
                .departement("13", "Bouches-du-Rhône", "93").region("93", "Provence-Alpes-Côte d'Azur");
        PathResult marseille = new PathEngine(data.index(), RankingWeights.DEFAULT).compute(new JobSeekerProfile(
                new fr.passerelle.domain.RomeCode("D1505"), new fr.passerelle.domain.InseeCode("13055"), 30, EducationLevel.AUCUN, null,
                0, 0, false), 100, SmallWorld.TODAY);
        TargetOccupation t = SmallWorld.target(marseille, "D1424");
        assertEquals("0 entreprise connue à moins de 30 km ; le fichier d'entreprises importé n'en compte aucune dans le département "
                + "(Bouches-du-Rhône) : il ne couvre pas ce territoire", text(t, "entreprises"));
        assertEquals("0 formation connue à moins de 30 km ; le catalogue de formations importé n'en compte aucune dans le département "
                + "(Bouches-du-Rhône) : il ne couvre pas ce territoire", text(t, "formation"));
    }

    @Test
    void aTinyRadiusGivesARescueWithCountsForWiderRadii() throws Exception {
        PathResult tiny = SmallWorld.engine().compute(SmallWorld.cashier(EducationLevel.AUCUN, 1), 100, SmallWorld.TODAY);
        Map<String, RescueOption> rescue = tiny.rescue().stream().collect(Collectors.toMap(RescueOption::description, Function.identity()));
        assertTrue(rescue.containsKey("Élargir le rayon à 30 km") && rescue.containsKey("Élargir le rayon à 50 km")
                && rescue.containsKey("Élargir le rayon à 100 km"), rescue.keySet().toString());
        assertEquals(2, rescue.get("Élargir le rayon à 30 km").trainings(), "T1 (5 km) and T2 (Lille)");
        assertEquals(3, rescue.get("Élargir le rayon à 50 km").trainings(), "and T3 in Arras");
        assertEquals(1, rescue.get("Élargir le rayon à 30 km").companies());
        assertFalse(rescue.containsKey("Élargir le rayon à 1 km"));
    }

    private static String text(TargetOccupation t, String kind) {
        return t.reasons().stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow().text();
    }

    /** A target of the small world and its proximity before any level penalty. */
    private record PathIndexProbe(TargetOccupation target, double raw) {
        static PathIndexProbe of(String rome, EducationLevel level) throws Exception {
            var index = SmallWorld.data().index();
            Proximity.Candidate c = new Proximity(index.referential(), index.market())
                    .candidates("D1505", index.territory().place(SmallWorld.LILLE).orElseThrow(), "4.60", level).stream()
                    .filter(x -> x.code().equals(rome)).findFirst().orElseThrow();
            return new PathIndexProbe(SmallWorld.target(SmallWorld.path(level), rome), c.proximity());
        }
    }
}
