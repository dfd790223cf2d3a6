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
import org.jooq.Cursor;
import org.jooq.DSLContext;
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

    TrainingOfferReader(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    void read(Consumer<TrainingOffer> sink) {
        Map<String, List<String>> romes = romeCodes();
        Map<String, List<Integer>> funders = new HashMap<>();
        dsl.select(TRAINING_FUNDER.ACTION_ID, TRAINING_FUNDER.DATASET_KEY, TRAINING_FUNDER.FUNDER_CODE).from(TRAINING_FUNDER)
                .orderBy(TRAINING_FUNDER.ACTION_ID, TRAINING_FUNDER.FUNDER_CODE)
                .forEach(r -> funders.computeIfAbsent(key(r.value1(), r.value2()), k -> new ArrayList<>()).add(r.value3()));
        var latitude = DSL.coalesce(TRAINING_ACTION.LATITUDE, COMMUNE.LATITUDE);
        var longitude = DSL.coalesce(TRAINING_ACTION.LONGITUDE, COMMUNE.LONGITUDE);
        try (Cursor<? extends Record> rows = dsl.select(TRAINING_SESSION.SESSION_ID, TRAINING_SESSION.DATASET_KEY,
                        TRAINING_SESSION.START_DATE, TRAINING_SESSION.START_PRECISION, TRAINING_SESSION.END_DATE,
                        TRAINING_SESSION.END_PRECISION, TRAINING_ACTION.ACTION_ID, TRAINING_ACTION.HOURS_TOTAL,
                        TRAINING_ACTION.TOTAL_PRICE_CENTS, TRAINING_ACTION.TEACHING_MODE, TRAINING_ACTION.COMMUNE_INSEE,
                        TRAINING_ACTION.CITY, TRAINING_ACTION.CPF_ELIGIBLE, latitude.as("LAT"), longitude.as("LON"),
                        TRAINING.TRAINING_ID, TRAINING.TITLE, TRAINING.PROVIDER_NAME, TRAINING.RNCP_CODE,
                        TRAINING.CERTIFINFO_CODE, TRAINING.ENTRY_LEVEL, TRAINING.EXIT_LEVEL)
                .from(TRAINING_SESSION)
                .join(TRAINING_ACTION).on(TRAINING_ACTION.ACTION_ID.eq(TRAINING_SESSION.ACTION_ID)
                        .and(TRAINING_ACTION.DATASET_KEY.eq(TRAINING_SESSION.DATASET_KEY)))
                .join(TRAINING).on(TRAINING.TRAINING_ID.eq(TRAINING_ACTION.TRAINING_ID)
                        .and(TRAINING.DATASET_KEY.eq(TRAINING_ACTION.DATASET_KEY)))
                .leftJoin(COMMUNE).on(COMMUNE.INSEE_CODE.eq(TRAINING_ACTION.COMMUNE_INSEE))
                .orderBy(TRAINING_SESSION.DATASET_KEY, TRAINING_SESSION.SESSION_ID)
                .fetchSize(5_000)
                .fetchLazy()) {
            for (Record r : rows) {
                String dataset = r.get(TRAINING_SESSION.DATASET_KEY);
                List<String> codes = romes.get(key(r.get(TRAINING.TRAINING_ID), dataset));
                if (codes == null || codes.isEmpty()) {
                    continue;
                }
                Integer mode = r.get(TRAINING_ACTION.TEACHING_MODE);
                String rncp = r.get(TRAINING.RNCP_CODE);
                String certifinfo = r.get(TRAINING.CERTIFINFO_CODE);
                sink.accept(new TrainingOffer(dataset + "#" + r.get(TRAINING_SESSION.SESSION_ID), r.get(TRAINING.TITLE),
                        r.get(TRAINING.PROVIDER_NAME), codes, r.get(TRAINING_ACTION.HOURS_TOTAL),
                        r.get(TRAINING_ACTION.TOTAL_PRICE_CENTS),
                        known(r.get(TRAINING_SESSION.START_DATE), r.get(TRAINING_SESSION.START_PRECISION)),
                        known(r.get(TRAINING_SESSION.END_DATE), r.get(TRAINING_SESSION.END_PRECISION)),
                        r.get(TRAINING_ACTION.COMMUNE_INSEE), r.get(TRAINING_ACTION.CITY), r.get("LAT", Double.class),
                        r.get("LON", Double.class), mode != null && mode == DISTANCE_LEARNING,
                        rncp != null ? "RNCP" + rncp.replaceFirst("^RNCP", "") : certifinfo != null ? "CertifInfo " + certifinfo : null,
                        funders.getOrDefault(key(r.get(TRAINING_ACTION.ACTION_ID), dataset), List.of()),
                        r.get(TRAINING.ENTRY_LEVEL), r.get(TRAINING.EXIT_LEVEL), r.get(TRAINING_ACTION.CPF_ELIGIBLE), dataset));
            }
        }
    }

    /** ROME codes per training: carried by the training, else reached through its Formacode codes. */
    private Map<String, List<String>> romeCodes() {
        Map<String, List<String>> romes = new HashMap<>();
        dsl.select(TRAINING_ROME.TRAINING_ID, TRAINING_ROME.DATASET_KEY, TRAINING_ROME.ROME_CODE).from(TRAINING_ROME)
                .orderBy(TRAINING_ROME.TRAINING_ID, TRAINING_ROME.ROME_CODE)
                .forEach(r -> romes.computeIfAbsent(key(r.value1(), r.value2()), k -> new ArrayList<>()).add(r.value3()));
        dsl.selectDistinct(TRAINING_FORMACODE.TRAINING_ID, TRAINING_FORMACODE.DATASET_KEY, ROME_FORMACODE.ROME_CODE)
                .from(TRAINING_FORMACODE)
                .join(ROME_FORMACODE).on(ROME_FORMACODE.FORMACODE.eq(TRAINING_FORMACODE.FORMACODE))
                .orderBy(TRAINING_FORMACODE.TRAINING_ID, ROME_FORMACODE.ROME_CODE)
                .forEach(r -> {
                    String key = key(r.value1(), r.value2());
                    List<String> carried = romes.get(key);
                    if (carried == null) {
                        romes.computeIfAbsent(key + "#formacode", k -> new ArrayList<>()).add(r.value3());
                    }
                });
        Map<String, List<String>> out = new HashMap<>();
        romes.forEach((k, v) -> {
            if (k.endsWith("#formacode")) {
                out.putIfAbsent(k.substring(0, k.length() - "#formacode".length()), v);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A date only when it names a day or at least a month (a month-only start counts from the 1st). */
    private static LocalDate known(LocalDate date, String precision) {
        return date == null || "UNKNOWN".equals(precision) || "YEAR".equals(precision) ? null : date;
    }

    private static String key(String id, String dataset) {
        return dataset + "|" + id;
    }
}
