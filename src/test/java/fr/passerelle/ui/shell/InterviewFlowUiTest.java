package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.path.TrainingRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Juliette's interview in the real window, headless and by keyboard: open her, see her path, move the radius, open
 * an occupation's trainings, compare two occupations, save the plan as PDF and read it back. A watchdog fails the
 * test if our code holds the JavaFX thread more than 50 ms.
 */
@ExtendWith(ApplicationExtension.class)
class InterviewFlowUiTest {
    @TempDir
    Path out;

    private final FakeDialogs dialogs = new FakeDialogs();
    private FxTaskRunner tasks;
    private WorkstationUi ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = new WorkstationUi(UiFixtures.workstation(), UiFixtures.paths(), dialogs, background -> {
            tasks = new FxTaskRunner(background);
            return tasks;
        }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK);
        stage.titleProperty().bind(ui.shell().titleProperty());
        stage.setScene(ui.scene());
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void julietteFromHerProfileToASavedPlanWithTheKeyboard(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.interact(() -> ui.start(UiFixtures.juliette(), null));
            waitFor(() -> !robot.lookup(".target-card").queryAll().isEmpty());
            assertEquals("Passerelle — Juliette", stage.getTitle());
            assertEquals(Screen.PATH, ui.shell().screenProperty().get());
            List<TargetOccupation> targets = ui.state().pathProperty().get().occupations();
            assertEquals(targets.size(), robot.lookup(".target-card").queryAll().size());
            assertTrue(texts(robot, ".card-line").stream().anyMatch(t -> t.startsWith("Tension 5/5")));

            // Move the radius with the keyboard: Ctrl+R focuses it, Left moves it down by 5 km a press.
            robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
            robot.type(KeyCode.LEFT, 5);
            waitFor(() -> ui.state().pathProperty().get().profile().radiusKm() == 5);
            assertTrue(texts(robot, ".card-line").stream().anyMatch(t -> t.endsWith("moins de 5 km")),
                    "the cards follow the new radius: " + texts(robot, ".card-line"));
            robot.type(KeyCode.RIGHT, 5);
            waitFor(() -> ui.state().pathProperty().get().profile().radiusKm() == 30);

            // Open the first occupation needing a training: focus its card, Return; its trainings are listed.
            TargetOccupation withTraining = ui.state().pathProperty().get().occupations().stream()
                    .filter(t -> !t.trainings().isEmpty()).findFirst().orElseThrow();
            Node card = robot.lookup(".target-card").queryAll().stream().filter(n -> withTraining.rome().equals(n.getUserData()))
                    .findFirst().orElseThrow();
            robot.interact(card::requestFocus);
            robot.type(KeyCode.ENTER);
            TableView<TrainingRow> trainings = robot.lookup("#trainingsTable").queryTableView();
            waitFor(() -> trainings.isVisible() && trainings.getItems().size() == withTraining.trainingsFound());
            assertEquals(withTraining.trainings().get(0).title(), trainings.getItems().get(0).title());
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(trainings.getSelectionModel().getSelectedIndex() >= 0, "a training row is selected with the keyboard");
            robot.type(KeyCode.ESCAPE);
            waitFor(() -> ui.state().detailTargetProperty().get() == null && card.isFocused());

            // Compare two occupations: C on two cards, then Ctrl+3.
            robot.type(KeyCode.C);
            Node other = robot.lookup(".target-card").queryAll().stream().filter(n -> !withTraining.rome().equals(n.getUserData()))
                    .findFirst().orElseThrow();
            robot.interact(other::requestFocus);
            robot.type(KeyCode.C);
            robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
            waitFor(() -> ui.shell().screenProperty().get() == Screen.COMPARE);
            waitFor(() -> robot.lookup(".compare-header").queryAll().size() == 2);
            assertEquals(List.of(withTraining.rome(), (String) other.getUserData()), ui.state().compared());

            // The plan of the occupation with a training, saved as PDF with Ctrl+S, read back.
            robot.interact(() -> ui.path().plan(withTraining.rome()));
            waitFor(() -> ui.shell().screenProperty().get() == Screen.PLAN && ui.plan().readyProperty().get());
            dialogs.toSave = out.resolve("plan.pdf");
            robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
            waitFor(() -> Files.exists(out.resolve("plan.pdf")) && ui.plan().messageProperty().get().startsWith("Enregistré"));
            String text;
            try (PDDocument pdf = Loader.loadPDF(out.resolve("plan.pdf").toFile())) {
                text = new PDFTextStripper().getText(pdf);
            }
            assertTrue(text.contains("Plan d'action de Juliette"), text);
            assertTrue(text.contains(withTraining.label()), text);
            assertTrue(text.contains(withTraining.trainings().get(0).title()), text);
            assertTrue(text.toLowerCase().contains("exemple"), "the plan says its data are samples: " + text);

            assertEquals(List.of(), watchdog.blocks());
        }
    }

    private static List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
