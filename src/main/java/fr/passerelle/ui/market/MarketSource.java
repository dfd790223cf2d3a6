package fr.passerelle.ui.market;

import fr.passerelle.domain.territory.GeoOutline;
import fr.passerelle.engine.index.PathIndex;
import java.util.List;

/** What the market screen reads (blocking calls, made in the background): the indexes and the map outlines. */
public interface MarketSource {
    /** The path index of the published data (waits while it is being built). */
    PathIndex index();

    /** The département outlines imported into the cache (the official simplified GeoJSON); empty when none. */
    List<GeoOutline> departementOutlines();
}
