package fr.passerelle.ui.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
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
 * An import from the data screen while her path is open: it runs in the background with its progress in the status
 * bar, then the indexes are rebuilt and her path recomputed on the new data, and the FX thread is never held.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFlowUiTest {
    @TempDir
    static Path home;
    @TempDir
    Path in;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Workstation workstation;
    private FxTaskRunner tasks;
    private WorkstationUi ui;

    @Start
    void start(Stage stage) throws Exception {
        workstation = Workstation.open(new Home(home));
        workstation.seedIfEmpty(ProgressListener.NONE);
        ui = new WorkstationUi(workstation, new PathService(workstation.indexes(), UiFixtures.CLOCK), dialogs, background -> {
            tasks = new FxTaskRunner(background);
            return tasks;
        }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK);
        stage.setScene(ui.scene());
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        workstation.close();
    }

    @Test
    void anImportRunsInTheBackgroundThenHerPathFollowsTheNewData(FxRobot robot) throws Exception {
        robot.interact(() -> ui.start(UiFixtures.juliette(), null));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> ui.state().pathProperty().get() != null);
        String versionBefore = workstation.dataVersion();
        // The official files again (the samples' copy, now imported as real data: it replaces the demonstration
        // data as a whole), with a new job title for her occupation, visible in the job search once rebuilt.
        copyTree(Path.of("data-samples"), in);
        Files.writeString(in.resolve("rome_v460/unix_referentiel_appellation_v460_utf8.csv"),
                "\"99001\",\"Dompteur / Dompteuse de chariots\",\"Dompteur de chariots\",\"D1505\",\"\",\"\",\"\",\"\",\"\","
                        + "\"SYNONYME\",\"\",\"D1505\",\"N\"\n", UTF_8, java.nio.file.StandardOpenOption.APPEND);
        dialogs.toImport = List.of(in);
        var before = ui.state().pathProperty().get();

        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.shell().screenProperty().get() == Screen.DATA);
            robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !versionBefore.equals(workstation.dataVersion())
                    && ui.data().messageProperty().get().startsWith("Import terminé"));
            // The path is recomputed once the indexes of the new data are built.
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> ui.state().pathProperty().get() != before);
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(List.of(), watchdog.blocks());
        }
        assertTrue(workstation.indexes().isReady());
        assertEquals("Dompteur / Dompteuse de chariots", ui.profile().suggestJobs("dompteur de chariots").get(0).label());
        assertFalse(ui.background().running().stream().anyMatch(t -> t.title().equals("Import")));
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
