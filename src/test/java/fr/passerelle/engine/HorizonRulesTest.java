package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which horizon each target of the small world falls in, and the reason said, on hand-made data (no database). */
class HorizonRulesTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AUCUN | D1507 | NOW   | Tout de suite : mobilité proche vers un métier non réglementé, 7 compétences et savoirs en commun (70 % de la fiche)
            AUCUN | M1601 | SHORT | lien moins proche (pas de lien ROME 4 de rang ≤ 3)
            AUCUN | D1424 | LONG  | niveau d'accès habituel bac, le sien sans diplôme
            BAC   | D1424 | SHORT | 1 compétence en commun (8 % de la fiche) : trop peu pour s'en passer
            AUCUN | J1506 | LONG  | métier réglementé, le titre exigé demande 3 ans (6 semestres)
            AUCUN | N1101 | SHORT | métier réglementé, le titre exigé demande formation courte, quelques jours
            AUCUN | K2503 | SHORT | métier réglementé, le titre exigé demande CQP APS : 175 h (140 h au moins)
            AUCUN | J1404 | LONG  | métier réglementé, un diplôme d'État est exigé
            AUCUN | H1404 | LONG  | la formation la plus courte trouvée dure 2 000 h, plus d'un an
            AUCUN | M1101 | LONG  | niveau d'accès habituel bac+3 / bac+4, le sien sans diplôme
            BAC3  | M1101 | SHORT | lien moins proche (pas de lien ROME 4 de rang ≤ 3)
            AUCUN | M1614 | SHORT | lien moins proche
            AUCUN | K1305 | SHORT | lien moins proche
            AUCUN | N1103 | SHORT | lien moins proche
            """)
    void eachTargetFallsInTheHorizonItsRuleGives(EducationLevel level, String rome, Horizon expected, String reason) throws Exception {
        TargetOccupation t = SmallWorld.target(SmallWorld.path(level), rome);
        assertEquals(expected, t.horizon(), t.horizonReason().text());
        assertTrue(t.horizonReason().text().contains(reason), t.horizonReason().text());
        assertEquals(expected == Horizon.NOW, t.noTrainingNeeded());
    }

    @Test
    void theRuleOfNowIsStatedWithItsNumbers() throws Exception {
        TargetOccupation t = SmallWorld.target(SmallWorld.path(EducationLevel.AUCUN), "D1507");
        assertEquals("tout de suite si : métier non réglementé, lien ROME 4 de rang ≤ 3, au moins 6 compétences "
                + "et 20 % de la fiche en commun, niveau d'accès atteint (à un niveau près sous bac+2, ou accès sans diplôme)",
                t.horizonReason().rule());
    }

    @Test
    void horizonsComeInOrderAndEachIsRankedByScore() throws Exception {
        PathResult result = SmallWorld.path(EducationLevel.AUCUN);
        for (int i = 1; i < result.occupations().size(); i++) {
            TargetOccupation before = result.occupations().get(i - 1);
            TargetOccupation after = result.occupations().get(i);
            assertTrue(before.horizon().compareTo(after.horizon()) <= 0, before.rome() + " before " + after.rome());
            if (before.horizon() == after.horizon()) {
                assertTrue(before.score() >= after.score(), before.rome() + " " + before.score() + " < " + after.rome() + " " + after.score());
            }
        }
    }

    @Test
    void aBetterMarketNoLongerJumpsAheadOfAMoveSheCanMakeTomorrow() throws Exception {
        // D1424's national figure shows a far better market than D1507's local one; D1507 still comes first.
        PathResult result = SmallWorld.path(EducationLevel.BAC);
        assertTrue(SmallWorld.target(result, "D1424").demand().betterMarket());
        assertEquals("D1507", result.occupations().get(0).rome());
    }

    @Test
    void theLimitAppliesToEachHorizonAndTheRescueOffersTheNextOnes() throws Exception {
        PathResult result = SmallWorld.engine().compute(SmallWorld.cashier(EducationLevel.AUCUN, 1), 1, SmallWorld.TODAY);
        assertEquals(java.util.List.of(Horizon.NOW, Horizon.SHORT, Horizon.LONG),
                result.occupations().stream().map(TargetOccupation::horizon).toList());
        String next = result.rescue().stream().filter(r -> r.kind().equals("métiers")).findFirst().orElseThrow().description();
        assertTrue(next.startsWith("Voir les métiers proches suivants : "), next);
        assertFalse(result.occupations().stream().anyMatch(t -> next.contains(t.rome())), next);
    }
}
