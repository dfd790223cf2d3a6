package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.UiSettings;
import fr.passerelle.ui.path.TrainingRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Juliette's path in French, switched to English from the header, then an occupation opened with its trainings: the
 * cards' training lines, the trainings table and the funding panel of the training shown (who pays, what is left, the
 * schemes' statuses, her pay) are in English; only the rules' own texts (scheme names, conditions) stay French.
 */
@ExtendWith(ApplicationExtension.class)
class FundingInEnglishUiTest {
    private final List<FxTaskRunner> runners = new ArrayList<>();
    private final UiSettings settings = UiSettings.inMemory();
    private Stage stage;
    private WorkstationUi french;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        french = build();
        stage.setScene(french.scene());
        stage.show();
    }

    private WorkstationUi build() {
        return new WorkstationUi(UiFixtures.workstation(), UiFixtures.paths(), new FakeDialogs(), background -> {
            FxTaskRunner runner = new FxTaskRunner(background);
            runners.add(runner);
            return runner;
        }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK, settings, () -> { });
    }

    @AfterEach
    void close() {
        runners.forEach(FxTaskRunner::close);
    }

    @Test
    void afterSwitchingToEnglishTheTrainingsAndTheirFundingAreSaidInEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> french.start(UiFixtures.juliette(), null));
        waitFor(() -> !robot.lookup(".target-card").queryAll().isEmpty());
        PathRequest request = french.state().requestProperty().get();

        robot.clickOn("#languageButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Locale.ENGLISH, settings.language());
        WorkstationUi[] english = new WorkstationUi[1];
        robot.interact(() -> {
            english[0] = build();
            stage.setScene(english[0].scene());
            english[0].start(request, null);
        });
        waitFor(() -> english[0].state().pathProperty().get() != null && !robot.lookup(".target-card").queryAll().isEmpty());

        List<String> cards = texts(robot, ".card-line");
        assertTrue(cards.stream().anyMatch(t -> t.contains(", starts on ") && t.contains(" away")), cards.toString());
        assertFalse(cards.stream().anyMatch(t -> t.contains("début le") || t.contains("Reste à payer") || t.contains("Rien à payer")),
                cards.toString());

        // The occupation of the CACES she would pay herself: the table and the funding panel of the training selected.
        robot.interact(() -> english[0].path().openDetail("N1103"));
        waitFor(() -> !english[0].detail().trainings().isEmpty());
        TrainingRow caces = english[0].detail().trainings().stream().filter(r -> r.title().startsWith("CACES")
                && Long.valueOf(119_000).equals(r.costValue())).findFirst().orElseThrow();
        robot.interact(() -> english[0].detail().selectedProperty().set(caces));
        waitFor(() -> label(robot, "#fundingTitle").startsWith("Who pays what — CACES"));

        assertEquals("Price €1,190 · Left to pay €690 for sure; €0 if the Region's aid or the AIF is granted",
                label(robot, "#fundingRemainders"));
        assertTrue(label(robot, "#fundingPay").startsWith("During the training: "), label(robot, "#fundingPay"));
        List<String> statuses = texts(robot, ".scheme-status");
        assertTrue(statuses.contains("secured: €500"), statuses.toString());
        assertTrue(statuses.contains("possible, up to €690"), statuses.toString());
        assertTrue(statuses.contains("to check"), statuses.toString());
        assertFalse(statuses.stream().anyMatch(s -> s.contains("acquis") || s.contains("vérifier") || s.contains("jusqu'à")),
                statuses.toString());
        assertTrue(texts(robot, ".scheme-condition").stream().anyMatch(t -> t.endsWith("): individual enrolments")),
                texts(robot, ".scheme-condition").toString());
        assertTrue(label(robot, "#fundingQuestions").contains("Is she recognised as a disabled worker (RQTH)?"),
                label(robot, "#fundingQuestions"));

        TableView<?> table = robot.lookup("#trainingsTable").queryAs(TableView.class);
        assertTrue(table.getItems().contains(caces), "the table shows the rows the funding panel follows");
        assertEquals("CPF €500; possible: the Region's aid, the AIF", caces.payers());
        // The skills' headings are the window's words too, with how many in all when the list names only the first six.
        assertTrue(label(robot, "#sharedTitle").matches("Skills _held \\(\\d+(, \\d+ shown)?\\)"), label(robot, "#sharedTitle"));
        assertTrue(label(robot, "#missingTitle").matches("Skills to acq_uire \\(\\d+(, 6 shown)?\\)"), label(robot, "#missingTitle"));
    }

    private static String label(FxRobot robot, String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    private static List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().filter(Node::isVisible).filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
