package fr.passerelle.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.sync.SyncFixtures;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.shell.WorkstationUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync panel in the window: the button syncs in the background (the FX thread never held), the data screen then
 * shows the new datasets; with no server it says "hors ligne depuis" in the panel and the status bar.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // @Start cannot see the test: the first window is online, the second not
class SyncFlowUiTest {
    @TempDir
    static Path work;
    private static CentralServer server;

    private Path home;
    private Workstation workstation;
    private FxTaskRunner tasks;
    private WorkstationUi ui;

    @BeforeAll
    static void serve() throws Exception {
        server = CentralServer.start(SyncFixtures.versionB(work.resolve("b")), work.resolve("srv"), 0, FaultPlan.none(),
                CentralServer.Client.DEMO, SyncFixtures.CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory(work, "home");
        boolean online = Files.notExists(work.resolve("offline-done"));
        Files.writeString(home.resolve("sync.properties"), "central.url=" + (online ? server.baseUrl() : "http://127.0.0.1:9/") + "\n");
        workstation = Workstation.open(new Home(home));
        workstation.seedIfEmpty(ProgressListener.NONE);
        ui = new WorkstationUi(workstation, new PathService(workstation.indexes(), UiFixtures.CLOCK), new FakeDialogs(),
                background -> {
                    tasks = new FxTaskRunner(background);
                    return tasks;
                }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK);
        stage.setScene(ui.scene());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        workstation.close();
        Files.writeString(work.resolve("offline-done"), "");
    }

    @Test
    @Order(1)
    void aSyncFromThePanelRunsInTheBackgroundAndTheDataScreenShowsTheNewData(FxRobot robot) throws Exception {
        robot.interact(() -> ui.shell().show(Screen.DATA));
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.clickOn("#syncButton");
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> ui.sync().reportProperty().get().startsWith("Version "));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), watchdog.blocks());
        }
        assertTrue(ui.data().datasets().stream().anyMatch(d -> d.label().equals("Régions") && !d.isSample()),
                ui.data().datasets().toString());
        assertTrue(ui.sync().connectionProperty().get().startsWith("En ligne"), ui.sync().connectionProperty().get());
        assertTrue(ui.sync().datasets().stream().anyMatch(line -> line.startsWith("Régions : version")), ui.sync().datasets().toString());
    }

    @Test
    @Order(2)
    void withoutANetworkThePanelAndTheStatusBarSayOfflineSince(FxRobot robot) throws Exception {
        robot.interact(() -> ui.shell().show(Screen.DATA));
        robot.clickOn("#syncButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> ui.sync().connectionProperty().get().startsWith("Hors ligne depuis"));
        WaitForAsyncUtils.waitForFxEvents();
        Label connection = robot.lookup("#connectionLabel").queryAs(Label.class);
        assertTrue(connection.getText().startsWith("Hors ligne depuis le "), connection.getText());
        assertTrue(robot.lookup(".status-bar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("Hors ligne depuis le ")), "status bar");
    }
}
