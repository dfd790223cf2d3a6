package fr.passerelle.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.DatasetInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How fresh the figures are, as the status bar says it, and the sample-data flag. */
class CacheStatusTest {
    private static DatasetInfo dataset(String kind, String version, String source, String importedAt) {
        return new DatasetInfo(kind, "", kind, source, version, Instant.parse(importedAt), 1, 1, 0, "x");
    }

    @Test
    void freshnessNamesTheVersionsAndTheLastImportInFrench() {
        CacheStatus status = new CacheStatus();
        status.show(List.of(dataset("rome4.occupations", "4.60", "a.csv", "2026-11-28T10:00:00Z"),
                dataset("market.tension", "2021", "b.csv", "2026-11-28T10:00:00Z"),
                dataset("market.offers_departement", "2021-12-21", "c.csv", "2026-11-29T10:00:00Z")));

        assertEquals("Données : ROME 4.60 · tension 2021 · offres 21 décembre 2021 · importé le 29 novembre 2026",
                status.freshnessProperty().get());
        assertFalse(status.sampleProperty().get());
    }

    @Test
    void inEnglishTheDatesAreEnglishToo() {
        CacheStatus status = new CacheStatus(new fr.passerelle.ui.common.Messages(java.util.Locale.ENGLISH));
        status.show(List.of(dataset("rome4.occupations", "4.60", "a.csv", "2026-11-28T10:00:00Z"),
                dataset("market.tension", "2021", "b.csv", "2026-11-28T10:00:00Z"),
                dataset("market.offers_departement", "2021-12-21", "c.csv", "2026-12-01T10:00:00Z")));

        assertEquals("Data: ROME 4.60 · tension 2021 · offers 21 December 2021 · imported on 1 December 2026",
                status.freshnessProperty().get());
    }

    @Test
    void anySampleDatasetRaisesTheWarning() {
        CacheStatus status = new CacheStatus();
        status.show(List.of(dataset("rome4.occupations", "4.60", DatasetInfo.SAMPLE_SOURCE_PREFIX + "a.csv", "2026-11-28T10:00:00Z")));

        assertTrue(status.sampleProperty().get());
    }

    @Test
    void anEmptyCacheSaysSo() {
        CacheStatus status = new CacheStatus();
        status.show(List.of());

        assertEquals("Aucune donnée dans le cache", status.freshnessProperty().get());
    }
}
