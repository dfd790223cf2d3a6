package fr.passerelle.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.ui.FxTaskRunner;
import fr.passerelle.ui.Messages;
import fr.passerelle.ui.WorkstationWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The real window on a fresh home: it seeds the bundled samples in the background, then the search box finds
 * Juliette's occupation and the data table shows where the figures come from.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewUiTest {
    @TempDir
    static Path home;

    private Workstation workstation;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        workstation = Workstation.open(new Home(home));
        tasks = new FxTaskRunner();
        Messages messages = new Messages(Locale.FRENCH);
        MainViewModel model = new MainViewModel(WorkstationWindowAccess.backend(workstation), tasks, messages);
        Scene scene = WorkstationWindow.scene(model, messages);
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @AfterEach
    void close() {
        tasks.close();
        workstation.close();
    }

    @Test
    void firstStartSeedsSamplesThenSearchFindsTheCashierOccupation(FxRobot robot) throws Exception {
        TableView<DatasetInfo> datasets = robot.lookup("#datasetsTable").queryTableView();
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        // Loading ends when the progress bar goes away (the view binds it to the busy state).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(datasets.getItems().stream().anyMatch(d -> d.kind().equals("rome4.appellations")));
        assertTrue(message.getText().startsWith("Données d'exemple chargées"), message.getText());
        assertTrue(robot.lookup("#sampleBanner").queryAs(Label.class).isVisible(), "sample figures must be flagged as fictional");
        assertTrue(datasets.getItems().stream().allMatch(DatasetInfo::isSample));

        robot.clickOn("#searchField").write("hôtesse de caisse");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> results = robot.lookup("#resultsTable").queryTableView();
        assertTrue(results.getItems().size() > 0);
        Object first = results.getItems().get(0);
        assertEquals("D1505", ((fr.passerelle.search.JobMatch) first).title().romeCode().value());
        assertEquals(List.of(), robot.lookup(".error").queryAll().stream().toList());
    }
}
