package fr.passerelle.ui.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local market screen without a toolkit: look-up, figures with their year and source, the path opened from it. */
class MarketViewModelTest {
    private final InterviewState state = new InterviewState();
    private final List<Screen> shown = new ArrayList<>();
    private final MarketViewModel market = new MarketViewModel(MarketFixtures.source(), state, TaskRunner.synchronous(),
            shown::add, Messages.french());

    @Test
    void herCommuneAndRadiusAreTheDefaultOnceSheIsOpen() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        market.showDefault();

        assertEquals("59350", market.placeProperty().get());
        assertEquals(30, market.radiusProperty().get());
        assertFalse(market.rows().isEmpty());
        assertTrue(market.zoneProperty().get().startsWith("Autour de Lille, 30 km"), market.zoneProperty().get());
    }

    @Test
    void everyFigureSaysItsYearAndSource() {
        market.placeProperty().set("Lille");
        market.radiusProperty().set(0);
        market.search();

        assertEquals("Offres par an (2021)", market.offersHeaderProperty().get());
        assertEquals("Tension 2021", market.tensionHeaderProperty().get());
        assertEquals("Offres au 21 décembre 2021", market.departementHeaderProperty().get());
        assertTrue(market.difficultyHeaderProperty().get().matches("Projets difficiles \\(BMO 20\\d\\d\\)"),
                market.difficultyHeaderProperty().get());
        assertTrue(market.sourcesProperty().get().contains("(2021)"), market.sourcesProperty().get());
        assertTrue(market.sourcesProperty().get().endsWith("Données d'exemple : chiffres inventés."));
        MarketRow first = market.rows().get(0);
        assertEquals("G1602", first.row().rome());
        assertEquals(2234, first.offers());
        assertEquals("5 / 5", first.tensionText());
        assertEquals(first, market.selectedProperty().get());
        assertEquals(first.row().label(), market.bars().get(0).label());
        assertTrue(market.bars().size() <= MarketViewModel.CHART_BARS);
    }

    @Test
    void anEmploymentAreaCodeIsLookedUpToo() {
        market.placeProperty().set("3216");
        market.radiusProperty().set(0);
        market.search();
        assertEquals("G1602", market.rows().get(0).row().rome());
    }

    @Test
    void anUnknownPlaceIsSaidAndEmptiesTheTable() {
        market.placeProperty().set("Zzyzx");
        market.search();
        assertTrue(market.rows().isEmpty());
        assertEquals("« Zzyzx » : ni commune ni bassin d'emploi connu dans les données.", market.messageProperty().get());
    }

    @Test
    void anOccupationOpensHerPathScreenWithItAsTheTarget() {
        state.profileProperty().set(UiFixtures.julietteProfile());
        market.showDefault();
        MarketRow row = market.rows().stream().filter(r -> r.row().romeV4() != null).findFirst().orElseThrow();

        assertTrue(market.openPath(row));
        assertEquals(row.row().romeV4(), state.detailTargetProperty().get());
        assertEquals(List.of(Screen.PATH), shown);
    }

    @Test
    void withoutAPersonThePathIsNotOpenedAndTheScreenSaysWhy() {
        market.placeProperty().set("Lille");
        market.search();
        assertFalse(market.openPath(market.rows().get(0)));
        assertNull(state.detailTargetProperty().get());
        assertEquals(List.of(), shown);
        assertTrue(market.messageProperty().get().startsWith("Ouvrez d'abord une personne"));
    }

    @Test
    void theBmoProjectsOfHerAreaHaveTheirYearSourceAndDetail() {
        market.placeProperty().set("Lille");
        market.radiusProperty().set(0);
        market.search();

        assertEquals("Projets de recrutement (BMO 2022)", market.projectsHeaderProperty().get());
        assertEquals("dont difficiles", market.difficultProjectsHeaderProperty().get());
        assertEquals("dont saisonniers", market.seasonalProjectsHeaderProperty().get());
        String sources = market.sourcesProperty().get();
        assertTrue(sources.contains("(enquête BMO 2022, par bassin d'emploi"), sources);
        // R1Z66 vendeurs généralistes, 109 projects in Lille, has no ROME crosswalk; the 2025 sample survey is FAP-2021.
        assertTrue(sources.contains("non reprises : 1 (109 projets connus)"), sources);
        assertTrue(sources.contains("BMO 2025 non repris : métiers en FAP-2021"), sources);

        // Sample line: 2022,R0Z61,Caissiers,...,3216,LILLE,275,66,70; D1505 is R0Z61's only ROME code in the crosswalk.
        MarketRow caisse = market.rows().stream().filter(r -> r.row().rome().equals("D1505")).findFirst().orElseThrow();
        assertEquals(List.of("275", "66", "70"), List.of(caisse.projectsText(), caisse.difficultProjectsText(),
                caisse.seasonalProjectsText()));
        assertEquals("BMO 2022 : projets de recrutement du métier R0Z61 Caissiers ; bassins : LILLE.",
                market.projectsDetail(caisse));
        // R3Z80 (maîtrise des magasins) reaches four ROME codes: D1508 gets its whole figure, said to be shared.
        MarketRow d1508 = market.rows().stream().filter(r -> r.row().rome().equals("D1508")).findFirst().orElseThrow();
        assertEquals("55", d1508.projectsText());
        assertEquals("*", d1508.seasonalProjectsText(), "masked in the file: unknown, not 0 and not absent");
        assertTrue(market.projectsDetail(d1508).contains("le même pour les codes ROME D1502, D1503, D1506"),
                market.projectsDetail(d1508));
        assertTrue(market.projectsDetail(d1508).contains("1 valeur(s) masquée(s)"), market.projectsDetail(d1508));
    }

    @Test
    void aMaskedFigureIsShownAsUnknownAndSortsBelowEveryKnownOne() {
        market.placeProperty().set("Douai");
        market.radiusProperty().set(0);
        market.search();
        // Sample line: 2022,R1Z67,Télévendeurs,...,3220,DOUAI,*,*,*; R1Z67 is the FAP of D1408.
        MarketRow tele = market.rows().stream().filter(r -> r.row().rome().equals("D1408")).findFirst().orElseThrow();
        assertEquals("*", tele.projectsText());
        assertEquals(-1, tele.projects());
        assertTrue(market.rows().stream().filter(r -> r.row().projects() == null).allMatch(r -> r.projects() == -2));
    }

    @Test
    void theChartCanShowTheOccupationsWithTheMostHiringProjects() {
        market.placeProperty().set("Lille");
        market.radiusProperty().set(30);
        market.search();
        market.chartMeasureProperty().set(MarketViewModel.ChartMeasure.PROJECTS);

        long most = market.rows().stream().mapToLong(MarketRow::projects).max().orElseThrow();
        assertEquals(most, market.bars().get(0).value());
        for (int i = 1; i < market.bars().size(); i++) {
            assertTrue(market.bars().get(i - 1).value() >= market.bars().get(i).value());
        }
        assertTrue(market.chartTitleProperty().get().startsWith("Projets de recrutement (BMO 2022) autour de Lille"),
                market.chartTitleProperty().get());
        assertEquals("Projets de recrutement (BMO 2022)", market.chartAxisProperty().get());
        assertEquals(4, market.chartMeasures().size());
    }
}
