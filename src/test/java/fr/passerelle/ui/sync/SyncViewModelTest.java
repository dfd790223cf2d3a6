package fr.passerelle.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.IndexService;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.sync.SyncReport;
import fr.passerelle.sync.SyncState;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.data.CacheStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sync panel without a toolkit: what it says offline and online, what a sync changes, the scheduled retry. */
class SyncViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final DatasetInfo OLD_ROME = new DatasetInfo("rome4.occupations", "", "ROME 4 – fiches métiers", "a.csv",
            "4.59", Instant.parse("2026-12-01T09:00:00Z"), 46, 46, 0, "x");
    private static final DatasetInfo NEW_ROME = new DatasetInfo("rome4.occupations", "", "ROME 4 – fiches métiers", "a.csv",
            "4.60", NOW, 46, 46, 0, "y");

    private SyncState state = SyncState.EMPTY;
    private List<DatasetInfo> datasets = List.of(OLD_ROME);
    private SyncReport next;
    private int unsent = 3;
    private final List<Duration> scheduled = new ArrayList<>();
    private final List<Runnable> retries = new ArrayList<>();
    private final AtomicInteger syncs = new AtomicInteger();
    private final AtomicInteger indexBuilds = new AtomicInteger();
    private final CacheStatus status = new CacheStatus();

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
        public SyncReport syncNow(ProgressListener progress) {
            syncs.incrementAndGet();
            progress.progress("Téléchargement", 5, 10);
            if (next.outcome() == SyncReport.Outcome.UPDATED) {
                datasets = List.of(NEW_ROME);
                state = new SyncState("http://127.0.0.1:8765/", "\"b1\"", "b1", NOW, NOW, null, Map.of(), next.lines());
            } else if (next.outcome() == SyncReport.Outcome.OFFLINE) {
                state = state.attempted(NOW, NOW.minusSeconds(3600), next.lines());
            }
            return next;
        }

        @Override
        public int unsent() {
            return unsent;
        }

        @Override
        public List<DatasetInfo> datasets() {
            return datasets;
        }

        @Override
        public Duration retry() {
            return Duration.ofMinutes(15);
        }
    };

    /** Counts the builds started (a build asks for a snapshot first; there is none in this test, so it stops there). */
    private final IndexService indexes = new IndexService(() -> {
        indexBuilds.incrementAndGet();
        return null;
    }, () -> String.valueOf(syncs.get()), (s, p) -> {
        throw new IllegalStateException("no index in this test");
    });

    private final SyncViewModel model = new SyncViewModel(access, status, indexes, TaskRunner.synchronous(),
            (delay, action) -> {
                scheduled.add(delay);
                retries.add(action);
            }, Clock.fixed(NOW, ZoneOffset.UTC), Messages.french());

    @Test
    void offlineSaysSinceWhenAndTheAgeOfTheData() {
        state = SyncState.EMPTY.attempted(NOW, Instant.parse("2026-12-03T08:05:00Z"), List.of("Hors ligne : serveur injoignable"));
        model.refresh();
        assertEquals("Hors ligne depuis le 3 décembre 2026 à 9 h 05 : les données actuelles restent utilisées, nouvel essai"
                + " programmé.", model.connectionProperty().get());
        assertEquals("Hors ligne depuis le 3 décembre 2026 à 9 h 05 · données d'il y a 3 jours", model.statusLineProperty().get());
        assertEquals("Données les plus récentes importées il y a 3 jours ; dernière synchronisation complète : jamais.",
                model.ageProperty().get());
        assertEquals("3 non envoyé(s)", model.unsentProperty().get());
        assertEquals(List.of("ROME 4 – fiches métiers : version 4.59, importé il y a 3 jours"), model.datasets());
    }

    @Test
    void anUpdateShowsTheNewDatasetsRebuildsTheIndexesAndReports() throws InterruptedException {
        next = new SyncReport(SyncReport.Outcome.UPDATED, "b1", NOW, List.of("ROME 4 – fiches métiers : 4.59 → 4.60, 46 lignes"),
                List.of(), 1200, 0, "");
        model.refresh();
        model.syncNow();
        assertFalse(model.syncingProperty().get());
        assertEquals("4.60", status.datasets().get(0).version(), "the data screen shows the new generation once complete");
        awaitIndexBuild();
        assertEquals(1, indexBuilds.get(), "the indexes of the new generation are built (in the background)");
        assertTrue(model.reportProperty().get().startsWith("Version b1 installée : 1 jeu(x) de données mis à jour."),
                model.reportProperty().get());
        assertEquals("En ligne (dernier contact le 4 décembre 2026 à 10 h 00).", model.connectionProperty().get());
        assertEquals(List.of("ROME 4 – fiches métiers : version 4.60, importé à l'instant"), model.datasets());
        assertTrue(scheduled.isEmpty());
    }

    private void awaitIndexBuild() throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (indexBuilds.get() == 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    @Test
    void offlineSchedulesOneRetryThatSyncsAgain() {
        next = new SyncReport(SyncReport.Outcome.OFFLINE, null, NOW, List.of(), List.of(), 0, 0, "serveur injoignable");
        model.syncNow();
        model.syncNow();
        assertEquals(List.of(Duration.ofMinutes(15)), scheduled, "one retry scheduled, not one per failed try");
        assertEquals(0, indexBuilds.get(), "nothing changed: the indexes stay");
        next = new SyncReport(SyncReport.Outcome.UP_TO_DATE, "b1", NOW, List.of(), List.of(), 0, 0, "");
        retries.get(0).run();
        assertEquals(3, syncs.get());
    }

    @Test
    void aWorkstationStartedOfflineSchedulesATryAndOneStartedOnlineDoesNot() {
        model.startRetries();
        assertTrue(scheduled.isEmpty());
        state = SyncState.EMPTY.attempted(NOW, NOW.minusSeconds(600), List.of());
        model.startRetries();
        assertEquals(List.of(Duration.ofMinutes(15)), scheduled);
    }

    @Test
    void offersBroughtByTheSyncRebuildTheIndexesEvenWhenTheBundleHadNothingNew() throws InterruptedException {
        DatasetInfo hdf = new DatasetInfo("market.live_offers", "offres_emploi_v2_hauts_de_france", "Offres d'emploi en ligne",
                "o.json", "2026-12-03", NOW, 1200, 1180, 20, "o1");
        DatasetInfo bzh = new DatasetInfo("market.live_offers", "offres_emploi_v2_bretagne", "Offres d'emploi en ligne",
                "b.json", "2026-12-04", NOW, 60, 60, 0, "o2");
        datasets = List.of(OLD_ROME, hdf, bzh);
        next = new SyncReport(SyncReport.Outcome.UP_TO_DATE, "b1", NOW, List.of(), List.of(), 0, 0, "")
                .withOffers(List.of("  Offres d'emploi Bretagne : 60 offres relevées le 4 décembre 2026, importées"), true);
        model.syncNow();
        awaitIndexBuild();
        assertEquals(1, indexBuilds.get(), "the path is computed again with the new offers");
        assertTrue(model.reportProperty().get().endsWith("Offres d'emploi Bretagne : 60 offres relevées le 4 décembre 2026,"
                + " importées"), model.reportProperty().get());
        assertEquals("Offres d'emploi en ligne : 1 240 offres relevées le 4 décembre 2026. Relève automatique non configurée :"
                + " renseignez offers.regions et les identifiants France Travail dans sync.properties.", model.offersProperty().get());
    }

    @Test
    void noOffersInTheCacheSaysNotFetchedYet() {
        model.refresh();
        assertTrue(model.offersProperty().get().startsWith("Offres d'emploi en ligne : pas encore relevées. "),
                model.offersProperty().get());
    }

    @Test
    void noServerConfiguredDisablesTheSyncAndSaysWhere() {
        SyncViewModel unconfigured = new SyncViewModel(new SyncAccess() {
            @Override
            public String source() {
                return null;
            }

            @Override
            public SyncState state() {
                return SyncState.EMPTY;
            }

            @Override
            public SyncReport syncNow(ProgressListener progress) {
                throw new AssertionError("no sync without a server");
            }

            @Override
            public int unsent() {
                return 0;
            }

            @Override
            public List<DatasetInfo> datasets() {
                return List.of();
            }

            @Override
            public Duration retry() {
                return Duration.ofMinutes(15);
            }
        }, status, indexes, TaskRunner.synchronous(), (d, a) -> { }, Clock.fixed(NOW, ZoneOffset.UTC), Messages.french());
        unconfigured.refresh();
        unconfigured.syncNow();
        assertFalse(unconfigured.configuredProperty().get());
        assertTrue(unconfigured.connectionProperty().get().contains("central.url dans sync.properties"));
        assertEquals("Tout le travail a été envoyé à l'agence.", unconfigured.unsentProperty().get());
    }
}
