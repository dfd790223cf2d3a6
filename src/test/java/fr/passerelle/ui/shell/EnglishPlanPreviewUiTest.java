package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.UiSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in English (as the language switch leaves it): Juliette's plan for an occupation with a training is
 * previewed in English, headings, reasons, who pays what and dated steps, with English dates and amounts.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishPlanPreviewUiTest {
    private final List<FxTaskRunner> runners = new ArrayList<>();
    private WorkstationUi ui;

    @Start
    void start(Stage stage) {
        UiSettings settings = UiSettings.inMemory();
        settings.setLanguage(Locale.ENGLISH);
        ui = new WorkstationUi(UiFixtures.workstation(), UiFixtures.paths(), new FakeDialogs(), background -> {
            FxTaskRunner runner = new FxTaskRunner(background);
            runners.add(runner);
            return runner;
        }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK, settings, () -> { });
        stage.setScene(ui.scene());
        stage.show();
    }

    @AfterEach
    void close() {
        runners.forEach(FxTaskRunner::close);
    }

    @Test
    void theEnglishWindowPreviewsJuliettesPlanInEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> ui.start(UiFixtures.juliette(), null));
        waitFor(() -> ui.state().pathProperty().get() != null && !robot.lookup(".target-card").queryAll().isEmpty());
        TargetOccupation withTraining = ui.state().pathProperty().get().occupations().stream()
                .filter(t -> !t.noTrainingNeeded() && !t.trainings().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> ui.path().plan(withTraining.rome()));
        waitFor(() -> ui.shell().screenProperty().get() == Screen.PLAN && ui.plan().readyProperty().get()
                && !robot.lookup(".plan-paragraph").queryAll().isEmpty());

        assertEquals(List.of("Action plan for Juliette"), texts(robot, ".plan-title"));
        List<String> page = texts(robot, ".plan-paragraph");
        String all = String.join("\n", page);
        assertTrue(page.get(0).startsWith("Interview on "), page.get(0));
        assertTrue(page.stream().anyMatch(p -> p.startsWith("Your project: " + withTraining.label())), all);
        assertTrue(page.stream().anyMatch(p -> p.startsWith("Why this occupation:\n• An occupation close to yours")), all);
        assertTrue(page.stream().anyMatch(p -> p.startsWith("The training: " + withTraining.trainings().get(0).title())), all);
        assertTrue(all.contains("\nWho pays what: price €"), all);
        assertTrue(page.stream().anyMatch(p -> p.startsWith("Your next steps:\n• By ")), all);
        assertTrue(page.stream().anyMatch(p -> p.startsWith("Where this information comes from:\n• Occupations and skills: ROME")), all);
        for (String french : List.of("Plan d'action", "Entretien du", "Votre projet", "Pourquoi ce métier", "Qui paie quoi",
                "Vos prochaines étapes", "Avant le", "D'où viennent", "importé le")) {
            assertFalse(all.contains(french), french + " in:\n" + all);
        }
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
