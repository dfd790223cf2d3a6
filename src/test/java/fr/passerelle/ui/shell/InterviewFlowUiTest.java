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
import javafx.scene.control.ToggleButton;
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
            // Cards come by horizon, each group headed by its name, in the engine's order.
            assertEquals(List.of("Tout de suite", "Dans quelques mois", "Projet plus long"),
                    texts(robot, ".group-header").stream().map(t -> t.split(" — ")[0]).toList());
            assertTrue(texts(robot, ".card-line").stream().anyMatch(t -> t.startsWith("Rien à payer pour elle : place achetée (Conseil régional")),
                    "the titre bought by the Région leaves her nothing to pay, and no price: " + texts(robot, ".card-line"));

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
                    .filter(t -> !t.noTrainingNeeded() && !t.trainings().isEmpty()).findFirst().orElseThrow();
            Node card = robot.lookup(".target-card").queryAll().stream().filter(n -> withTraining.rome().equals(n.getUserData()))
                    .findFirst().orElseThrow();
            robot.interact(card::requestFocus);
            robot.type(KeyCode.ENTER);
            TableView<TrainingRow> trainings = robot.lookup("#trainingsTable").queryTableView();
            waitFor(() -> trainings.isVisible() && trainings.getItems().size() == withTraining.trainingsFound());
            assertEquals(withTraining.trainings().get(0).title(), trainings.getItems().get(0).title());
            assertNoTruncatedHeader(trainings);
            assertEquals("0\u00A0€", trainings.getItems().get(0).remaining(), "bought by the Région: 0 € left, certain");
            waitFor(() -> label(robot, "#fundingTitle").startsWith("Qui paie quoi — " + withTraining.trainings().get(0).title()));
            assertTrue(label(robot, "#fundingRemainders").contains("Rien à payer pour elle : place achetée"), label(robot, "#fundingRemainders"));
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
            assertEquals(withTraining.rome(), ui.plan().targetProperty().get().rome(), "the occupation chosen on its card is the one planned");
            dialogs.toSave = out.resolve("plan.pdf");
            robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
            waitFor(() -> Files.exists(out.resolve("plan.pdf")) && ui.plan().messageProperty().get().startsWith("Enregistré"));
            String text;
            try (PDDocument pdf = Loader.loadPDF(out.resolve("plan.pdf").toFile())) {
                text = new PDFTextStripper().getText(pdf);
            }
            String flat = text.replaceAll("\\R", " ");
            assertTrue(flat.contains("Plan d'action de Juliette"), flat);
            assertTrue(flat.contains(withTraining.label()), flat);
            assertTrue(flat.contains(withTraining.trainings().get(0).title()), flat);
            assertTrue(flat.toLowerCase().contains("exemple"), "the plan says its data are samples: " + flat);
            // The payer's name wraps in the label column of the PDF: its words come back interleaved with the value.
            assertTrue(flat.contains("Qui paie quoi") && flat.contains("Place financée") && flat.contains("4\u202F200\u00A0€, acquis : gratuite pour vous"),
                    "who pays what, read back from the PDF: " + flat);
            assertTrue(flat.contains("Reste à payer 0\u00A0€"), "nothing left to pay: " + flat);
            assertTrue(flat.contains("Quand Dans quelques mois"), "the horizon: " + flat);

            assertEquals(List.of(), watchdog.blocks());
        }
    }

    @Test
    void aCacesSheWouldPayShowsWhatIsLeftAndTheRqthAnswerIsNotKeptForTheNextPerson(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.interact(() -> ui.start(UiFixtures.juliette(), null));
            waitFor(() -> !robot.lookup(".target-card").queryAll().isEmpty());

            // Préparateur de commandes: its trainings include a CACES she would pay herself.
            Node card = robot.lookup(".target-card").queryAll().stream().filter(n -> "N1103".equals(n.getUserData())).findFirst().orElseThrow();
            robot.interact(card::requestFocus);
            robot.type(KeyCode.ENTER);
            TableView<TrainingRow> trainings = robot.lookup("#trainingsTable").queryTableView();
            waitFor(() -> trainings.isVisible() && trainings.getItems().stream().anyMatch(r -> r.title().startsWith("CACES")));
            int caces = 0;
            while (!trainings.getItems().get(caces).title().startsWith("CACES")) {
                caces++;
            }
            robot.interact(trainings::requestFocus);
            robot.type(KeyCode.DOWN, caces);
            waitFor(() -> trainings.getSelectionModel().getSelectedItem().title().startsWith("CACES"));
            waitFor(() -> label(robot, "#fundingTitle").contains("CACES"));
            String left = label(robot, "#fundingRemainders");
            assertTrue(left.contains("Reste à payer 690\u00A0€ à coup sûr ; 0\u00A0€ si ") && left.contains("l'AIF"), left);
            assertEquals("possible jusqu'à 690\u00A0€", scheme(robot, "aif"), "the AIF as possible");
            assertEquals("à vérifier", scheme(robot, "agefiph"));
            snapshot("detail-caces.png");

            // The RQTH question, answered for this computation: the Agefiph line changes.
            ToggleButton yes = robot.lookup("#rqthYes").queryAs(ToggleButton.class);
            robot.interact(yes::requestFocus);
            robot.type(KeyCode.SPACE);
            waitFor(() -> scheme(robot, "agefiph").startsWith("possible"));
            assertEquals(Boolean.TRUE, ui.detail().funding().rqthProperty().get());
            snapshot("detail-rqth.png");

            // Another person: the answer is gone, the toggle is back on "not asked".
            robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
            waitFor(() -> ui.shell().screenProperty().get() == Screen.PROFILE);
            robot.interact(() -> ui.profile().openPersona(ui.profile().personas().stream().filter(p -> p.name().equals("Karim"))
                    .findFirst().orElseThrow()));
            robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
            waitFor(() -> stage.getTitle().equals("Passerelle — Karim") && ui.state().pathProperty().get() != null
                    && ui.state().pathProperty().get().sourceLabel().contains("commandes"));
            assertEquals(null, ui.detail().funding().rqthProperty().get(), "an RQTH answer is never kept for the next person");
            assertTrue(robot.lookup("#rqthUnknown").queryAs(ToggleButton.class).isSelected());
            assertTrue(ui.state().pathProperty().get().profile().toString().toLowerCase().indexOf("rqth") < 0);

            assertEquals(List.of(), watchdog.blocks());
        }
    }

    /** Every header of the table shows its whole text (no "…") at the window's size. */
    private static void assertNoTruncatedHeader(TableView<?> table) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".column-header .label").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled).map(n -> (javafx.scene.control.Labeled) n)
                .flatMap(l -> l.getGraphic() instanceof javafx.scene.control.Labeled g ? java.util.stream.Stream.of(l, g) : java.util.stream.Stream.of(l))
                .filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> !(l.lookup(".text") instanceof javafx.scene.text.Text t) || !t.getText().equals(l.getText()))
                .map(l -> l.getText() + " → " + ((javafx.scene.text.Text) l.lookup(".text")).getText()).toList()).get();
        assertEquals(List.of(), cut, "headers cut at " + table.getScene().getWidth() + " px");
        assertEquals(1366, table.getScene().getWidth(), 1, "the laptop's width");
    }

    private static String label(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    private static String scheme(FxRobot robot, String id) {
        return robot.lookup(".scheme-status").queryAll().stream().filter(n -> id.equals(n.getUserData())).map(n -> ((Label) n).getText())
                .findFirst().orElse("");
    }

    /** With PASSERELLE_SNAPSHOTS=DIR in the environment, a PNG of the window for a person to look at (not an assertion). */
    private void snapshot(String name) throws Exception {
        String dir = System.getenv("PASSERELLE_SNAPSHOTS");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name).toFile());
    }

    private static List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
