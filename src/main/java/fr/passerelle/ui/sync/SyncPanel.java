package fr.passerelle.ui.sync;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** How the sync panel joins the window with a one-line hook: above the data screen, and a timer for the retries. */
public final class SyncPanel {
    private SyncPanel() {
    }

    /** The data screen with the sync panel above it (the data screen keeps its own layout and growth). */
    public static Parent above(Parent dataScreen, Node panel) {
        VBox box = new VBox(8, panel, dataScreen);
        VBox.setVgrow(dataScreen, Priority.ALWAYS);
        return box;
    }

    /** Runs an action after a delay on the FX thread, without holding a thread meanwhile. */
    public static SyncViewModel.Scheduler fxScheduler() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}
