package fr.passerelle.ui.sync;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;

/** The sync panel (shown on the data screen): binds and forwards, the view model decides. */
public final class SyncView {
    private final SyncViewModel model;

    @FXML private javafx.scene.control.TitledPane panel;
    @FXML private Label connectionLabel;
    @FXML private Label ageLabel;
    @FXML private Label unsentLabel;
    @FXML private Label offersLabel;
    @FXML private Button syncButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label reportLabel;
    @FXML private ListView<String> datasetsList;

    public SyncView(SyncViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        // Folded while no central server is configured: the data table below keeps the room at 1366×768.
        panel.setExpanded(model.configuredProperty().get());
        model.configuredProperty().addListener((obs, was, configured) -> panel.setExpanded(configured));
        connectionLabel.textProperty().bind(model.connectionProperty());
        ageLabel.textProperty().bind(model.ageProperty());
        unsentLabel.textProperty().bind(model.unsentProperty());
        offersLabel.textProperty().bind(model.offersProperty());
        reportLabel.textProperty().bind(model.reportProperty());
        syncButton.disableProperty().bind(model.syncingProperty().or(model.configuredProperty().not()));
        cancelButton.visibleProperty().bind(model.syncingProperty());
        progressBar.visibleProperty().bind(model.syncingProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        datasetsList.setItems(model.datasets());
    }

    @FXML
    private void syncNow() {
        model.syncNow();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    /** A label for the status bar, bound to the view model's short line (offline since, data age, unsent). */
    public javafx.scene.control.Label statusChip() {
        Label chip = new Label();
        chip.textProperty().bind(model.statusLineProperty());
        chip.setMinWidth(0);
        return chip;
    }
}
