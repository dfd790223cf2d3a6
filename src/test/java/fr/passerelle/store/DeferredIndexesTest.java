package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.OfferCount;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the indexes of a table are dropped during an import and given back before validation: at the start for a
 * table holding few rows, between two files once the run's rows pass a third of what the table held, never for an
 * update too small to pay for a rebuild.
 */
class DeferredIndexesTest {
    @TempDir
    Path home;
    private StagingBuild build;

    @AfterEach
    void abandon() {
        build.abandon();
    }

    @Test
    void aTableFilledFromEmptyLosesItsIndexesAtTheStartAndGetsThemBackBeforeValidation() throws Exception {
        StagingSink sink = start(DeferredIndexes.REBUILD_UP_TO);

        write(sink, "normandie", 3);
        assertTrue(sink.indexes().deferred("OFFER_COUNT"));
        assertEquals(List.of(), indexes(sink));

        CacheValidator.validate(sink);
        assertEquals(List.of("OFFER_COUNT_ROME"), indexes(sink));
    }

    @Test
    void aBigTableKeepsItsIndexesForASmallUpdateAndDropsThemOnceTheRunHasWrittenAThirdOfItsRows() {
        StagingSink sink = start(2);
        for (int i = 0; i < 9; i++) {   // rows of a dataset kept from the cache: more than the table's threshold (2)
            sink.dsl().execute("INSERT INTO OFFER_COUNT VALUES ('commune', '5935" + i + "', 'D1505', 1, DATE '2021-12-21', 999)");
        }
        sink.commit();

        write(sink, "normandie", 2);   // 2 written, 9 held: updating in place is cheaper
        assertFalse(sink.indexes().deferred("OFFER_COUNT"));
        assertEquals(List.of("OFFER_COUNT_ROME"), indexes(sink));

        write(sink, "bretagne", 2);    // 4 written: more than a third of 9, a rebuild at the end pays
        assertTrue(sink.indexes().deferred("OFFER_COUNT"));
        assertEquals(List.of(), indexes(sink));

        sink.restoreIndexes();
        assertEquals(List.of("OFFER_COUNT_ROME"), indexes(sink));
        assertEquals(13, sink.dsl().fetchCount(sink.dsl().selectFrom("OFFER_COUNT").where("ROME_CODE = 'D1505'")));
    }

    @Test
    void aTableLosingMoreThanAThirdOfItsKeptRowsToADeleteLosesItsIndexesFirst() {
        StagingSink sink = start(2);
        assertFalse(sink.indexes().deferBeforeDelete("OFFER_COUNT", 3, 9), "3 deleted, 9 kept: in place is cheaper");
        assertEquals(List.of("OFFER_COUNT_ROME"), indexes(sink));

        assertTrue(sink.indexes().deferBeforeDelete("OFFER_COUNT", 4, 9));
        assertEquals(List.of(), indexes(sink));
        assertFalse(sink.indexes().deferBeforeDelete("OFFER_COUNT", 4, 9), "already dropped");

        sink.restoreIndexes();
        assertEquals(List.of("OFFER_COUNT_ROME"), indexes(sink));
    }

    private StagingSink start(long rebuildUpTo) {
        build = StagingBuild.start(new CacheFolder(home), null, true);
        return build.sink(Map.of(), Set.of(), rebuildUpTo);
    }

    private static List<String> indexes(StagingSink sink) {
        return sink.dsl().fetch("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'OFFER_COUNT'")
                .getValues(0, String.class);
    }

    private static void write(StagingSink sink, String region, int rows) {
        DatasetInfo info = new DatasetInfo("market.offers_commune", "offres_" + region, "Offres " + region,
                "offres_" + region + ".csv", "2021-12-21", Instant.parse("2026-12-01T00:00:00Z"), rows, rows, 0, "00");
        sink.openDataset(info);
        for (int i = 0; i < rows; i++) {
            sink.add(new OfferCount("commune", region.substring(0, 1) + i, new RomeCode("D1505"), 10 + i, LocalDate.of(2021, 12, 21)));
        }
        sink.closeDataset(info);
    }
}
