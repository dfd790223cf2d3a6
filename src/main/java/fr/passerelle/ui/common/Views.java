package fr.passerelle.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Small binding helpers shared by the views. */
public final class Views {
    private Views() {
    }

    /** Shows the node only while the text is not empty (and takes no room otherwise). */
    public static void showWhenNotEmpty(Node node, ObservableStringValue text) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(), text));
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Binds a label to a text and hides it while the text is empty. */
    public static void bindText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        showWhenNotEmpty(label, text);
    }
}
