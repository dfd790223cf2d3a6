package fr.passerelle.ui.shell;

import fr.passerelle.app.StartupTrace;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * The start-up trace of the window's frames ({@link StartupTrace}, startup.md): the first frame, then the first frame
 * in which the window is <em>usable</em>, that is, a text field the counsellor can type in is shown: enabled, visible
 * with all its parents, focusable and laid out (the profile's job field, or the passphrase field of the personal-data
 * cover). "First path shown" is traced by the window when her path arrives.
 */
final class StartupFrames {
    private StartupFrames() {
    }

    static void trace(Stage stage) {
        if (!StartupTrace.enabled() || stage.getScene() == null) {
            return;
        }
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean first = true;

            @Override
            public void run() {
                if (first) {
                    first = false;
                    StartupTrace.mark("première image de la fenêtre");
                }
                if (usable(scene.getRoot())) {
                    scene.removePostLayoutPulseListener(this);
                    StartupTrace.mark("fenêtre utilisable (champ de saisie affiché)");
                }
            }
        });
    }

    /** True when a shown, enabled, focusable text field is under {@code node}. */
    static boolean usable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return false;
        }
        if (node instanceof TextInputControl field) {
            return field.isFocusTraversable() && field.isEditable() && field.getWidth() > 0;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (usable(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
