package fr.passerelle.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.app.IndexService;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.sync.SyncException;
import fr.passerelle.sync.SyncReport;
import fr.passerelle.sync.SyncState;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.data.CacheStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sync panel of the English window without a toolkit: the report of a run, the one kept from the last run, a
 * failure, the ages and the live offers' line, in English; a state file written before English was kept shows its
 * French report rather than nothing.
 */
class SyncViewModelEnglishTest {
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final DatasetInfo ROME = new DatasetInfo("rome4.occupations", "", "ROME 4 – fiches métiers", "a.csv", "4.60",
            Instant.parse("2026-12-04T08:59:30Z"), 46, 46, 0, "x");
    private static final DatasetInfo OFFERS = new DatasetInfo("market.live_offers", "hauts_de_france", "Offres d'emploi en ligne",
            "o.json", "2026-12-01", Instant.parse("2026-12-01T09:00:00Z"), 1, 1, 0, "y");

    private SyncState state = SyncState.EMPTY;
    private Object next;

    private final SyncAccess access = new SyncAccess() {
        @Override
        public String source() {
            return "http://127.0.0.1:8765/";
        }

        @Override
        public SyncState state() {
            return state;
        }

        @Override
        public SyncReport syncNow(ProgressListener progress) throws Exception {
            if (next instanceof Exception e) {
                throw e;
            }
            SyncReport report = (SyncReport) next;
            state = new SyncState("http://127.0.0.1:8765/", null, "b2", NOW, NOW, null, Map.of(), List.of()).attempted(NOW, null, report);
            return report;
        }

        @Override
        public int unsent() {
            return 1;
        }

        @Override
        public List<DatasetInfo> datasets() {
            return List.of(ROME, OFFERS);
        }

        @Override
        public Duration retry() {
            return Duration.ofMinutes(15);
        }
    };

    private final SyncViewModel model = new SyncViewModel(access, new CacheStatus(),
            new IndexService(() -> null, () -> "0", (s, p) -> {
                throw new IllegalStateException("no index in this test");
            }), TaskRunner.synchronous(), (delay, action) -> { }, Clock.fixed(NOW, ZoneOffset.UTC), new Messages(Locale.ENGLISH));

    @Test
    void aRunsReportItsRefusalAndTheKeptReportAreInEnglish() {
        Message jump = Message.of("sync.refused.file", Param.label("naf_labels.csv"), Param.of(Message.of("sync.sanity.empty")));
        next = new SyncReport(SyncReport.Outcome.UPDATED, "b2", NOW,
                List.of(Message.of("sync.changed", Param.label("Régions"), Param.of(Message.of("sync.version.new")), Param.number(1))),
                List.of(jump), 13_120, 0, Message.NONE);
        model.syncNow();
        List<String> expected = List.of("Version b2 installed: 1 dataset updated.", "  updated: Régions: new, 1 line",
                "  refused: naf_labels.csv: empty file: it would empty the dataset it replaces", "  downloaded: 13,120 bytes");
        assertEquals(String.join("\n", expected), model.reportProperty().get());
        model.refresh();
        assertEquals(String.join("\n", expected), model.reportProperty().get(), "the state's English report");
        assertEquals("Online (last contact 4 December 2026 at 10:00).", model.connectionProperty().get());
        assertEquals("Newest data imported just now; last complete synchronisation: 4 December 2026 at 10:00.",
                model.ageProperty().get());
        assertEquals(List.of("Offres d'emploi en ligne (hauts_de_france): version 2026-12-01, imported 3 days ago",
                "ROME 4 – fiches métiers: version 4.60, imported just now"), model.datasets());
        assertEquals("Live job offers: 1 offer fetched on 1 December 2026. Automatic fetching not configured: set"
                + " offers.regions and the France Travail credentials in sync.properties.", model.offersProperty().get());
    }

    @Test
    void aStateWrittenInFrenchOnlyShowsItsFrenchReport() {
        state = SyncState.EMPTY.attempted(NOW, null, List.of("Données à jour (version b1)."));
        model.refresh();
        assertEquals("Données à jour (version b1).", model.reportProperty().get());
    }

    @Test
    void aFailureIsSaidInEnglish() {
        next = new SyncException(Message.of("sync.manifest.version"));
        model.syncNow();
        assertEquals("The synchronisation failed and the cache did not change: manifest: field \"version\" missing",
                model.reportProperty().get());
    }
}
