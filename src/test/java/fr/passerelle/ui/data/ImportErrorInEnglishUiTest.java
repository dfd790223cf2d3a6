package fr.passerelle.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.ViewLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
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
 * The data screen of the English window: a folder whose communes file has a bad INSEE code is refused with the
 * importer's located error in English (file:line: column: what), the file marked refused, the cache as it was.
 */
@ExtendWith(ApplicationExtension.class)
class ImportErrorInEnglishUiTest {
    @TempDir
    static Path home;
    @TempDir
    Path in;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Workstation workstation;
    private FxTaskRunner tasks;
    private DataViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workstation = Workstation.open(new Home(home));
        workstation.seedIfEmpty(ProgressListener.NONE);
        CacheStatus status = new CacheStatus();
        status.show(workstation.datasets().all());
        Messages english = new Messages(Locale.ENGLISH);
        tasks = new FxTaskRunner();
        model = new DataViewModel(fr.passerelle.ui.shell.WorkstationUiAccess.cacheAccess(workstation), status,
                workstation.indexes(), tasks, dialogs, english, Platform::runLater);
        var loaded = new ViewLoader(english).register(DataView.class, () -> new DataView(model)).load(DataView.class);
        stage.setScene(new Scene(loaded.root(), 1200, 700));
        stage.show();
    }

    /** With -Dpasserelle.screenshots=DIR, a PNG of the screen for a person to look at, not an assertion. */
    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("passerelle.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name).toFile());
    }

    @AfterEach
    void close() {
        tasks.close();
        workstation.close();
    }

    @Test
    void aRefusedFileIsExplainedInEnglishWithItsLine(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(in.resolve("officiel"));
        Files.writeString(folder.resolve("communes.csv"), "code_insee,nom_commune,code_departement,code_region,codes_postaux,"
                + "latitude,longitude\r\n59350,Lille,59,32,59000,50.63,3.04\r\n5935,Lens,62,32,62300,50.43,2.83\r\n",
                StandardCharsets.UTF_8);
        dialogs.folder = folder;
        List<DatasetInfo> before = workstation.datasets().all();

        robot.clickOn("#folderButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.importingProperty().get()
                && model.messageProperty().get().startsWith("Import refused"));
        WaitForAsyncUtils.waitForFxEvents();

        String expected = "Import refused, the cache did not change: communes.csv:3: column code_insee: \"5935\" is not an"
                + " INSEE commune code (expected 5 characters, such as 59350 or 2A004)";
        assertEquals(expected, model.messageProperty().get());
        assertEquals(expected, robot.lookup("#messageLabel").queryAs(Label.class).getText());
        assertEquals("refused", model.files().get(0).stateProperty().get());
        snapshot("english-import-refused.png");
        // The table beside the message is in the window's language too: figures and import days.
        javafx.scene.control.TableView<?> table = robot.lookup("#datasetsTable").queryAs(javafx.scene.control.TableView.class);
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(java.time.LocalDate.now());
        assertEquals(day, ((javafx.scene.control.TableColumn<?, ?>) table.getColumns().get(5)).getCellData(0));
        assertEquals(before, workstation.datasets().all());
        assertTrue(workstation.isSampleMode(), "the samples are still there");
    }
}
