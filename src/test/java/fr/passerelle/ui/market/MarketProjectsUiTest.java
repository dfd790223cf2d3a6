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
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The market screen around Juliette's Lille: a click on the BMO projects column header sorts the occupations by their
 * hiring projects, the unknown (masked) and absent figures after every known one.
 */
@ExtendWith(ApplicationExtension.class)
class MarketProjectsUiTest {
    private final InterviewState state = new InterviewState();
    private FxTaskRunner tasks;
    private MarketViewModel model;
    private MarketView view;

    @Start
    void start(Stage stage) {
        state.profileProperty().set(UiFixtures.julietteProfile());
        tasks = new FxTaskRunner();
        model = new MarketViewModel(MarketFixtures.source(), state, tasks, s -> { }, Messages.french());
        var loaded = new ViewLoader(Messages.french()).register(MarketView.class, () -> new MarketView(model, Messages.french()))
                .load(MarketView.class);
        view = loaded.controller();
        Scene scene = new Scene(loaded.root(), WorkstationUi.WIDTH - 200, WorkstationUi.HEIGHT - 100);
        scene.getStylesheets().add(WorkstationUi.class.getResource(WorkstationUi.THEME_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private static Node header(FxRobot robot, TableColumn<?, ?> column) {
        return robot.lookup(".column-header").queryAll().stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() == column).findFirst().orElseThrow();
    }

    @Test
    void aClickOnTheProjectsHeaderSortsByHiringProjectsMostFirstOnTheSecondClick(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.interact(view::focus);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.rows().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            TableView<MarketRow> table = robot.lookup("#table").queryAs(TableView.class);
            TableColumn<MarketRow, ?> projects = table.getColumns().stream()
                    .filter(c -> "projectsColumn".equals(c.getId())).findFirst().orElseThrow();
            assertEquals("Projets de recrutement (BMO 2022)", projects.getText());

            robot.clickOn(header(robot, projects));
            robot.clickOn(header(robot, projects));
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(List.of(projects), table.getSortOrder());
            assertEquals(TableColumn.SortType.DESCENDING, projects.getSortType());
            List<Long> shown = table.getItems().stream().map(MarketRow::projects).toList();
            long most = model.rows().stream().mapToLong(MarketRow::projects).max().orElseThrow();
            assertTrue(most > 0, "the samples give projects around Lille");
            assertEquals(most, shown.get(0));
            for (int i = 1; i < shown.size(); i++) {
                assertTrue(shown.get(i - 1) >= shown.get(i), "sorted by projects: " + shown);
            }
            assertTrue(shown.get(shown.size() - 1) < 0, "occupations without a known figure last: " + shown);
            assertEquals(List.of(), watchdog.blocks());
        }
    }
}
