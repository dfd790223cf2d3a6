package fr.passerelle.ui.market;

import fr.passerelle.domain.territory.GeoOutline;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.ui.UiFixtures;
import java.util.List;

/** The samples' market, and two hand-made square "départements" around Lille (59) and Arras (62) for the map. */
public final class MarketFixtures {
    private MarketFixtures() {
    }

    /** A square of {@code half} degrees around a point, as a GeoJSON Polygon. */
    public static String square(double lon, double lat, double half) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + (lon - half) + "," + (lat - half) + "],[" + (lon + half) + ","
                + (lat - half) + "],[" + (lon + half) + "," + (lat + half) + "],[" + (lon - half) + "," + (lat + half) + "],["
                + (lon - half) + "," + (lat - half) + "]]]}";
    }

    public static final List<GeoOutline> OUTLINES = List.of(
            new GeoOutline("departement", "59", "Nord", square(3.06, 50.63, 0.25)),
            new GeoOutline("departement", "62", "Pas-de-Calais", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[2.27,50.04],"
                    + "[3.0,50.04],[3.0,50.37],[2.27,50.37],[2.27,50.04]]]]}"),
            new GeoOutline("departement", "971", "Guadeloupe", square(-61.5, 16.2, 0.2)));

    public static MarketSource source() {
        return new MarketSource() {
            @Override
            public PathIndex index() {
                return UiFixtures.workstation().pathEngine().index();
            }

            @Override
            public List<GeoOutline> departementOutlines() {
                return OUTLINES;
            }
        };
    }
}
