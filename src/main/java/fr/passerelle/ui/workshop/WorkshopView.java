package fr.passerelle.ui.workshop;

import fr.passerelle.app.Personas;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.export.WorkshopSheetWriter;
import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Messages;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The workshop's projected screens: binds the view model, one pane per step. */
public final class WorkshopView {
    private final WorkshopViewModel model;
    private final Messages messages;

    @FXML private Label stepLabel;
    @FXML private Label headlineLabel;
    @FXML private Label ideaLabel;
    @FXML private HBox personaPane;
    @FXML private ListView<Personas.Persona> personaList;
    @FXML private Button openPersonaButton;
    @FXML private Button newPersonaButton;
    @FXML private GridPane personaForm;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label descriptionLabel;
    @FXML private TextField descriptionField;
    @FXML private Label jobLabel;
    @FXML private TextField jobField;
    @FXML private Label communeLabel;
    @FXML private TextField communeField;
    @FXML private Label radiusLabel;
    @FXML private TextField radiusField;
    @FXML private Label levelLabel;
    @FXML private TextField levelField;
    @FXML private Label cpfLabel;
    @FXML private TextField cpfField;
    @FXML private ListView<String> linesList;
    @FXML private ListView<TargetOccupation> targetList;
    @FXML private VBox sheetsPane;
    @FXML private Label participantsLabel;
    @FXML private Spinner<Integer> participantsSpinner;
    @FXML private Button printButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label messageLabel;

    public WorkshopView(WorkshopViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        stepLabel.textProperty().bind(model.stepTitleProperty());
        headlineLabel.textProperty().bind(model.headlineProperty());
        ideaLabel.textProperty().bind(model.ideaProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        personaList.setItems(model.personas());
        personaList.setCellFactory(l -> cell(p -> p.name()));
        personaList.setAccessibleText(messages.get("workshop.persona.list"));
        personaList.getSelectionModel().selectedItemProperty().addListener((obs, o, p) -> {
            if (p != null) {
                model.personaProperty().set(p);
            }
        });
        model.personaProperty().addListener((obs, o, p) -> personaList.getSelectionModel().select(p));
        for (Label label : new Label[] {nameLabel, descriptionLabel, jobLabel, communeLabel, radiusLabel, levelLabel, cpfLabel}) {
            label.setLabelFor(label == nameLabel ? nameField : label == descriptionLabel ? descriptionField : label == jobLabel ? jobField
                    : label == communeLabel ? communeField : label == radiusLabel ? radiusField : label == levelLabel ? levelField : cpfField);
        }
        linesList.setItems(model.lines());
        linesList.setCellFactory(l -> cell(s -> s));
        linesList.setAccessibleText(messages.get("workshop.lines"));
        targetList.setItems(model.targets());
        targetList.setCellFactory(l -> cell(t -> t.horizon().label() + " · " + t.label()));
        targetList.setAccessibleText(messages.get("workshop.path.list"));
        targetList.getSelectionModel().selectedItemProperty().addListener((obs, o, t) -> {
            if (t != null) {
                model.targetProperty().set(t);
            }
        });
        model.targetProperty().addListener((obs, o, t) -> targetList.getSelectionModel().select(t));
        participantsLabel.setLabelFor(participantsSpinner);
        participantsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                WorkshopSheetWriter.MAX_PARTICIPANTS, model.participantsProperty().get()));
        participantsSpinner.valueProperty().addListener((obs, o, v) -> model.participantsProperty().set(v == null ? 0 : v));
        printButton.setGraphic(Icons.icon(Icons.PRINT));
        printButton.disableProperty().bind(model.busyProperty());
        previousButton.setGraphic(Icons.icon(Icons.BACK));
        nextButton.disableProperty().bind(model.stepProperty().isEqualTo(WorkshopStep.SHEETS));
        previousButton.disableProperty().bind(model.stepProperty().isEqualTo(WorkshopStep.PERSONA));
        model.stepProperty().addListener((obs, o, s) -> show(s));
        show(model.stepProperty().get());
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    private void show(WorkshopStep step) {
        visible(personaPane, step == WorkshopStep.PERSONA);
        visible(linesList, step == WorkshopStep.MARKET || step == WorkshopStep.TRAININGS);
        visible(targetList, step == WorkshopStep.PATH);
        visible(sheetsPane, step == WorkshopStep.SHEETS);
        Platform.runLater(() -> (step == WorkshopStep.PERSONA ? personaList : step == WorkshopStep.PATH ? targetList
                : step == WorkshopStep.SHEETS ? participantsSpinner : nextButton).requestFocus());
    }

    private static void visible(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    /** Page Down / Page Up (a presenter's remote), Ctrl+P prints, Ctrl+O opens a persona. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (e.getCode() == KeyCode.PAGE_DOWN || (!typing && e.getCode() == KeyCode.RIGHT && !(scene.getFocusOwner() instanceof Spinner))) {
                model.next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP || (!typing && e.getCode() == KeyCode.LEFT && !(scene.getFocusOwner() instanceof Spinner))) {
                model.previous();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.printSheets();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.openPersona();
                e.consume();
            }
        });
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void previous() {
        model.previous();
    }

    @FXML
    private void print() {
        model.printSheets();
    }

    @FXML
    private void openPersona() {
        model.openPersona();
    }

    @FXML
    private void toggleForm() {
        boolean on = !personaForm.isVisible();
        visible(personaForm, on);
        if (on) {
            Platform.runLater(nameField::requestFocus);
        }
    }

    @FXML
    private void createPersona() {
        model.createPersona(new PersonaDraft(nameField.getText(), descriptionField.getText(), jobField.getText(),
                communeField.getText(), radiusField.getText(), levelField.getText(), cpfField.getText(), null));
    }
}
