package fr.passerelle.ui.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline map without a toolkit: outlines projected, colours from the published tension, a click zooms in. */
class MapViewModelTest {
    private final MarketViewModel market = new MarketViewModel(MarketFixtures.source(), new InterviewState(),
            TaskRunner.synchronous(), s -> { }, Messages.french());
    private final MapViewModel map = market.map();

    @Test
    void overseasDepartementsAreLeftOutOfTheMainlandMap() {
        map.load();
        assertEquals(List.of("59", "62"), map.shapes().stream().map(DepartementShape::code).toList());
        assertEquals("", map.noticeProperty().get());
    }

    @Test
    void eachDepartementIsColouredByTheOccupationsPublishedTension() {
        map.load();
        map.colourBy("G1602", "Personnel de cuisine");
        // Sample tension 2021: G1602 is published in the Lille area (59) at 5; nothing in Guadeloupe.
        assertEquals(5, map.colourClass("59"));
        assertEquals(0, map.colourClass("971"));
        assertEquals(6, map.legend().size());
        assertEquals("pas de chiffre publié", map.legend().get(0));
    }

    @Test
    void aClickInsideADepartementZoomsToItAndListsItsFigures() {
        map.load();
        map.colourBy("G1602", "Personnel de cuisine");
        MapViewModel.Viewport france = map.viewportProperty().get();

        var hit = map.click(OutlineProjection.x(3.06), OutlineProjection.y(50.63));

        assertEquals("59", hit.orElseThrow().code());
        assertEquals("59", map.selectedProperty().get().code());
        MapViewModel.Viewport zoomed = map.viewportProperty().get();
        assertTrue(zoomed.maxX() - zoomed.minX() < france.maxX() - france.minX(), "zoomed in");
        assertEquals("Nord (59)", map.selectedFigures().get(0));
        assertEquals("Tension 2021 : 5 / 5", map.selectedFigures().get(1));
        assertTrue(map.selectedFigures().get(2).startsWith("Offres par an (2021) : "), map.selectedFigures().get(2));
    }

    @Test
    void aDepartementsFiguresListTheBmoProjectsOfItsAreas() {
        map.load();
        map.colourBy("D1505", "Personnel de caisse");
        map.selectCode("59");
        // Sample R0Z61 (caissiers, D1505's FAP) in the Nord's four areas: 275 + 137 + 117 + 136, 66 + 27 + 30 + 29, ...
        assertEquals("Projets de recrutement (BMO 2022) : 665 ; dont difficiles : 152 ; dont saisonniers : 208",
                map.selectedFigures().get(map.selectedFigures().size() - 1));
        map.colourBy("K1302", "Assistance auprès d'adultes");
        assertTrue(map.selectedFigures().get(map.selectedFigures().size() - 1).startsWith("Projets de recrutement (BMO 2022) : "));
        map.colourBy("A1101", "Conduite d'engins agricoles");
        assertEquals("Pas de projet de recrutement BMO pour ce métier dans ce département.",
                map.selectedFigures().get(map.selectedFigures().size() - 1));
    }

    @Test
    void aClickOutsideEveryDepartementChangesNothing() {
        map.load();
        assertTrue(map.click(OutlineProjection.x(-4.0), OutlineProjection.y(48.0)).isEmpty());
        assertNull(map.selectedProperty().get());
    }

    @Test
    void withoutOutlinesTheMapSaysWhatToImport() {
        MarketSource none = new MarketSource() {
            @Override
            public fr.passerelle.engine.index.PathIndex index() {
                return MarketFixtures.source().index();
            }

            @Override
            public List<fr.passerelle.domain.territory.GeoOutline> departementOutlines() {
                return List.of();
            }
        };
        MapViewModel empty = new MarketViewModel(none, new InterviewState(), TaskRunner.synchronous(), s -> { }, Messages.french()).map();
        empty.load();
        assertTrue(empty.noticeProperty().get().contains("departements-version-simplifiee.geojson"), empty.noticeProperty().get());
        assertNull(empty.viewportProperty().get());
    }
}
