package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.rules.EngineRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Demand on the small world: the most local comparable level, weighed less and said so when coarser. */
class DemandRulesTest {
    private static PathResult path;

    @BeforeAll
    static void path() throws Exception {
        path = SmallWorld.path(EducationLevel.BAC);
    }

    /*
     * Expected demand = 0.5 + trust·(raw − 0.5), raw = 0.5·min(1, gain/3) + 0.5·(tension − 1)/4:
     * D1507 bassin: gain (150/100)/(100/200) = 3, tension 4 → raw 0.875, trust 1 → 0.875
     * K2503 département: gain (80/40)/(100/200) = 4, tension 5 → raw 1, trust 0.75 → 0.875
     * M1601 région: gain (50/50)/(100/200) = 2, tension 3 → raw 0.5833, trust 0.5 → 0.5417
     * D1424 France: gain (300/100)/(200/300) = 4.5, tension 5 → raw 1, trust 0.25 → 0.625
     * N1103 no figure at all → 0.5
     */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            D1507 | bassin d'emploi | 1.0  | 0.875 | dans son bassin d'emploi (Lille)
            K2503 | département     | 0.75 | 0.875 | dans le département (Nord), faute de chiffre pour son bassin d'emploi
            M1601 | région          | 0.5  | 0.542 | dans la région (Hauts-de-France), faute de chiffre local
            D1424 | France          | 0.25 | 0.625 | au niveau national, faute de chiffre local
            """)
    void aCoarserFigureCountsForLessAndSaysSo(String rome, String level, double trust, double score, String where) {
        TargetOccupation t = SmallWorld.target(path, rome);
        assertEquals(level, t.demand().level());
        assertEquals(trust, t.demand().trust(), 1e-9);
        assertEquals(score, t.detail().demand(), 1e-3);
        assertEquals(where, t.demand().where());
        assertTrue(t.reasons().stream().anyMatch(r -> r.kind().equals("demande") && r.text().contains(where)), t.reasons().toString());
        if (trust < 1) {
            assertTrue(t.reasons().stream().anyMatch(r -> r.text().contains("ce chiffre compte pour " + Math.round(100 * trust)
                    + " % d'un chiffre local")), t.reasons().toString());
        }
    }

    @Test
    void noTerritoryIsNamedTwice() {
        for (TargetOccupation t : path.occupations()) {
            t.reasons().forEach(r -> assertFalse(r.text().contains("France France"), r.text()));
        }
    }

    @Test
    void withoutAnyFigureDemandIsNeutral() {
        TargetOccupation t = SmallWorld.target(path, "N1103");
        assertEquals(EngineRules.NEUTRAL.value(), t.detail().demand(), 1e-9);
        assertFalse(t.demand().betterMarket());
    }

    @Test
    void aBetterMarketNeedsTheBobRatio() {
        assertTrue(SmallWorld.target(path, "D1507").demand().betterMarket(), "gain 3 ≥ 1.5");
        assertEquals(200.0, SmallWorld.target(path, "D1507").demand().gainPercent(), 1e-9);
    }
}
