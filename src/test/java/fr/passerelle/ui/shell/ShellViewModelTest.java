package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.IndexService;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.BackgroundTasks;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.common.UiThread;
import fr.passerelle.ui.data.CacheAccess;
import fr.passerelle.ui.data.CacheStatus;
import fr.passerelle.ui.interview.InterviewState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The window's frame without a toolkit: title, navigation, the index build shown as background work. */
class ShellViewModelTest {
    private final InterviewState state = new InterviewState();
    private final BackgroundTasks background = new BackgroundTasks();
    private final CacheStatus status = new CacheStatus();
    private final Workstation workstation = UiFixtures.workstation();
    private final CacheAccess cache = new CacheAccess() {
        @Override
        public List<DatasetInfo> datasets() {
            return workstation.datasets().all();
        }

        @Override
        public boolean seedIfEmpty(ProgressListener progress) {
            return false;
        }

        @Override
        public ImportReport importPaths(List<Path> paths, ProgressListener progress) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void theTitleCarriesHerName() {
        ShellViewModel shell = shell(workstation.indexes());

        assertEquals("Passerelle", shell.titleProperty().get());
        state.personNameProperty().set("Juliette");
        assertEquals("Passerelle — Juliette", shell.titleProperty().get());
    }

    @Test
    void navigationShowsTheAskedScreen() {
        ShellViewModel shell = shell(workstation.indexes());

        shell.show(Screen.COMPARE);

        assertEquals(Screen.COMPARE, shell.screenProperty().get());
    }

    @Test
    void startShowsTheDatasetsTheirFreshnessAndTheSampleWarning() {
        ShellViewModel shell = shell(workstation.indexes());
        List<String> after = new ArrayList<>();

        shell.start(() -> after.add("started"));

        assertEquals(List.of("started"), after);
        assertTrue(shell.freshnessProperty().get().startsWith("Données : ROME 4.60 · tension 2021"), shell.freshnessProperty().get());
        assertTrue(shell.sampleProperty().get());
    }

    @Test
    void theIndexBuildIsShownAsBackgroundWorkWithItsStepThenReady() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> stepSeen = new AtomicReference<>();
        try (IndexService indexes = new IndexService(workstation::snapshot, workstation::dataVersion, (snapshot, progress) -> {
            progress.progress("entreprises", 4, 5);
            release.await(30, TimeUnit.SECONDS);
            return Workstation.buildIndexes(snapshot, progress);
        })) {
            ShellViewModel shell = shell(indexes);
            indexes.refresh();
            for (int i = 0; i < 100 && background.running().isEmpty(); i++) {
                Thread.sleep(50);
            }
            for (int i = 0; i < 100 && !"entreprises".equals(stepSeen.get()); i++) {
                stepSeen.set(shell.taskMessageProperty().get());
                Thread.sleep(20);
            }

            assertEquals("Index des données", shell.taskTitleProperty().get());
            assertEquals("entreprises", stepSeen.get());
            assertEquals(0.8, shell.taskProgressProperty().get(), 1e-9);
            assertFalse(shell.taskCancellableProperty().get(), "an index build is not stopped from the status bar");
            release.countDown();
            indexes.await();
            assertTrue(background.running().isEmpty());
            assertTrue(shell.readyProperty().get());
            assertTrue(shell.messageProperty().get().startsWith("Prêt : "), shell.messageProperty().get());
        }
    }

    private ShellViewModel shell(IndexService indexes) {
        return new ShellViewModel(cache, status, indexes, background, TaskRunner.synchronous(), UiThread.immediate(), state,
                Messages.french());
    }
}
