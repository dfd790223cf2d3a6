package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.COMMUNE;
import static fr.passerelle.store.db.Tables.COMPANY;
import static fr.passerelle.store.db.Tables.COMPANY_HIRING_SCORE;

import fr.passerelle.engine.data.HiringCompany;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Streams (company, ROME code, hiring score) rows as the engine's {@link HiringCompany}, ordered by SIRET. A company
 * without coordinates is placed at its commune's centre; one without either cannot be placed and is left out, and
 * so are "LISTED" links that carry no score.
 */
final class HiringCompanyReader {
    private final DSLContext dsl;

    HiringCompanyReader(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    void read(Consumer<HiringCompany> sink) {
        var latitude = DSL.coalesce(COMPANY.LATITUDE, COMMUNE.LATITUDE);
        var longitude = DSL.coalesce(COMPANY.LONGITUDE, COMMUNE.LONGITUDE);
        try (Cursor<? extends Record> rows = dsl.select(COMPANY.SIRET, COMPANY.NAME, COMPANY.NAF_CODE, COMPANY.COMMUNE_INSEE,
                        COMPANY.HEADCOUNT_BRACKET, latitude.as("LAT"), longitude.as("LON"), COMPANY_HIRING_SCORE.ROME_CODE,
                        COMPANY_HIRING_SCORE.SCORE, COMPANY_HIRING_SCORE.SCORE_SOURCE)
                .from(COMPANY_HIRING_SCORE)
                .join(COMPANY).on(COMPANY.SIRET.eq(COMPANY_HIRING_SCORE.SIRET)
                        .and(COMPANY.DATASET_KEY.eq(COMPANY_HIRING_SCORE.DATASET_KEY)))
                .leftJoin(COMMUNE).on(COMMUNE.INSEE_CODE.eq(COMPANY.COMMUNE_INSEE))
                .where(COMPANY_HIRING_SCORE.SCORE.isNotNull())
                .orderBy(COMPANY.SIRET, COMPANY_HIRING_SCORE.ROME_CODE, COMPANY_HIRING_SCORE.DATASET_KEY)
                .fetchSize(5_000)
                .fetchLazy()) {
            for (Record r : rows) {
                Double lat = r.get("LAT", Double.class);
                Double lon = r.get("LON", Double.class);
                if (lat == null || lon == null) {
                    continue;
                }
                sink.accept(new HiringCompany(r.get(COMPANY.SIRET), r.get(COMPANY.NAME), r.get(COMPANY.NAF_CODE),
                        r.get(COMPANY.COMMUNE_INSEE), lat, lon, r.get(COMPANY_HIRING_SCORE.ROME_CODE),
                        r.get(COMPANY_HIRING_SCORE.SCORE), "ESTIMATED".equals(r.get(COMPANY_HIRING_SCORE.SCORE_SOURCE)),
                        r.get(COMPANY.HEADCOUNT_BRACKET)));
            }
        }
    }
}
