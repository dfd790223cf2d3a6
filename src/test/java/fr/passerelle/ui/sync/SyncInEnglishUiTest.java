package fr.passerelle.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.UiSettings;
import fr.passerelle.ui.shell.WorkstationUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * The English window's sync panel with no server to reach: the panel, its report and the status bar say "Offline
 * since …" in English (dates and ages included), the network's technical cause kept as it came.
 */
@ExtendWith(ApplicationExtension.class)
class SyncInEnglishUiTest {
    @TempDir
    static Path work;

    private Workstation workstation;
    private FxTaskRunner tasks;
    private WorkstationUi ui;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory(work, "home");
        Files.writeString(home.resolve("sync.properties"), "central.url=http://127.0.0.1:9/\n");
        workstation = Workstation.open(new Home(home));
        workstation.seedIfEmpty(ProgressListener.NONE);
        UiSettings settings = UiSettings.inMemory();
        settings.setLanguage(Locale.ENGLISH);
        ui = new WorkstationUi(workstation, new PathService(workstation.indexes(), UiFixtures.CLOCK), new FakeDialogs(),
                background -> {
                    tasks = new FxTaskRunner(background);
                    return tasks;
                }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK, settings, () -> { });
        stage.setScene(ui.scene());
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        workstation.close();
    }

    @Test
    void offlineThePanelItsReportAndTheStatusBarSpeakEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> ui.shell().show(Screen.DATA));
        robot.clickOn("#syncButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> ui.sync().connectionProperty().get().startsWith("Offline since"));
        WaitForAsyncUtils.waitForFxEvents();

        String connection = robot.lookup("#connectionLabel").queryAs(Label.class).getText();
        assertTrue(connection.matches("Offline since \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}: the current data stays in use,"
                + " a new try is scheduled\\."), connection);
        String report = robot.lookup("#reportLabel").queryAs(Label.class).getText();
        assertTrue(report.startsWith("Offline: server unreachable (127.0.0.1:9): connection refused (is the server stopped?) ["),
                report);
        assertTrue(report.endsWith("]. The current data stays in use; we will try again later."), report);
        String age = robot.lookup("#ageLabel").queryAs(Label.class).getText();
        assertTrue(age.matches("Newest data imported (just now|\\d+ (minute|hour|day)s? ago); last complete synchronisation: never\\."),
                age);
        assertTrue(ui.sync().datasets().stream().allMatch(line -> line.matches(".+: version .+, imported (just now|\\d+ \\w+ ago)")),
                ui.sync().datasets().toString());
        assertTrue(robot.lookup(".status-bar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().matches("Offline since .+ at \\d{1,2}:\\d{2} · data from .+")),
                "status bar");
        for (String french : new String[] {"Hors ligne", "serveur", "il y a", "à l'instant", " h "}) {
            assertFalse(connection.contains(french) || report.contains(french) || age.contains(french), french + ": " + report);
        }
        // The sample's live offers (seeded): the count and the day of their fetch in English.
        assertEquals("Live job offers: 13 offers fetched on 1 December 2026. Automatic fetching not configured: set offers.regions and the France"
                + " Travail credentials in sync.properties.", robot.lookup("#offersLabel").queryAs(Label.class).getText());
        snapshot("sync-offline-en.png");
    }

    /** With -Dpasserelle.screenshots=DIR, a PNG of the window for a person to look at, not an assertion. */
    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("passerelle.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name).toFile());
    }
}
