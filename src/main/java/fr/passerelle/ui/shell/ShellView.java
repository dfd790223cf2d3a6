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
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6,
            KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
    private static final Map<Screen, String> ICONS = Map.of(Screen.PROFILE, Icons.PROFILE, Screen.PATH, Icons.PATH,
            Screen.COMPARE, Icons.COMPARE, Screen.PLAN, Icons.PLAN, Screen.SEARCH, Icons.SEARCH, Screen.DATA, Icons.DATA,
            Screen.MARKET, Icons.MARKET);

    private final ShellViewModel model;
    private final Map<Screen, ScreenEntry> screens;
    private final Messages messages;
    private final DisplayViewModel display;
    private final Runnable openWorkshop;
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

    @FXML private Button workshopButton;
    @FXML private Button zoomOutButton;
    @FXML private Label zoomLabel;
    @FXML private Button zoomInButton;
    @FXML private Button languageButton;

    public ShellView(ShellViewModel model, Map<Screen, ScreenEntry> screens, Messages messages) {
        this(model, screens, messages, new DisplayViewModel(fr.passerelle.ui.common.UiSettings.inMemory(), messages), null);
    }

    /**
     * @param openWorkshop opens the workshop window, or null when this window is the workshop's launcher-less test
     */
    public ShellView(ShellViewModel model, Map<Screen, ScreenEntry> screens, Messages messages, DisplayViewModel display,
                     Runnable openWorkshop) {
        this.model = model;
        this.screens = screens;
        this.messages = messages;
        this.display = display;
        this.openWorkshop = openWorkshop;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.titleProperty());
        sampleBanner.visibleProperty().bind(model.sampleProperty());
        sampleBanner.managedProperty().bind(model.sampleProperty());
        themeButton.setGraphic(Icons.icon(Icons.THEME));
        themeButton.selectedProperty().bindBidirectional(model.darkProperty());
        themeButton.setTooltip(new Tooltip(messages.get("shell.theme.help")));
        themeButton.setAccessibleHelp(messages.get("shell.theme.help"));
        // "A−" and "A+": the usual signs for text size, clearer than two magnifiers side by side.
        zoomInButton.setText("A+");
        zoomOutButton.setText("A−");
        zoomInButton.setAccessibleText(messages.get("shell.zoom.in"));
        zoomOutButton.setAccessibleText(messages.get("shell.zoom.out"));
        zoomInButton.setTooltip(new Tooltip(messages.get("shell.zoom.in")));
        zoomOutButton.setTooltip(new Tooltip(messages.get("shell.zoom.out")));
        zoomLabel.textProperty().bind(display.zoomTextProperty());
        zoomLabel.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.get("shell.zoom.accessible", display.zoomProperty().get()), display.zoomProperty()));
        languageButton.setGraphic(Icons.icon(Icons.LANGUAGE));
        languageButton.setTooltip(new Tooltip(messages.get("shell.language.help")));
        languageButton.setAccessibleHelp(messages.get("shell.language.help"));
        workshopButton.setGraphic(Icons.icon(Icons.WORKSHOP));
        workshopButton.setTooltip(new Tooltip(messages.get("shell.workshop.help")));
        workshopButton.setAccessibleHelp(messages.get("shell.workshop.help"));
        workshopButton.setVisible(openWorkshop != null);
        workshopButton.setManaged(openWorkshop != null);
        navigation.setAccessibleText(messages.get("shell.nav.accessible"));
        cancelButton.setAccessibleText(messages.get("main.cancel"));
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
            button.setAccessibleHelp(messages.get("nav.shortcut", String.valueOf(screen.ordinal() + 1)));
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> model.show(screen));
            buttons.put(screen, button);
            navigation.getChildren().add(button);
            ScreenEntry entry = screens.get(screen);
            if (entry != null && entry.built()) {
                entry.root().setVisible(false);
            }
        }
        model.screenProperty().addListener((obs, old, screen) -> showScreen(screen));
        showScreen(model.screenProperty().get());
    }

    private void showScreen(Screen screen) {
        ScreenEntry shown = screens.get(screen);
        if (shown != null && shown.root().getParent() != content) {
            // A screen joins the scene when first shown: the first frame styles and lays out only the screen shown
            // then, not all eight (startup.md); later ones cost their own styling once, when opened.
            content.getChildren().add(shown.root());
        }
        screens.forEach((s, entry) -> {
            if (entry.built()) {
                entry.root().setVisible(s == screen);
            }
        });
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
            if (zoomShortcut(e)) {
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

    /**
     * Ctrl + (also Ctrl = and the keypad's +, since + needs Shift on many layouts), Ctrl − and Ctrl 0; checked on
     * the key and the typed character alike so that French and English keyboards both work.
     */
    private boolean zoomShortcut(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        String text = e.getText();
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            return false; // Ctrl+1…9 are the screens, whatever the layout types on those keys
        }
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS || "+".equals(text) || "=".equals(text)) {
            display.zoomIn();
            return true;
        }
        if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT || "-".equals(text)) {
            display.zoomOut();
            return true;
        }
        if (code == KeyCode.NUMPAD0 || (code == KeyCode.DIGIT0 && !e.isShiftDown()) || "0".equals(text) || "à".equals(text)) {
            display.zoomReset();
            return true;
        }
        return false;
    }

    @FXML
    private void zoomIn() {
        display.zoomIn();
    }

    @FXML
    private void zoomOut() {
        display.zoomOut();
    }

    @FXML
    private void switchLanguage() {
        display.switchLanguage();
    }

    @FXML
    private void openWorkshop() {
        if (openWorkshop != null) {
            openWorkshop.run();
        }
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
