package fr.passerelle.ui.common;

import java.util.Map;
import javafx.scene.input.KeyCombination;

/** A view's keyboard shortcuts, active while its screen is shown (the shell dispatches them). */
public interface Shortcuts {
    Map<KeyCombination, Runnable> shortcuts();
}
