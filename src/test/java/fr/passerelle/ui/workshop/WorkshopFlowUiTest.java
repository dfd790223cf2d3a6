package fr.passerelle.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.export.TrainingContacts;
import fr.passerelle.export.WorkshopSheetWriter;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.market.MarketFixtures;
import fr.passerelle.ui.shell.WorkstationUi;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workshop run by keyboard on the projector window: Juliette chosen, her market, path and trainings with Page
 * Down, the sheets of four participants printed with Ctrl+P and read back; the FX thread is never held.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopFlowUiTest {
    @TempDir
    Path out;

    private final FakeDialogs dialogs = new FakeDialogs();
    private FxTaskRunner tasks;
    private WorkshopUi ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiFixtures.workstation();
        tasks = new FxTaskRunner();
        ui = new WorkshopUi(UiFixtures.paths(), MarketFixtures.source(),
                (path, rome, name, n, today, file) -> new WorkshopSheetWriter(TrainingContacts.NONE).write(path, rome, name, n, today, file),
                tasks, dialogs, Messages.french(), UiFixtures.personas(), WorkstationUi.WIDTH, WorkstationUi.HEIGHT,
                WorkstationUi::applyTheme, WorkstationUi.class.getResource(WorkstationUi.THEME_CSS).toExternalForm());
        stage.titleProperty().unbind(); // TestFX keeps one stage for every test class: another may have bound it
        stage.setTitle(ui.title());
        stage.setScene(ui.scene());
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aTrainerRunsTheWorkshopByKeyboardAndPrintsOneSheetPerParticipant(FxRobot robot) throws Exception {
        assertEquals("Passerelle — Atelier", stage.getTitle());
        assertTrue(ui.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")), "projector: high contrast");
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            ListView<?> personas = robot.lookup("#personaList").queryAs(ListView.class);
            robot.clickOn(personas);
            robot.type(KeyCode.HOME);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ui.model().pathProperty().get() != null);
            assertEquals("Juliette", ui.model().personaProperty().get().name());

            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(WorkshopStep.MARKET, ui.model().stepProperty().get());
            assertTrue(robot.lookup("#linesList").queryAs(ListView.class).isVisible());
            robot.type(KeyCode.PAGE_DOWN);
            robot.type(KeyCode.DOWN); // the second occupation of her path, for the group
            WaitForAsyncUtils.waitForFxEvents();
            String chosen = ui.model().targets().get(1).label();
            assertEquals(chosen, ui.model().targetProperty().get().label());
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Pour devenir " + chosen, robot.lookup("#headlineLabel").queryLabeled().getText());
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(WorkshopStep.SHEETS, ui.model().stepProperty().get());

            robot.interact(() -> ui.model().participantsProperty().set(4));
            dialogs.toSave = out.resolve("fiches.pdf");
            robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ui.model().messageProperty().get().startsWith("4 fiches"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), watchdog.blocks());
        }
        try (PDDocument pdf = Loader.loadPDF(dialogs.toSave.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("participant·e 4/4 (atelier, cas fictif de Juliette)"), text.substring(0, 300));
            assertTrue(text.contains(ui.model().targetProperty().get().label()));
        }
    }
}
