package fr.passerelle.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.search.JobSearch;
import fr.passerelle.search.JobTitle;
import fr.passerelle.ui.Messages;
import fr.passerelle.ui.TaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The first screen's decisions, without a toolkit (synchronous task runner, in-memory backend). */
class MainViewModelTest {
    private static final List<JobTitle> TITLES = List.of(
            new JobTitle("1", "Hôte / Hôtesse de caisse", new RomeCode("D1505"), "Hôte / Hôtesse de caisse", false),
            new JobTitle("2", "Cariste", new RomeCode("N1101"), "Cariste", false));
    private static final DatasetInfo DATASET = new DatasetInfo("rome4.appellations", "", "ROME 4 – appellations",
            "unix_referentiel_appellation_v460_utf8.csv", "4.60", Instant.parse("2026-11-28T10:00:00Z"), 2, 2, 0, "x");

    private final Messages messages = new Messages(Locale.FRENCH);

    private MainViewModel model(boolean seeds, boolean fails) {
        return new MainViewModel(new MainViewModel.Backend() {
            @Override
            public boolean seedIfEmpty(ProgressListener progress) {
                progress.progress("samples", 1, 2);
                if (fails) {
                    throw new IllegalStateException("disque plein");
                }
                return seeds;
            }

            @Override
            public JobSearch jobSearch() {
                return JobSearch.build(TITLES);
            }

            @Override
            public List<DatasetInfo> datasets() {
                return List.of(DATASET);
            }
        }, TaskRunner.synchronous(), messages);
    }

    @Test
    void startLoadsDatasetsAndSaysSamplesWereLoaded() {
        MainViewModel model = model(true, false);
        model.start();
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(DATASET), model.datasets());
        assertEquals(messages.get("main.seeded", 2), model.messageProperty().get());
    }

    @Test
    void typingSearchesAfterStart() {
        MainViewModel model = model(false, false);
        model.start();
        model.queryProperty().set("hotesse de caise");
        assertEquals("D1505", model.results().get(0).title().romeCode().value());
        assertEquals(messages.get("main.search.count", model.results().size()), model.messageProperty().get());
    }

    @Test
    void unknownTitleSaysNothingMatches() {
        MainViewModel model = model(false, false);
        model.start();
        model.queryProperty().set("astronaute");
        assertTrue(model.results().isEmpty());
        assertEquals("Aucun métier ne correspond à « astronaute ».", model.messageProperty().get());
    }

    @Test
    void failedLoadingIsShownAndStopsTheBusyState() {
        MainViewModel model = model(false, true);
        model.start();
        assertFalse(model.busyProperty().get());
        assertEquals("Les données n'ont pas pu être préparées : disque plein", model.messageProperty().get());
    }
}
