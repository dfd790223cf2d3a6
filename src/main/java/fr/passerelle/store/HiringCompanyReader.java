package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.COMMUNE;
import static fr.passerelle.store.db.Tables.COMPANY;

import fr.passerelle.engine.data.HiringCompany;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams (company, ROME code, hiring score) rows as the engine's {@link HiringCompany}, ordered by SIRET. A company
 * without coordinates is placed at its commune's centre; one without either cannot be placed and is left out, and
 * so are "LISTED" links that carry no score.
 */
final class HiringCompanyReader {
    /**
     * Companies per chunk. H2 materialises a query's whole result before handing out the first row ({@code fetchLazy}
     * notwithstanding; seen in heap histograms): read in one query, the national million companies held about 500 MB
     * of H2 values while the index was built. A chunk of 20,000 companies and their scores holds a few tens of MB.
     */
    static final int CHUNK = 20_000;

    private final DSLContext dsl;
    private final int chunk;

    HiringCompanyReader(ReferenceDatabase database) {
        this(database, CHUNK);
    }

    /** @param chunk companies per chunk (tests use tiny ones, so that SIRETs straddle chunks) */
    HiringCompanyReader(ReferenceDatabase database, int chunk) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("chunk " + chunk);
        }
        this.dsl = database.dsl();
        this.chunk = chunk;
    }

    /**
     * Reads the companies by SIRET range, in order: a chunk is the next {@link #chunk} company rows after the previous
     * range (completed with the other datasets of its last SIRET), joined with the scores of the same range (a merge by
     * SIRET), so the rows and their order do not depend on the chunk size. The scores are read once, in the table's own
     * order, and sorted in memory ({@link SortedHiringScores}: the table has no index since V11).
     */
    void read(Consumer<HiringCompany> sink) {
        Map<String, double[]> communes = new HashMap<>();
        dsl.select(COMMUNE.INSEE_CODE, COMMUNE.LATITUDE, COMMUNE.LONGITUDE).from(COMMUNE)
                .where(COMMUNE.LATITUDE.isNotNull()).forEach(r -> communes.put(r.value1(), new double[] {r.value2(), r.value3()}));
        SortedHiringScores scores = SortedHiringScores.read(dsl);
        int next = 0; // the first score not yet joined
        String after = null; // before the first SIRET
        while (true) {
            List<Record> companies = new ArrayList<>(dsl.select(COMPANY_COLUMNS).from(COMPANY)
                    .where(after == null ? DSL.noCondition() : COMPANY.SIRET.gt(after))
                    .orderBy(COMPANY.SIRET, COMPANY.DATASET_KEY).limit(chunk).fetch());
            boolean last = companies.size() < chunk;
            String upTo = null;
            if (!last) {
                Record end = companies.get(companies.size() - 1);
                upTo = end.get(COMPANY.SIRET);
                // The last SIRET's other datasets, so that the range holds whole companies.
                companies.addAll(dsl.select(COMPANY_COLUMNS).from(COMPANY).where(COMPANY.SIRET.eq(upTo))
                        .and(COMPANY.DATASET_KEY.gt(end.get(COMPANY.DATASET_KEY))).orderBy(COMPANY.DATASET_KEY).fetch());
            }
            int to = next;
            if (last) {
                to = scores.size();
            } else {
                long bound = SortedHiringScores.siret(upTo);
                while (to < scores.size() && scores.siret(to) <= bound) {
                    to++;
                }
            }
            join(companies, scores, next, to, communes, sink);
            if (last) {
                return;
            }
            next = to;
            after = upTo;
        }
    }

    private static final org.jooq.SelectField<?>[] COMPANY_COLUMNS = {COMPANY.SIRET, COMPANY.DATASET_KEY, COMPANY.NAME,
        COMPANY.NAF_CODE, COMPANY.COMMUNE_INSEE, COMPANY.HEADCOUNT_BRACKET, COMPANY.LATITUDE, COMPANY.LONGITUDE};

    /** A merge join of one range's companies and scores {@code from} (included) to {@code to} (excluded), both by SIRET. */
    private static void join(List<Record> companyRows, SortedHiringScores scores, int from, int to,
                             Map<String, double[]> communes, Consumer<HiringCompany> sink) {
        java.util.Iterator<Record> companies = companyRows.iterator();
        Map<String, Record> sameSiret = new HashMap<>();
        long currentSiret = -1;
        String siret = null;
        Record pending = companies.hasNext() ? companies.next() : null;
        for (int i = from; i < to; i++) {
            if (scores.siret(i) != currentSiret) {
                currentSiret = scores.siret(i);
                siret = SortedHiringScores.siretText(currentSiret);
                sameSiret.clear();
                while (pending != null && pending.get(COMPANY.SIRET).compareTo(siret) < 0) {
                    pending = companies.hasNext() ? companies.next() : null;
                }
                while (pending != null && pending.get(COMPANY.SIRET).equals(siret)) {
                    sameSiret.put(pending.get(COMPANY.DATASET_KEY), pending);
                    pending = companies.hasNext() ? companies.next() : null;
                }
            }
            Record company = sameSiret.get(scores.datasetKey(i));
            Integer value = scores.score(i);
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
                    company.get(COMPANY.COMMUNE_INSEE), lat, lon, scores.romeCode(i), value, scores.estimated(i),
                    company.get(COMPANY.HEADCOUNT_BRACKET)));
        }
    }
}
