package fr.passerelle.ui.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.ViewLoader;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.shell.WorkstationUi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The market table at 1366 × 768 (the screen beside the 190 px navigation), in French and English: every column header
 * shows its whole name, on as many lines as it needs, without "…" and without a word cut in two ("Demande|urs"), and
 * its tooltip gives the full name.
 */
@ExtendWith(ApplicationExtension.class)
class MarketHeadersUiTest {
    /** What the shell leaves to a screen at 1366 px: the navigation column and the margins. */
    private static final double SCREEN_WIDTH = WorkstationUi.WIDTH - 190;

    private Stage stage;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new FxTaskRunner();
    }

    @AfterEach
    void close() {
        tasks.close();
        // Back to JavaFX's own theme for the other UI tests of this JVM.
        javafx.application.Application.setUserAgentStylesheet(null);
    }

    private MarketViewModel show(FxRobot robot, Locale locale) throws Exception {
        InterviewState state = new InterviewState();
        state.profileProperty().set(UiFixtures.julietteProfile());
        Messages messages = new Messages(locale);
        MarketViewModel model = new MarketViewModel(MarketFixtures.source(), state, tasks, s -> { }, messages);
        robot.interact(() -> {
            // As the window draws it: AtlantaFX's theme under ours, the type at its base size (WorkstationUi).
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            var loaded = new ViewLoader(messages).register(MarketView.class, () -> new MarketView(model, messages)).load(MarketView.class);
            Scene scene = new Scene(loaded.root(), SCREEN_WIDTH, WorkstationUi.HEIGHT - 100);
            scene.getStylesheets().add(WorkstationUi.class.getResource(WorkstationUi.THEME_CSS).toExternalForm());
            scene.getRoot().setStyle("-fx-font-size: " + fr.passerelle.ui.shell.DisplayViewModel.BASE_FONT_PX + "px;");
            stage.setScene(scene);
            stage.show();
            loaded.controller().focus();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyHeaderShowsItsWholeNameWithoutCuttingAWord(String language, FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            show(robot, Locale.forLanguageTag(language));
            TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
            List<String> problems = new ArrayList<>();
            int headers = 0;
            for (Node node : robot.lookup(".column-header").queryAll()) {
                if (!(node instanceof TableColumnHeader header) || !table.getColumns().contains(header.getTableColumn())) {
                    continue;
                }
                headers++;
                String name = header.getTableColumn().getText();
                Label label = (Label) header.lookup(".label");
                Text shown = (Text) label.lookup(".text");
                if (!name.equals(shown.getText())) {
                    problems.add("« " + name + " » shows « " + shown.getText() + " »");
                }
                // A word wider than the wrapping width is broken inside ("Demande|urs"): every word must fit.
                double room = shown.getWrappingWidth() > 0 ? shown.getWrappingWidth() : label.getWidth();
                double widest = HeaderFit.widestWord(name, label.getFont());
                if (widest > room + 0.5) {
                    problems.add("« " + name + " »: a word of " + widest + " px in " + room + " px");
                }
                if (label.getTooltip() == null || !name.equals(label.getTooltip().getText())) {
                    problems.add("« " + name + " » has no tooltip with its full name");
                }
            }
            assertEquals(10, headers, "the ten columns of the market table");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            // Wider columns must not push the last ones out of sight: the ten fit beside each other.
            double sum = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            assertTrue(sum <= table.getWidth(), "columns " + sum + " px in a table of " + table.getWidth() + " px: "
                    + table.getColumns().stream().map(c -> c.getText() + " " + c.getWidth() + " (min " + c.getMinWidth() + ")").toList());
        }
    }
}
