package fr.passerelle.ui.shell;

import fr.passerelle.ui.common.Shortcuts;
import java.util.Map;
import javafx.scene.Parent;

/** A loaded screen for the shell: its root, its shortcuts, and where the focus goes when it is shown. */
public record ScreenEntry(Parent root, Shortcuts shortcuts, Runnable focus) {
    public static ScreenEntry of(Parent root, Object controller, Runnable focus) {
        Shortcuts shortcuts = controller instanceof Shortcuts s ? s : Map::of;
        return new ScreenEntry(root, shortcuts, focus);
    }
}
