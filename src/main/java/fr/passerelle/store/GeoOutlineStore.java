package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.GEO_OUTLINE;

import fr.passerelle.domain.territory.GeoOutline;
import java.util.List;
import org.jooq.DSLContext;

/** The map outlines of the cache (imported from the official simplified GeoJSON), one level at a time. */
public final class GeoOutlineStore {
    private final DSLContext dsl;

    public GeoOutlineStore(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    /** @param level "departement" or "region"; empty when no outline of that level was imported */
    public List<GeoOutline> outlines(String level) {
        return dsl.select(GEO_OUTLINE.OUTLINE_LEVEL, GEO_OUTLINE.CODE, GEO_OUTLINE.NAME, GEO_OUTLINE.GEOMETRY)
                .from(GEO_OUTLINE).where(GEO_OUTLINE.OUTLINE_LEVEL.eq(level)).orderBy(GEO_OUTLINE.CODE)
                .fetch(r -> new GeoOutline(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
