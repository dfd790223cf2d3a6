package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.index.BmoIndex;
import fr.passerelle.engine.index.BmoIndex.Count;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.words.MessageRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local market's BMO hiring projects on a hand-made world (Lille 3216, Douai 3220 at 28 km, Arras 3201 at 41 km):
 * summed over the areas the radius reaches, the FAP's figure shared by its ROME codes, masked cells unknown.
 */
class MarketProjectsTest {
    private static PathIndex index() {
        // R0Z60 (libre service) is the FAP of both D1507 and D1505 here: one figure, shared by the two ROME codes.
        FixturePathData d = SmallWorld.data()
                .romeFap("D1507", "R0Z60").romeFap("D1505", "R0Z60").romeFap("N1103", "J0Z20")
                .bmo("R0Z60", "59", "3216", 250, 100, null)
                .bmo("R0Z60", "59", "3220", 40, null, null)
                .bmo("R0Z60", "62", "3201", 30, 10, 5)
                .bmo("J0Z20", "59", "3220", null, null, null)       // masked: unknown, never 0
                .bmo("R1Z66", "59", "3216", 109, 29, 21)            // FAP-2009 code with no crosswalk
                .bmo("R0X60", "59", "3216", 310, 80, 85);           // FAP-2021 of a newer survey
        return d.index();
    }

    private static MarketQuery.Row row(MarketQuery.Answer answer, String rome) {
        return answer.rows().stream().filter(r -> r.rome().equals(rome)).findFirst().orElseThrow(() -> new AssertionError(rome));
    }

    @Test
    void herOwnAreaAloneGivesItsProjectsToEachRomeCodeOfTheFap() {
        MarketQuery.Answer lille = new MarketQuery(index()).aroundCommune(SmallWorld.LILLE, 0);

        BmoIndex.Figures d1507 = row(lille, "D1507").projects();
        assertEquals(new Count(250, 0, 1), d1507.projects());
        assertEquals(new Count(100, 0, 1), d1507.difficult());
        assertEquals(new Count(0, 1, 1), d1507.seasonal(), "masked, unknown");
        assertEquals(List.of("D1505"), d1507.sharedWith());
        assertEquals(d1507.projects(), row(lille, "D1505").projects().projects(), "the same figure, not split");
        assertEquals(List.of("3216"), d1507.areas());
        assertEquals(2022, lille.projects().year());
        assertEquals(new BmoIndex.NotMapped(1, 109), lille.projects().notMapped());
        assertEquals(List.of(2025), lille.projects().newerUnmappedYears());
    }

    @Test
    void aWiderRadiusSumsTheAreasItReachesAndKeepsMaskedCellsApart() {
        MarketQuery.Answer wide = new MarketQuery(index()).aroundCommune(SmallWorld.LILLE, 45);

        assertEquals(List.of("3201", "3216", "3220"), wide.zone().areas());
        BmoIndex.Figures d1507 = row(wide, "D1507").projects();
        assertEquals(new Count(250 + 40 + 30, 0, 3), d1507.projects());
        assertEquals(new Count(110, 1, 3), d1507.difficult());
        assertEquals(List.of("3201", "3216", "3220"), d1507.areas());
        // N1103 has no tension figure but BMO projects in Douai: it gets a row, its only cell masked.
        MarketQuery.Row n1103 = row(wide, "N1103");
        assertTrue(n1103.projects().projects().unknown());
        assertNull(n1103.tension());
        assertEquals(0, n1103.offers());
    }

    @Test
    void anOccupationWithoutBmoRowHasNoFigureRatherThanZero() {
        MarketQuery.Answer douai = new MarketQuery(index()).aroundCommune("59178", 0);
        assertNull(row(douai, "K2503").projects(), "K2503 has a tension figure but no FAP in the crosswalk");
        assertEquals(new Count(40, 0, 1), row(douai, "D1507").projects().projects());
    }

    @Test
    void theMapGetsTheProjectsPerDepartement() {
        Map<String, BmoIndex.Figures> byDep = new MarketQuery(index()).projectsByDepartement("D1507");
        assertEquals(new Count(290, 0, 2), byDep.get("59").projects());
        assertEquals(new Count(30, 0, 1), byDep.get("62").projects());
        assertNull(byDep.get("75"));
    }

    @Test
    void withoutBmoDataTheAnswerSaysSo() {
        MarketQuery.Answer lille = new MarketQuery(SmallWorld.data().index()).aroundCommune(SmallWorld.LILLE, 0);
        assertEquals(0, lille.projects().year());
        lille.rows().forEach(r -> assertNull(r.projects()));
    }

    @Test
    void herPathGetsTheProjectsOfHerAreaAsContextOfTheDemand() {
        PathIndex index = index();
        var place = index.territory().place(SmallWorld.LILLE).orElseThrow();
        var assessment = new DemandAssessor(index.market(), index.territory()).assess("D1505", "D1507", place, "Hôte de caisse");

        assertTrue(assessment.reasons().stream().anyMatch(r -> r.text().equals("Enquête BMO 2022 : 250 projets de recrutement "
                + "dans son bassin d'emploi (Lille), dont 100 jugés difficiles, pour le métier « Métier R0Z60 » (chiffre du "
                + "métier entier, commun à 2 codes ROME)")), assessment.reasons().toString());
        var withoutProjects = new DemandAssessor(SmallWorld.data().index().market(), index.territory())
                .assess("D1505", "D1507", place, "Hôte de caisse");
        assertEquals(assessment.score(), withoutProjects.score(), "context only: the score does not change");
    }

    @Test
    void aSumWithMaskedCellsIsSaidAsAMinimumAndAnUnknownDifficultyIsLeftOut() {
        BmoIndex.Figures f = new BmoIndex.Figures(2022, List.of(new BmoIndex.Fap("J0Z20", null)), List.of(),
                List.of("3216"), new Count(120, 1, 2), new Count(0, 2, 2), Count.NONE);
        assertEquals("Enquête BMO 2022 : au moins 120 projets de recrutement dans son bassin d'emploi (Lille), "
                + "pour le métier « J0Z20 »", DemandAssessor.projectsReason(f, "LILLE").text());
        assertEquals("BMO survey 2022: at least 120 hiring projects in her employment area (Lille), for the occupation "
                + "\"J0Z20\"", DemandAssessor.projectsReason(f, "LILLE").text(MessageRenderer.english()));
    }
}
