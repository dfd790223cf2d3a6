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
}
