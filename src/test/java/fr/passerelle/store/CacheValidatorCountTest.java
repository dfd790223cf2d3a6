package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET_TABLE_ROWS;
import static fr.passerelle.store.db.Tables.OFFER_COUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.OfferCount;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts the validator proves before publishing, in a table holding several datasets of one run (regional offer
 * files): counted from the data with one COUNT(*) when the run only appended, and still refused when a row went
 * missing or appeared behind the writers' back.
 */
class CacheValidatorCountTest {
    @TempDir
    Path home;
    private StagingBuild build;
    private StagingSink sink;

    @BeforeEach
    void writeTwoRegions() {
        build = StagingBuild.start(new CacheFolder(home), null, true);
        sink = build.sink(Map.of(), Set.of());
        write("normandie", 3);
        write("bretagne", 2);
    }

    @AfterEach
    void abandon() {
        build.abandon();
    }

    @Test
    void appendedDatasetsAreRecordedWithTheirCountsWhenTheTotalMatches() throws Exception {
        CacheValidator.validate(sink);

        Map<String, Long> recorded = sink.dsl().selectFrom(DATASET_TABLE_ROWS)
                .where(DATASET_TABLE_ROWS.TABLE_NAME.eq("OFFER_COUNT"))
                .fetchMap(DATASET_TABLE_ROWS.DATASET_KEY, DATASET_TABLE_ROWS.ROW_COUNT);
        assertEquals(Map.of(key("normandie"), 3L, key("bretagne"), 2L), recorded);
    }

    @Test
    void aRowLostAfterWritingIsRefused() {
        refusedAfter(dsl -> dsl.execute("DELETE FROM OFFER_COUNT WHERE TERRITORY_CODE = '76540'"), "4 lignes comptées, 5 attendues");
    }

    @Test
    void aRowAddedBehindTheWritersIsRefused() {
        refusedAfter(dsl -> dsl.insertInto(OFFER_COUNT).set(OFFER_COUNT.TERRITORY_LEVEL, "commune")
                .set(OFFER_COUNT.TERRITORY_CODE, "29019").set(OFFER_COUNT.ROME_CODE, "D1505").set(OFFER_COUNT.OFFERS, 1)
                .set(OFFER_COUNT.EXTRACTED_ON, LocalDate.of(2021, 12, 21)).set(OFFER_COUNT.DATASET_ID, sink.ids().id(key("bretagne")))
                .execute(), "6 lignes comptées, 5 attendues");
    }

    private void refusedAfter(Consumer<org.jooq.DSLContext> tamper, String counts) {
        tamper.accept(sink.dsl());
        sink.commit();

        StoreException e = assertThrows(StoreException.class, () -> CacheValidator.validate(sink));

        assertTrue(e.getMessage().startsWith("cache incohérent après l'import (table offer_count : " + counts), e.getMessage());
        assertTrue(e.getMessage().endsWith("le cache n'a pas changé"), e.getMessage());
    }

    private void write(String region, int rows) {
        DatasetInfo info = new DatasetInfo("market.offers_commune", "offres_" + region, "Offres " + region,
                "offres_" + region + ".csv", "2021-12-21", Instant.parse("2026-12-01T00:00:00Z"), rows, rows, 0, "00");
        sink.openDataset(info);
        for (int i = 0; i < rows; i++) {
            String commune = region.equals("normandie") ? "7654" + i : "2901" + i;
            sink.add(new OfferCount("commune", commune, new RomeCode("D1505"), 10 + i, LocalDate.of(2021, 12, 21)));
        }
        sink.closeDataset(info);
    }

    private static String key(String region) {
        return DatasetInfo.key("market.offers_commune", "offres_" + region);
    }
}
