package fr.passerelle.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Provenance of one dataset of the cache: where it came from, which version, when it was imported, how many rows.
 * Every figure the UI or CLI shows can be dated through it ("tension 2021, offres 2021-12-21").
 *
 * @param kind  the format's stable key, e.g. "rome4.appellations"
 * @param scope "" for a national referential; for a regional file, what it covers (it replaces only itself)
 */
public record DatasetInfo(String kind, String scope, String label, String source, String version, Instant importedAt,
                          int rowsRead, int rowsStored, int rowsRejected, String sha256) {
    public DatasetInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importedAt, "importedAt");
        if (rowsRead < 0 || rowsStored < 0 || rowsRejected < 0) {
            throw new IllegalArgumentException("row counts cannot be negative");
        }
    }

    /** Marks the source of datasets seeded from the bundled, hand-written samples: their figures are invented. */
    public static final String SAMPLE_SOURCE_PREFIX = "exemple fictif : ";

    /** True for the bundled sample data, whose figures must never be shown as real statistics. */
    public boolean isSample() {
        return source.startsWith(SAMPLE_SOURCE_PREFIX);
    }

    /** The key under which the cache stores the dataset: a new import with the same key replaces it. */
    public String key() {
        return key(kind, scope);
    }

    public static String key(String kind, String scope) {
        return kind + "/" + scope;
    }
}
