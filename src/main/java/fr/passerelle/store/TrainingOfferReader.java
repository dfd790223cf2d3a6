package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.COMMUNE;
import static fr.passerelle.store.db.Tables.ROME_FORMACODE;
import static fr.passerelle.store.db.Tables.TRAINING;
import static fr.passerelle.store.db.Tables.TRAINING_ACTION;
import static fr.passerelle.store.db.Tables.TRAINING_FORMACODE;
import static fr.passerelle.store.db.Tables.TRAINING_FUNDER;
import static fr.passerelle.store.db.Tables.TRAINING_ROME;
import static fr.passerelle.store.db.Tables.TRAINING_SESSION;

import fr.passerelle.engine.data.TrainingOffer;
import java.time.LocalDate;
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
 * Streams training sessions, joined with their action and formation, as the engine's {@link TrainingOffer}. The ROME
 * codes are those the training carries; a training that carries none gets those its Formacode codes lead to
 * (ROME ↔ Formacode table). A place without coordinates falls back to its commune's centre. A session whose
 * training leads to no ROME code cannot be proposed and is left out.
 */
final class TrainingOfferReader {
    private static final int DISTANCE_LEARNING = 2;

    private final DSLContext dsl;
    private final int chunk;

    /** @param chunk sessions per query (tests use tiny ones) */
    TrainingOfferReader(ReferenceDatabase database, int chunk) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("chunk " + chunk);
        }
        this.dsl = database.dsl();
        this.chunk = chunk;
    }

    void read(Consumer<TrainingOffer> sink) {
        // Joined here rather than in SQL: on a national cache H2's planner walked the dataset index of every
        // action for each session (minutes); three sequential scans and hash maps take seconds.
        DatasetIds ids = DatasetIds.read(dsl);
        Map<String, List<String>> romes = romeCodes();
        Map<String, List<Integer>> funders = new HashMap<>();
        dsl.select(TRAINING_FUNDER.ACTION_ID, TRAINING_FUNDER.DATASET_ID, TRAINING_FUNDER.FUNDER_CODE).from(TRAINING_FUNDER)
                .orderBy(TRAINING_FUNDER.ACTION_ID, TRAINING_FUNDER.FUNDER_CODE)
                .forEach(r -> funders.computeIfAbsent(key(r.value1(), r.value2()), k -> new ArrayList<>()).add(r.value3()));
        Map<String, double[]> communes = new HashMap<>();
        dsl.select(COMMUNE.INSEE_CODE, COMMUNE.LATITUDE, COMMUNE.LONGITUDE).from(COMMUNE)
                .where(COMMUNE.LATITUDE.isNotNull()).forEach(r -> communes.put(r.value1(), new double[] {r.value2(), r.value3()}));
        Map<String, Formation> formations = new HashMap<>();
        dsl.select(TRAINING.TRAINING_ID, TRAINING.DATASET_ID, TRAINING.TITLE, TRAINING.PROVIDER_NAME, TRAINING.RNCP_CODE,
                        TRAINING.CERTIFINFO_CODE, TRAINING.ENTRY_LEVEL, TRAINING.EXIT_LEVEL).from(TRAINING)
                .forEach(r -> {
                    String key = key(r.value1(), r.value2());
                    List<String> codes = romes.get(key);
                    if (codes != null && !codes.isEmpty()) {
                        String rncp = r.value5();
                        String certification = rncp != null ? "RNCP" + rncp.replaceFirst("^RNCP", "")
                                : r.value6() != null ? "CertifInfo " + r.value6() : null;
                        formations.put(key, new Formation(r.value3(), r.value4(), certification, r.value7(), r.value8(), codes));
                    }
                });
        Map<String, Action> actions = new HashMap<>();
        dsl.select(TRAINING_ACTION.ACTION_ID, TRAINING_ACTION.DATASET_ID, TRAINING_ACTION.TRAINING_ID,
                        TRAINING_ACTION.HOURS_TOTAL, TRAINING_ACTION.TOTAL_PRICE_CENTS, TRAINING_ACTION.TEACHING_MODE,
                        TRAINING_ACTION.COMMUNE_INSEE, TRAINING_ACTION.CITY, TRAINING_ACTION.CPF_ELIGIBLE,
                        TRAINING_ACTION.LATITUDE, TRAINING_ACTION.LONGITUDE).from(TRAINING_ACTION)
                .forEach(r -> {
                    Formation formation = formations.get(key(r.value3(), r.value2()));
                    if (formation == null) {
                        return;
                    }
                    Double lat = r.value10();
                    Double lon = r.value11();
                    double[] centre = r.value7() == null ? null : communes.get(r.value7());
                    if ((lat == null || lon == null) && centre != null) {
                        lat = centre[0];
                        lon = centre[1];
                    }
                    Integer mode = r.value6();
                    actions.put(key(r.value1(), r.value2()), new Action(formation, r.value4(), r.value5(),
                            mode != null && mode == DISTANCE_LEARNING, r.value7(), r.value8(), r.value9(), lat, lon,
                            funders.getOrDefault(key(r.value1(), r.value2()), List.of())));
                });
        // In chunks of rows in the table's own order (the order a plain scan gives, so the sessions keep their
        // numbers): H2 materialises a query's whole result before the first row, 300,000 sessions at once otherwise.
        Field<Long> rowId = DSL.field("_ROWID_", Long.class);
        long after = Long.MIN_VALUE;
        while (true) {
            List<? extends Record> rows = dsl.select(rowId, TRAINING_SESSION.SESSION_ID, TRAINING_SESSION.DATASET_ID,
                            TRAINING_SESSION.ACTION_ID, TRAINING_SESSION.START_DATE, TRAINING_SESSION.START_PRECISION,
                            TRAINING_SESSION.END_DATE, TRAINING_SESSION.END_PRECISION)
                    .from(TRAINING_SESSION).where(rowId.gt(after)).orderBy(rowId).limit(chunk).fetch();
            for (Record r : rows) {
                session(r, actions, ids, sink);
            }
            if (rows.size() < chunk) {
                return;
            }
            after = rows.get(rows.size() - 1).get(rowId);
        }
    }

    private static void session(Record r, Map<String, Action> actions, DatasetIds ids, Consumer<TrainingOffer> sink) {
        Action a = actions.get(key(r.get(TRAINING_SESSION.ACTION_ID), r.get(TRAINING_SESSION.DATASET_ID)));
        if (a == null) {
            return;
        }
        // The path names a session by its dataset's key (TrainingContactStore looks it up so): never by the id.
        String dataset = ids.key(r.get(TRAINING_SESSION.DATASET_ID));
        Formation f = a.formation();
        sink.accept(new TrainingOffer(dataset + "#" + r.get(TRAINING_SESSION.SESSION_ID), f.title(), f.provider(),
                f.romes(), a.hours(), a.priceCents(),
                known(r.get(TRAINING_SESSION.START_DATE), r.get(TRAINING_SESSION.START_PRECISION)),
                known(r.get(TRAINING_SESSION.END_DATE), r.get(TRAINING_SESSION.END_PRECISION)),
                a.commune(), a.city(), a.latitude(), a.longitude(), a.remote(), f.certification(), a.funders(),
                f.entryLevel(), f.exitLevel(), a.cpfEligible(), dataset));
    }

    /** What the sessions of a formation share. */
    private record Formation(String title, String provider, String certification, Integer entryLevel, Integer exitLevel,
                             List<String> romes) {
    }

    /** What the sessions of an action share. */
    private record Action(Formation formation, Integer hours, Long priceCents, boolean remote, String commune, String city,
                          Boolean cpfEligible, Double latitude, Double longitude, List<Integer> funders) {
    }

    /** ROME codes per training: carried by the training, else reached through its Formacode codes. */
    private Map<String, List<String>> romeCodes() {
        Map<String, List<String>> carried = new HashMap<>();
        dsl.select(TRAINING_ROME.TRAINING_ID, TRAINING_ROME.DATASET_ID, TRAINING_ROME.ROME_CODE).from(TRAINING_ROME)
                .orderBy(TRAINING_ROME.TRAINING_ID, TRAINING_ROME.ROME_CODE)
                .forEach(r -> carried.computeIfAbsent(key(r.value1(), r.value2()), k -> new ArrayList<>()).add(r.value3()));
        Map<String, List<String>> throughFormacode = new HashMap<>();
        dsl.selectDistinct(TRAINING_FORMACODE.TRAINING_ID, TRAINING_FORMACODE.DATASET_ID, ROME_FORMACODE.ROME_CODE)
                .from(TRAINING_FORMACODE)
                .join(ROME_FORMACODE).on(ROME_FORMACODE.FORMACODE.eq(TRAINING_FORMACODE.FORMACODE))
                .orderBy(TRAINING_FORMACODE.TRAINING_ID, ROME_FORMACODE.ROME_CODE)
                .forEach(r -> {
                    String key = key(r.value1(), r.value2());
                    if (!carried.containsKey(key)) {
                        throughFormacode.computeIfAbsent(key, k -> new ArrayList<>()).add(r.value3());
                    }
                });
        carried.putAll(throughFormacode);
        return carried;
    }

    /** A date only when it names a day or at least a month (a month-only start counts from the 1st). */
    private static LocalDate known(LocalDate date, String precision) {
        return date == null || "UNKNOWN".equals(precision) || "YEAR".equals(precision) ? null : date;
    }

    private static String key(String id, Integer dataset) {
        return dataset + "|" + id;
    }
}
