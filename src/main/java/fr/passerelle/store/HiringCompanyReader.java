package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.COMMUNE;
import static fr.passerelle.store.db.Tables.COMPANY;

import fr.passerelle.engine.data.HiringCompany;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Streams (company, ROME code, hiring score) rows as the engine's {@link HiringCompany}, ordered by SIRET, ROME code
 * and dataset. A company without coordinates is placed at its commune's centre; one without either cannot be placed
 * and is left out, and so are "LISTED" links that carry no score.
 *
 * <p>Neither table has an index to read them in SIRET order (V11; building them was most of a national company
 * import): the scores are read in the table's row order and sorted in memory ({@link SortedHiringScores}), then the
 * companies are read in row order too and each one that has scores is put in its place among them, kept as compact
 * columns (its name as UTF-8 bytes, its NAF, commune and headcount codes shared): about 90 bytes a company. Most
 * live heap during a national index build: 342 MB against about 300 MB with the chunked index scans before.
 */
final class HiringCompanyReader {
    /**
     * Company rows per query. H2 materialises a query's whole result before handing out the first row ({@code
     * fetchLazy} notwithstanding; seen in heap histograms): read in one query, the national million companies held
     * about 500 MB of H2 values while the index was built.
     */
    static final int CHUNK = 20_000;

    private final DSLContext dsl;
    private final int chunk;

    HiringCompanyReader(ReferenceDatabase database) {
        this(database, CHUNK);
    }

    /** @param chunk company rows per query (tests use tiny ones) */
    HiringCompanyReader(ReferenceDatabase database, int chunk) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("chunk " + chunk);
        }
        this.dsl = database.dsl();
        this.chunk = chunk;
    }

    void read(Consumer<HiringCompany> sink) {
        Map<String, double[]> communes = new HashMap<>();
        dsl.select(COMMUNE.INSEE_CODE, COMMUNE.LATITUDE, COMMUNE.LONGITUDE).from(COMMUNE)
                .where(COMMUNE.LATITUDE.isNotNull()).forEach(r -> communes.put(r.value1(), new double[] {r.value2(), r.value3()}));
        DatasetIds ids = DatasetIds.read(dsl);
        SortedHiringScores scores = SortedHiringScores.read(dsl, ids);
        Companies companies = new Companies(scores.pairs());
        Field<Long> rowId = DSL.field("_ROWID_", Long.class);
        long after = Long.MIN_VALUE;
        while (true) {
            List<? extends Record> rows = dsl.select(rowId, COMPANY.SIRET, COMPANY.DATASET_ID, COMPANY.NAME,
                            COMPANY.NAF_CODE, COMPANY.COMMUNE_INSEE, COMPANY.HEADCOUNT_BRACKET, COMPANY.LATITUDE, COMPANY.LONGITUDE)
                    .from(COMPANY).where(rowId.gt(after)).orderBy(rowId).limit(chunk).fetch();
            for (Record r : rows) {
                long siret = SortedHiringScores.siretOrMinus(r.get(COMPANY.SIRET));
                int pair = siret < 0 ? -1 : scores.pair(siret, ids.key(r.get(COMPANY.DATASET_ID)));
                if (pair >= 0) {
                    companies.put(pair, r, communes);
                }
            }
            if (rows.size() < chunk) {
                break;
            }
            after = rows.get(rows.size() - 1).get(rowId);
        }
        long currentSiret = -1;
        String siret = null;
        for (int i = 0; i < scores.size(); i++) {
            int pair = scores.pairOf(i);
            Integer value = scores.score(i);
            if (!companies.placed(pair) || value == null) {
                continue;
            }
            if (scores.siret(i) != currentSiret) {
                currentSiret = scores.siret(i);
                siret = SortedHiringScores.siretText(currentSiret);
            }
            sink.accept(new HiringCompany(siret, companies.name(pair), companies.naf(pair), companies.commune(pair),
                    companies.latitude(pair), companies.longitude(pair), scores.romeCode(i), value, scores.estimated(i),
                    companies.headcount(pair)));
        }
    }

    /** The companies that have scores, by pair number, as columns. */
    private static final class Companies {
        private final byte[][] names;
        private final int[] naf;
        private final int[] commune;
        private final int[] headcount;
        private final double[] latitudes;
        private final double[] longitudes;
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> codeList = new ArrayList<>();

        Companies(int size) {
            names = new byte[size][];
            naf = new int[size];
            commune = new int[size];
            headcount = new int[size];
            latitudes = new double[size];
            longitudes = new double[size];
        }

        /** Keeps a company row, placed at its commune's centre when it has no coordinates (not kept without either). */
        void put(int pair, Record r, Map<String, double[]> communes) {
            Double lat = r.get(COMPANY.LATITUDE);
            Double lon = r.get(COMPANY.LONGITUDE);
            String insee = r.get(COMPANY.COMMUNE_INSEE);
            double[] centre = insee == null ? null : communes.get(insee);
            if ((lat == null || lon == null) && centre != null) {
                lat = centre[0];
                lon = centre[1];
            }
            if (lat == null || lon == null) {
                names[pair] = null;
                return;
            }
            names[pair] = r.get(COMPANY.NAME).getBytes(StandardCharsets.UTF_8);
            naf[pair] = code(r.get(COMPANY.NAF_CODE));
            commune[pair] = code(insee);
            headcount[pair] = code(r.get(COMPANY.HEADCOUNT_BRACKET));
            latitudes[pair] = lat;
            longitudes[pair] = lon;
        }

        /** A shared code (NAF, commune, headcount bracket: a few thousand values), -1 for null. */
        private int code(String value) {
            if (value == null) {
                return -1;
            }
            return codes.computeIfAbsent(value, v -> {
                codeList.add(v);
                return codeList.size() - 1;
            });
        }

        private String text(int code) {
            return code < 0 ? null : codeList.get(code);
        }

        boolean placed(int pair) {
            return names[pair] != null;
        }

        String name(int pair) {
            return new String(names[pair], StandardCharsets.UTF_8);
        }

        String naf(int pair) {
            return text(naf[pair]);
        }

        String commune(int pair) {
            return text(commune[pair]);
        }

        String headcount(int pair) {
            return text(headcount[pair]);
        }

        double latitude(int pair) {
            return latitudes[pair];
        }

        double longitude(int pair) {
            return longitudes[pair];
        }
    }
}
