package fr.passerelle.ui.unlock;

import fr.passerelle.ui.common.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the unlock / setup screen to its view model; covers the whole window while the data is not open. */
public final class UnlockView {
    private final UnlockViewModel model;
    private final Messages messages;

    @FXML private StackPane root;
    @FXML private Label titleLabel;
    @FXML private Label explainLabel;
    @FXML private Label warningLabel;
    @FXML private PasswordField passphraseField;
    @FXML private VBox confirmationBox;
    @FXML private PasswordField confirmationField;
    @FXML private Button openButton;
    @FXML private VBox withoutSavingBox;
    @FXML private Label messageLabel;

    public UnlockView(UnlockViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        passphraseField.textProperty().bindBidirectional(model.passphraseProperty());
        confirmationField.textProperty().bindBidirectional(model.confirmationProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        openButton.disableProperty().bind(model.busyProperty());
        model.modeProperty().addListener((obs, o, mode) -> show(mode));
        show(model.modeProperty().get());
    }

    private void show(UnlockViewModel.Mode mode) {
        boolean setup = mode == UnlockViewModel.Mode.SETUP;
        root.setVisible(mode != UnlockViewModel.Mode.OPEN);
        titleLabel.setText(messages.get(setup ? "unlock.title.setup" : "unlock.title.unlock"));
        explainLabel.setText(messages.get(setup ? "unlock.explain.setup" : "unlock.explain.unlock"));
        openButton.setText(messages.get(setup ? "unlock.setup" : "unlock.unlock"));
        for (var node : new javafx.scene.Node[] {warningLabel, confirmationBox, withoutSavingBox}) {
            node.setVisible(setup);
            node.setManaged(setup);
        }
        if (mode != UnlockViewModel.Mode.OPEN) {
            // Later: at start the window is not shown yet, and a node of a hidden window cannot take the focus.
            javafx.application.Platform.runLater(passphraseField::requestFocus);
        }
    }

    @FXML
    private void open() {
        if (model.modeProperty().get() == UnlockViewModel.Mode.SETUP) {
            model.setUp();
        } else {
            model.unlock();
        }
    }

    @FXML
    private void withoutSaving() {
        model.continueWithoutSaving();
    }

    public void focus() {
        passphraseField.requestFocus();
    }
}
