package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.rules.EngineRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.index.ReferentialIndex;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as a skill she already has, on the small world. */
class SkillRulesTest {
    private static ReferentialIndex rome;

    @BeforeAll
    static void index() {
        rome = SmallWorld.data().index().referential();
    }

    @Test
    void skillsOfTheSameMacroCompetenceAreShared() {
        // D1505 has s1 and s3, D1507 has s2 and s4: different skills, same macro-competences m1 and m2.
        SkillOverlap.Result r = SkillOverlap.of(rome, "D1505", "D1507", EducationLevel.AUCUN);
        assertTrue(r.sharedLabels().containsAll(List.of("Accueillir un client", "Gérer les stocks")), r.sharedLabels().toString());
        assertEquals(7, r.shared());
        assertEquals(10, r.targetUnits(), "m1, m2, k1–k5, k7–k9: the work context and the certifications are not units");
        assertEquals(0.7, r.share(), 1e-9);
    }

    @Test
    void theListsNameTheFirstSixButTheCountsSayHowManyInAll() {
        // Seven shared units: the detail's heading says 7 (6 shown), not the 6 the list names.
        SkillOverlap.Result r = SkillOverlap.of(rome, "D1505", "D1507", EducationLevel.AUCUN);
        assertEquals(6, r.sharedLabels().size());
        assertEquals(7, r.counts().held());
        assertEquals(r.targetDiplomas().size(), r.counts().diplomas());
        assertEquals(r.targetUnits() - r.shared(), r.counts().missing(), "every target unit she lacks (no core units in the small world)");
        SkillOverlap.Result bac = SkillOverlap.of(rome, "D1505", "D1507", EducationLevel.BAC);
        assertEquals(8, bac.counts().held(), "the diploma she holds by level counts too");
    }

    @Test
    void aDiplomaSheDoesNotReachIsADiplomaOfTheTargetNotASkillOfHers() {
        SkillOverlap.Result r = SkillOverlap.of(rome, "D1505", "D1507", EducationLevel.AUCUN);
        assertFalse(r.sharedLabels().stream().anyMatch(s -> s.startsWith("Bac pro")), r.sharedLabels().toString());
        assertEquals(List.of("CQP hôte de caisse", "Bac pro métiers du commerce et de la vente"), r.targetDiplomas(),
                "the most accessible first: a CQP counts as CAP level, before a bac pro");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AUCUN, false", "CAP, false", "BAC, true", "BAC3, true"})
    void aDiplomaOnBothFichesCountsAsHersOnlyWhenHerLevelReachesIt(EducationLevel level, boolean held) {
        SkillOverlap.Result r = SkillOverlap.of(rome, "D1505", "D1507", level);
        assertEquals(held, r.sharedLabels().contains("Bac pro métiers du commerce et de la vente (niveau atteint)"), r.sharedLabels().toString());
        assertEquals(!held, r.targetDiplomas().contains("Bac pro métiers du commerce et de la vente"));
        assertTrue(r.targetDiplomas().contains("CQP hôte de caisse"), "a certification naming no level is never hers");
        assertEquals(7, r.shared(), "diplomas never enter the share");
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"6, 10, true", "5, 10, false", "6, 31, false", "7, 35, true", "0, 0, false"})
    void aRealOverlapNeedsEnoughSharedUnitsAndAShareOfTheTarget(int shared, int of, boolean real) {
        assertEquals(real, new SkillOverlap.Result(shared, of, List.of(), List.of(), List.of()).real());
    }

    @Test
    void coreUnitsSheLacksAreNamed() {
        SkillOverlap.Result r = SkillOverlap.of(rome, "D1505", "D1424", EducationLevel.AUCUN);
        assertEquals(1, r.shared());
        assertEquals(EngineRules.SHOWN_SKILLS.asInt(), r.missing().size());
        assertFalse(r.missing().contains("Savoir 1"));
    }
}
