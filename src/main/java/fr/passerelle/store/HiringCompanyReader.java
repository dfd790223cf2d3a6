package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.COMMUNE;
import static fr.passerelle.store.db.Tables.COMPANY;
import static fr.passerelle.store.db.Tables.COMPANY_HIRING_SCORE;

import fr.passerelle.engine.data.HiringCompany;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import java.util.HashMap;
import java.util.Map;

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
        // A merge join of two scans in primary-key order (by SIRET): H2's planner may otherwise walk the dataset_key
        // index for each score, which does not scale to millions of rows.
        Map<String, double[]> communes = new HashMap<>();
        dsl.select(COMMUNE.INSEE_CODE, COMMUNE.LATITUDE, COMMUNE.LONGITUDE).from(COMMUNE)
                .where(COMMUNE.LATITUDE.isNotNull()).forEach(r -> communes.put(r.value1(), new double[] {r.value2(), r.value3()}));
        try (Cursor<? extends Record> companies = dsl.select(COMPANY.SIRET, COMPANY.DATASET_KEY, COMPANY.NAME, COMPANY.NAF_CODE,
                        COMPANY.COMMUNE_INSEE, COMPANY.HEADCOUNT_BRACKET, COMPANY.LATITUDE, COMPANY.LONGITUDE)
                .from(COMPANY).orderBy(COMPANY.SIRET, COMPANY.DATASET_KEY).fetchSize(5_000).fetchLazy();
             Cursor<? extends Record> scores = dsl.select(COMPANY_HIRING_SCORE.SIRET, COMPANY_HIRING_SCORE.ROME_CODE,
                        COMPANY_HIRING_SCORE.DATASET_KEY, COMPANY_HIRING_SCORE.SCORE, COMPANY_HIRING_SCORE.SCORE_SOURCE)
                .from(COMPANY_HIRING_SCORE).orderBy(COMPANY_HIRING_SCORE.SIRET, COMPANY_HIRING_SCORE.ROME_CODE,
                        COMPANY_HIRING_SCORE.DATASET_KEY).fetchSize(5_000).fetchLazy()) {
            Map<String, Record> sameSiret = new HashMap<>();
            String currentSiret = null;
            Record pending = companies.fetchNext();
            for (Record score : scores) {
                String siret = score.get(COMPANY_HIRING_SCORE.SIRET);
                if (!siret.equals(currentSiret)) {
                    sameSiret.clear();
                    while (pending != null && pending.get(COMPANY.SIRET).compareTo(siret) < 0) {
                        pending = companies.fetchNext();
                    }
                    while (pending != null && pending.get(COMPANY.SIRET).equals(siret)) {
                        sameSiret.put(pending.get(COMPANY.DATASET_KEY), pending);
                        pending = companies.fetchNext();
                    }
                    currentSiret = siret;
                }
                Record company = sameSiret.get(score.get(COMPANY_HIRING_SCORE.DATASET_KEY));
                Integer value = score.get(COMPANY_HIRING_SCORE.SCORE);
                if (company == null || value == null) {
                    continue;
                }
                Double lat = company.get(COMPANY.LATITUDE);
                Double lon = company.get(COMPANY.LONGITUDE);
                double[] centre = company.get(COMPANY.COMMUNE_INSEE) == null ? null : communes.get(company.get(COMPANY.COMMUNE_INSEE));
                if ((lat == null || lon == null) && centre != null) {
                    lat = centre[0];
                    lon = centre[1];
                }
                if (lat == null || lon == null) {
                    continue;
                }
                sink.accept(new HiringCompany(siret, company.get(COMPANY.NAME), company.get(COMPANY.NAF_CODE),
                        company.get(COMPANY.COMMUNE_INSEE), lat, lon, score.get(COMPANY_HIRING_SCORE.ROME_CODE), value,
                        "ESTIMATED".equals(score.get(COMPANY_HIRING_SCORE.SCORE_SOURCE)), company.get(COMPANY.HEADCOUNT_BRACKET)));
            }
        }
    }
}
