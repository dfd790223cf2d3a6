package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The path's rescue that names the next close occupations is one long sentence on the national data (Moussa, a
 * security guard: "Voir les métiers proches suivants : Policier municipal / Policière municipale (K1707), …", about 330
 * characters). Laid out as the path screen lays it (a flow in a scroll pane fitted to its width), it must wrap inside
 * the window: before, its button kept the whole sentence on one line, the page became wider than the window and every
 * card of the path with it (the right-hand column cut off at 1366 px).
 */
@ExtendWith(ApplicationExtension.class)
class RescueItemLayoutUiTest {
    private static final String MORE = "Voir les métiers proches suivants : Policier municipal / Policière municipale (K1707), "
            + "Ouvreur / Ouvreuse de salle de spectacles (G1225), Opérateur / Opératrice en pyrotechnie militaire (K1729), "
            + "Patrouilleur autoroutier / Patrouilleuse autoroutière (I1208), Installateur vérificateur / Installatrice "
            + "vérificatrice d'extincteurs (I1205)";
    private ScrollPane scroll;
    private VBox item;

    @Start
    void start(Stage stage) {
        FlowPane flow = new FlowPane(8, 8);
        flow.getChildren().add(PathView.rescueItem(new RescueAction("Élargir le rayon à 30 km", "207 formations, 4 383 entreprises",
                30, false, false, false), a -> { }));
        item = PathView.rescueItem(new RescueAction(MORE, "2 formations, 38 entreprises, 5 métiers", null, false, false, true), a -> { });
        flow.getChildren().add(item);
        scroll = new ScrollPane(new VBox(flow));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 900, 500));
        stage.show();
    }

    @Test
    void aLongRescueWrapsInsideTheWindowInsteadOfWideningThePage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double viewport = scroll.getViewportBounds().getWidth();
        double content = ((VBox) scroll.getContent()).getWidth();
        assertTrue(content <= viewport + 0.5, "page " + content + " px wide in a " + viewport + " px window");
        Button button = (Button) item.getChildren().get(0);
        assertTrue(button.getWidth() <= viewport, "button " + button.getWidth() + " px");
        assertTrue(button.getHeight() > 2 * button.getFont().getSize() * 1.2, "the sentence wraps: " + button.getHeight() + " px high");
    }
}
