package fr.passerelle.ui.plan;

import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Shortcuts;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The action plan: choices bound to the view model, the preview as a page, save and print buttons. */
public final class PlanView implements Shortcuts {
    private final PlanViewModel model;

    @FXML private ComboBox<TargetOccupation> targetChoice;
    @FXML private ComboBox<PlanViewModel.TrainingChoice> trainingChoice;
    @FXML private Button pdfButton;
    @FXML private Button csvButton;
    @FXML private Button printButton;
    @FXML private VBox page;
    @FXML private Label messageLabel;

    public PlanView(PlanViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        targetChoice.setItems(model.targets());
        targetChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TargetOccupation t) {
                return t == null ? "" : t.label() + " (" + t.rome() + ")";
            }

            @Override
            public TargetOccupation fromString(String s) {
                return null;
            }
        });
        targetChoice.valueProperty().bindBidirectional(model.targetProperty());
        trainingChoice.setItems(model.trainings());
        trainingChoice.valueProperty().bindBidirectional(model.trainingProperty());
        pdfButton.setGraphic(Icons.icon(Icons.PDF));
        csvButton.setGraphic(Icons.icon(Icons.CSV));
        printButton.setGraphic(Icons.icon(Icons.PRINT));
        pdfButton.disableProperty().bind(model.readyProperty().not());
        csvButton.disableProperty().bind(model.readyProperty().not());
        printButton.disableProperty().bind(model.readyProperty().not());
        messageLabel.textProperty().bind(model.messageProperty());
        model.preview().addListener((ListChangeListener<String>) c -> showPreview());
        showPreview();
    }

    /** Reuses the page's labels: replacing nodes on each change costs the FX thread more than setting texts. */
    private void showPreview() {
        List<String> paragraphs = model.preview();
        while (page.getChildren().size() > paragraphs.size()) {
            page.getChildren().remove(page.getChildren().size() - 1);
        }
        while (page.getChildren().size() < paragraphs.size()) {
            Label label = new Label();
            label.setWrapText(true);
            label.getStyleClass().add(page.getChildren().isEmpty() ? "plan-title" : "plan-paragraph");
            page.getChildren().add(label);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            ((Label) page.getChildren().get(i)).setText(paragraphs.get(i));
        }
    }

    @FXML
    private void savePdf() {
        model.savePdf();
    }

    @FXML
    private void saveCsv() {
        model.saveCsv();
    }

    /** Prints the previewed page on the printer she chooses (JavaFX print dialog). */
    @FXML
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.say("plan.print.none");
            return;
        }
        if (job.showPrintDialog(page.getScene().getWindow()) && job.printPage(page)) {
            job.endJob();
            model.say("plan.print.done");
        } else {
            job.cancelJob();
        }
    }

    public void focus() {
        targetChoice.requestFocus();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::savePdf,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), model::saveCsv,
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
    }
}
