package fr.passerelle.ui.shell;

import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's frame: header with the title and the sample-data warning, the navigation (Ctrl+1 … Ctrl+6), the
 * screens, the status bar. Dispatches the shown screen's shortcuts.
 */
public final class ShellView {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
    private static final Map<Screen, String> ICONS = Map.of(Screen.PROFILE, Icons.PROFILE, Screen.PATH, Icons.PATH,
            Screen.COMPARE, Icons.COMPARE, Screen.PLAN, Icons.PLAN, Screen.SEARCH, Icons.SEARCH, Screen.DATA, Icons.DATA);

    private final ShellViewModel model;
    private final Map<Screen, ScreenEntry> screens;
    private final Messages messages;
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);

    @FXML private Label titleLabel;
    @FXML private ToggleButton themeButton;
    @FXML private Label sampleBanner;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private javafx.scene.layout.HBox statusBar;
    @FXML private Label freshnessLabel;
    @FXML private Label messageLabel;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelButton;

    public ShellView(ShellViewModel model, Map<Screen, ScreenEntry> screens, Messages messages) {
        this.model = model;
        this.screens = screens;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.titleProperty());
        sampleBanner.visibleProperty().bind(model.sampleProperty());
        sampleBanner.managedProperty().bind(model.sampleProperty());
        themeButton.setGraphic(Icons.icon(Icons.THEME));
        themeButton.selectedProperty().bindBidirectional(model.darkProperty());
        freshnessLabel.textProperty().bind(model.freshnessProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        taskLabel.textProperty().bind(Bindings.createStringBinding(() -> model.taskTitleProperty().get()
                + (model.taskMessageProperty().get() == null || model.taskMessageProperty().get().isEmpty() ? "" : " : " + model.taskMessageProperty().get()),
                model.taskTitleProperty(), model.taskMessageProperty()));
        taskProgress.progressProperty().bind(model.taskProgressProperty());
        taskProgress.visibleProperty().bind(model.taskRunningProperty());
        taskProgress.managedProperty().bind(model.taskRunningProperty());
        cancelButton.setGraphic(Icons.icon(Icons.CANCEL));
        cancelButton.visibleProperty().bind(model.taskCancellableProperty());
        cancelButton.managedProperty().bind(model.taskCancellableProperty());
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(messages.get("nav." + screen.key()));
            button.setGraphic(Icons.icon(ICONS.get(screen)));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(messages.get("nav.shortcut", String.valueOf(screen.ordinal() + 1))));
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> model.show(screen));
            buttons.put(screen, button);
            navigation.getChildren().add(button);
            ScreenEntry entry = screens.get(screen);
            if (entry != null) {
                entry.root().setVisible(false);
                content.getChildren().add(entry.root());
            }
        }
        model.screenProperty().addListener((obs, old, screen) -> showScreen(screen));
        showScreen(model.screenProperty().get());
    }

    private void showScreen(Screen screen) {
        screens.forEach((s, entry) -> entry.root().setVisible(s == screen));
        ToggleButton button = buttons.get(screen);
        if (button != null) {
            button.setSelected(true);
        }
        ScreenEntry entry = screens.get(screen);
        if (entry != null) {
            Platform.runLater(entry.focus());
        }
    }

    /** Installs the global shortcuts and the shown screen's own on the scene. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (int i = 0; i < DIGITS.length && i < Screen.values().length; i++) {
                if (new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN).match(e)) {
                    model.show(Screen.values()[i]);
                    e.consume();
                    return;
                }
            }
            if (new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                model.toggleTheme();
                e.consume();
                return;
            }
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e) && model.screenProperty().get() != Screen.SEARCH) {
                model.show(Screen.SEARCH);
                e.consume();
                return;
            }
            ScreenEntry entry = screens.get(model.screenProperty().get());
            if (entry == null) {
                return;
            }
            for (Map.Entry<KeyCombination, Runnable> shortcut : entry.shortcuts().shortcuts().entrySet()) {
                if (shortcut.getKey().match(e)) {
                    shortcut.getValue().run();
                    e.consume();
                    return;
                }
            }
        });
    }

    @FXML
    private void cancel() {
        model.cancelTask();
    }

    /** Adds a label to the status bar, after the data's freshness (the sync's "hors ligne depuis …"). */
    public void addToStatusBar(javafx.scene.Node node) {
        statusBar.getChildren().add(statusBar.getChildren().indexOf(freshnessLabel) + 1, node);
    }
}
