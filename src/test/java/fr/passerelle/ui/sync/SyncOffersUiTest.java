package fr.passerelle.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.path.CardGroup;
import fr.passerelle.ui.path.TargetCard;
import fr.passerelle.ui.shell.WorkstationUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
 * The panel's sync also fetches the live offers when the partner API is configured (the same loop as
 * {@code sync --offres}), against the local central server: the panel shows their count and fetch day, and the path
 * open on Juliette is computed again with them. Her cache holds the samples' offers fetched on 1 December 2026; the
 * window's clock says 28 November 2026, so the new fetch is told apart by its day.
 */
@ExtendWith(ApplicationExtension.class)
class SyncOffersUiTest {
    @TempDir
    Path work;

    private CentralServer server;
    private Workstation workstation;
    private FxTaskRunner tasks;
    private WorkstationUi ui;

    @Start
    void start(Stage stage) throws Exception {
        server = CentralServer.start(SharedData.samples(), work.resolve("srv"), 0, FaultPlan.none(), CentralServer.Client.DEMO,
                Clock.systemUTC());
        Path home = Files.createDirectories(work.resolve("home"));
        String base = server.baseUrl().replaceAll("/$", "");
        Files.writeString(home.resolve("sync.properties"), "central.url=" + server.baseUrl() + "\n"
                + "francetravail.api=" + base + "/partenaire\nfrancetravail.token=" + base + "/connexion/oauth2/access_token\n"
                + "francetravail.clientId=PAR_passerelle_demo\nfrancetravail.clientSecret=demo-secret\noffers.regions=32\n");
        workstation = Workstation.open(new Home(home));
        // The same files as the server's bundle: the bundle part of the sync finds nothing to fetch, only the offers change.
        workstation.importPaths(List.of(SharedData.samples()), ProgressListener.NONE);
        ui = new WorkstationUi(workstation, new PathService(workstation.indexes(), UiFixtures.CLOCK), new FakeDialogs(),
                background -> {
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
        server.close();
    }

    private String rayonOffers() {
        return ui.path().groups().stream().map(CardGroup::cards).flatMap(List::stream).filter(c -> c.rome().equals("D1507"))
                .map(TargetCard::offers).findFirst().orElse("");
    }

    @Test
    void theSyncButtonAlsoFetchesLiveOffersShowsTheirDayAndTheOpenPathIsComputedAgain(FxRobot robot) throws Exception {
        robot.interact(() -> ui.state().profileProperty().set(UiFixtures.julietteProfile()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rayonOffers().contains("relevées le 1er décembre 2026"));
        robot.interact(() -> ui.shell().show(Screen.DATA));
        Label offers = robot.lookup("#offersLabel").queryAs(Label.class);
        assertEquals("Offres d'emploi en ligne : 13 offres relevées le 1er décembre 2026. La synchronisation les relève à"
                + " nouveau.", offers.getText());

        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.clickOn("#syncButton");
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !ui.sync().syncingProperty().get()
                    && ui.sync().reportProperty().get().contains("Offres d'emploi"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), watchdog.blocks());
        }

        String report = ui.sync().reportProperty().get();
        assertTrue(report.startsWith("Données à jour"), "the bundle had nothing new: " + report);
        assertTrue(report.contains("Offres d'emploi Hauts-de-France : 13 offres relevées le 28 novembre 2026, importées"), report);
        assertEquals("Offres d'emploi en ligne : 13 offres relevées le 28 novembre 2026. La synchronisation les relève à"
                + " nouveau.", offers.getText());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rayonOffers().contains("relevées le 28 novembre 2026"));
    }
}
