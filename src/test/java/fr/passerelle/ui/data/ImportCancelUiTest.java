package fr.passerelle.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An import of a folder from the data screen, cancelled with the button while its first file is being read: the
 * published cache is exactly as before (same generation, same datasets), each file says it was stopped.
 */
@ExtendWith(ApplicationExtension.class)
class ImportCancelUiTest {
    @TempDir
    static Path home;
    @TempDir
    Path in;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private Workstation workstation;
    private FxTaskRunner tasks;
    private DataViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        workstation = Workstation.open(new Home(home));
        workstation.seedIfEmpty(ProgressListener.NONE);
        CacheStatus status = new CacheStatus();
        status.show(workstation.datasets().all());
        CacheAccess real = fr.passerelle.ui.shell.WorkstationUiAccess.cacheAccess(workstation);
        // The real import, held at its first progress report until the cancel button was pressed.
        CacheAccess held = new CacheAccess() {
            @Override
            public List<DatasetInfo> datasets() {
                return real.datasets();
            }

            @Override
            public boolean seedIfEmpty(ProgressListener progress) throws Exception {
                return real.seedIfEmpty(progress);
            }

            @Override
            public List<PlannedFile> plan(List<Path> paths) throws Exception {
                return real.plan(paths);
            }

            @Override
            public ImportReport importPaths(List<Path> paths, ProgressListener progress) throws Exception {
                return real.importPaths(paths, new ProgressListener() {
                    @Override
                    public void progress(String step, long done, long total) {
                        progress.progress(step, done, total);
                        reading.countDown();
                        try {
                            cancelled.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
            }
        };
        tasks = new FxTaskRunner();
        model = new DataViewModel(held, status, workstation.indexes(), tasks, dialogs, Messages.french(), Platform::runLater);
        var loaded = new ViewLoader(Messages.french()).register(DataView.class, () -> new DataView(model)).load(DataView.class);
        stage.setScene(new Scene(loaded.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        workstation.close();
    }

    @Test
    void aCancelledImportLeavesTheCacheAsItWas(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(in.resolve("officiel"));
        dialogs.folder = folder;
        // A file that imports on its own (the regions of our samples): without the cancel it would replace the samples.
        Files.copy(Path.of("data-samples/geo/regions.csv"), folder.resolve("regions.csv"));
        String versionBefore = workstation.dataVersion();
        List<DatasetInfo> before = workstation.datasets().all();

        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.clickOn("#folderButton");
            assertTrue(reading.await(20, TimeUnit.SECONDS), () -> "the import started reading: " + model.messageProperty().get());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.files().size() == 1);
            robot.clickOn("#cancelButton");
            cancelled.countDown();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.importingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), watchdog.blocks());
        }
        assertEquals("Import arrêté : le cache n'a pas changé.", model.messageProperty().get());
        assertEquals("arrêté", model.files().get(0).stateProperty().get());
        assertEquals("regions.csv", model.files().get(0).name());
        assertEquals(versionBefore, workstation.dataVersion());
        assertEquals(before, workstation.datasets().all());
        assertTrue(workstation.isSampleMode(), "the samples are still there");
    }
}
