package fr.passerelle.ui.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.ViewLoader;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.shell.WorkstationUi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The market screen with Juliette open: on the map, a click on the Nord zooms to it and lists its figures for the
 * chosen occupation, and one click on "Parcours vers ce métier" opens her path screen with that target.
 */
@ExtendWith(ApplicationExtension.class)
class MapToPathUiTest {
    private final InterviewState state = new InterviewState();
    private final List<Screen> shown = new CopyOnWriteArrayList<>();
    private FxTaskRunner tasks;
    private MarketViewModel model;
    private MarketView view;

    @Start
    void start(Stage stage) {
        state.profileProperty().set(UiFixtures.julietteProfile());
        tasks = new FxTaskRunner();
        model = new MarketViewModel(MarketFixtures.source(), state, tasks, shown::add, Messages.french());
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

    @Test
    void aClickOnADepartementZoomsAndOneClickOpensHerPathOnTheOccupation(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.interact(view::focus);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.rows().isEmpty());
            robot.interact(view::showMap);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.map().shapes().size() == 2
                    && model.map().figuresProperty().get().containsKey("59"));
            WaitForAsyncUtils.waitForFxEvents();

            MapCanvas canvas = view.mapCanvas();
            Point2D nord = canvas.canvas().localToScreen(canvas.screenX(OutlineProjection.x(3.06)), canvas.screenY(OutlineProjection.y(50.63)));
            robot.clickOn(nord);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("59", model.map().selectedProperty().get().code());
            assertEquals("Nord (59)", model.map().selectedFigures().get(0));
            assertTrue(model.map().selectedFigures().get(1).startsWith("Tension 2021 : "), model.map().selectedFigures().toString());

            String target = model.selectedProperty().get().row().romeV4();
            robot.clickOn(robot.lookup("#mapPathButton").queryAs(Button.class));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(Screen.PATH), shown);
            assertEquals(target, state.detailTargetProperty().get());
            assertEquals(List.of(), watchdog.blocks());
        }
    }
}
