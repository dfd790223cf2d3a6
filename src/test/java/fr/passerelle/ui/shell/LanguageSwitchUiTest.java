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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Juliette's path in French, her radius moved on the what-if controls, then English from the header: the window is
 * built again as the launcher does (WorkstationWindow), and shows her path in English, reasons included, with the
 * radius she had moved.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchUiTest {
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
    void switchingToEnglishOnJuliettesPathSaysTheReasonsInEnglishAndKeepsTheMovedRadius(FxRobot robot) throws Exception {
        robot.interact(() -> french.start(UiFixtures.juliette(), null));
        waitFor(() -> !robot.lookup(".target-card").queryAll().isEmpty());
        assertTrue(texts(robot, ".card-line").contains("Mobilité officielle ROME 4 depuis D1505, rang 1 · 6 compétences déjà acquises"),
                texts(robot, ".card-line").toString());
        int before = french.state().profileProperty().get().radiusKm();

        // What-if: Ctrl+R focuses the radius, Left moves it down by 5 km a press.
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        robot.type(KeyCode.LEFT, 3);
        waitFor(() -> french.state().pathProperty().get().profile().radiusKm() == before - 15);
        PathRequest request = french.state().requestProperty().get();
        assertEquals(before, request.radiusKm() == null ? PathRequest.DEFAULT_RADIUS_KM : request.radiusKm(), "the what-if is not in her request");

        robot.clickOn("#languageButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Locale.ENGLISH, settings.language());

        // As WorkstationWindow does on a switch: the window again, from her request, with the what-if carried over.
        WorkstationUi[] english = new WorkstationUi[1];
        robot.interact(() -> {
            english[0] = build();
            LanguageSwitch.keepWhatIf(french.state().profileProperty().get(), english[0].state());
            stage.setScene(english[0].scene());
            english[0].start(request, null);
        });
        waitFor(() -> english[0].state().pathProperty().get() != null
                && english[0].state().pathProperty().get().profile().radiusKm() == before - 15
                && !robot.lookup(".target-card").queryAll().isEmpty());

        assertEquals(before - 15, english[0].path().radiusProperty().get(), "the radius control keeps the moved value");
        List<String> lines = texts(robot, ".card-line");
        assertTrue(lines.stream().anyMatch(t -> t.startsWith("Official ROME 4 career move from D1505, rank 1")), lines.toString());
        assertFalse(lines.stream().anyMatch(t -> t.contains("Mobilité officielle") || t.startsWith("Tout de suite")), lines.toString());
        assertTrue(lines.stream().anyMatch(t -> t.startsWith("Labour shortage 5/5 · 0.8 job offers per jobseeker (+307%)")), lines.toString());
        assertTrue(texts(robot, ".group-header").get(0).startsWith("Right now — no mandatory training · "),
                texts(robot, ".group-header").toString());
        assertEquals(List.of("Right now", "Within a few months", "Longer-term project"),
                texts(robot, ".group-header").stream().map(t -> t.split(" — ")[0]).toList());
        assertTrue(english[0].path().summaryProperty().get().contains("radius " + (before - 15) + " km"),
                english[0].path().summaryProperty().get());
        assertTrue(english[0].path().dataAsOfProperty().get().startsWith("Data: ROME"), english[0].path().dataAsOfProperty().get());
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
