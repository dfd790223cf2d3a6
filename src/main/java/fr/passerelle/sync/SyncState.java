package fr.passerelle.sync;

import fr.passerelle.engine.words.MessageRenderer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the sync remembers between runs (home/sync/state.json): the last bundle fully synced, the line counts of its
 * datasets (the sanity thresholds compare with them), when the central side was last reached or lost, and the last
 * run's report (in French, and in English for an English window). What the cache holds is never taken from here: the cache's own provenance (each dataset's SHA-256)
 * decides what must be fetched, so a crash between the import and this file costs nothing.
 */
public record SyncState(String source, String etag, String version, Instant syncedAt, Instant lastAttemptAt,
                        Instant offlineSince, Map<String, Synced> files, List<String> lastReport,
                        List<String> lastReportEnglish) {
    public static final SyncState EMPTY = new SyncState(null, null, null, null, null, null, Map.of(), List.of());

    public SyncState {
        files = Map.copyOf(files);
        lastReport = List.copyOf(lastReport);
        lastReportEnglish = List.copyOf(lastReportEnglish);
    }

    /** A state whose last report is written in French only (a state file of an earlier version). */
    public SyncState(String source, String etag, String version, Instant syncedAt, Instant lastAttemptAt, Instant offlineSince,
                     Map<String, Synced> files, List<String> lastReport) {
        this(source, etag, version, syncedAt, lastAttemptAt, offlineSince, files, lastReport, List.of());
    }

    /** The last report in the renderer's language; French when no English was recorded (an older state file). */
    public List<String> lastReport(MessageRenderer in) {
        return in.isEnglish() && !lastReportEnglish.isEmpty() ? lastReportEnglish : lastReport;
    }

    /** One dataset as last synced, with the key figures of its file (none for kinds without figures). */
    public record Synced(String name, String version, String sha256, long lines, KeyFigures figures) {
        public Synced {
            figures = figures == null ? KeyFigures.NONE : figures;
        }
    }

    public SyncState attempted(Instant at, Instant offline, List<String> report) {
        return new SyncState(source, etag, version, syncedAt, at, offline, files, report);
    }

    /** Attempted, keeping the report in both languages. */
    public SyncState attempted(Instant at, Instant offline, SyncReport report) {
        return new SyncState(source, etag, version, syncedAt, at, offline, files, report.lines(),
                report.lines(MessageRenderer.english()));
    }
}
