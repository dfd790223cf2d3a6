package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Everyone can read it: Ctrl + / Ctrl − / Ctrl 0 zoom the whole window, the high-contrast theme and the language
 * are switched from the header, and all three are remembered in the home folder for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class DisplayUiTest {
    @TempDir
    static Path home;

    private FxTaskRunner tasks;
    private WorkstationUi ui;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(home.resolve(UiSettings.FILE_NAME));
        ui = build(UiSettings.load(home));
        stage.setScene(ui.scene());
        stage.show();
    }

    private WorkstationUi build(UiSettings settings) {
        return new WorkstationUi(UiFixtures.workstation(), UiFixtures.paths(), new FakeDialogs(), background -> {
            tasks = new FxTaskRunner(background);
            return tasks;
        }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK, settings, () -> { });
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private Properties saved() throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(home.resolve(UiSettings.FILE_NAME))) {
            p.load(in);
        }
        return p;
    }

    private double rootFontPx() {
        String style = ui.scene().getRoot().getStyle();
        return Double.parseDouble(style.replaceAll(".*-fx-font-size: *([0-9.]+)px.*", "$1"));
    }

    @Test
    void ctrlPlusAndMinusZoomTheWholeWindowAndCtrl0GoesBack(FxRobot robot) throws Exception {
        Labeled nav = robot.lookup(".nav-button").queryLabeled();
        double before = nav.getFont().getSize();

        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).type(KeyCode.ADD).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(120, ui.display().zoomProperty().get());
        assertEquals(14 * 1.2, rootFontPx(), 0.001);
        assertTrue(nav.getFont().getSize() > before * 1.15, "the navigation's text grew with the root: " + nav.getFont().getSize());
        assertEquals("120", saved().getProperty("zoom"));

        robot.press(KeyCode.CONTROL).type(KeyCode.SUBTRACT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(110, ui.display().zoomProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, ui.display().zoomProperty().get());
        assertEquals("100", saved().getProperty("zoom"));
    }

    @Test
    void theHighContrastThemeIsSwitchedFromTheHeaderAndRemembered(FxRobot robot) throws Exception {
        assertFalse(ui.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        robot.clickOn("#themeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        assertEquals("true", saved().getProperty("contraste.eleve"));

        WorkstationUi[] again = new WorkstationUi[1];
        robot.interact(() -> again[0] = build(UiSettings.load(home)));
        assertTrue(again[0].scene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")), "remembered at the next start");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("false", saved().getProperty("contraste.eleve"));
    }

    @Test
    void theLanguageSwitchIsRememberedAndTheNextWindowSpeaksEnglish(FxRobot robot) throws Exception {
        assertEquals("Personne", robot.lookup(".nav-button").queryLabeled().getText());
        robot.clickOn("#languageButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Locale.ENGLISH, ui.display().languageProperty().get());
        assertEquals("en", saved().getProperty("langue"));

        // The launcher builds the window again in the new language (WorkstationWindow): here, by hand.
        WorkstationUi[] english = new WorkstationUi[1];
        robot.interact(() -> english[0] = build(UiSettings.load(home)));
        assertNotNull(english[0]);
        assertEquals("Passerelle", english[0].shell().titleProperty().get());
        Labeled firstNav = (Labeled) english[0].scene().getRoot().lookup(".nav-button");
        assertEquals("Person", firstNav.getText());
        // Screens join the scene when first shown (startup.md): open the market's to read its title.
        robot.interact(() -> english[0].shell().show(fr.passerelle.ui.common.Screen.MARKET));
        assertEquals("The local market", english[0].scene().getRoot().lookupAll(".screen-title").stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t.equals("The local market")).findFirst().orElse("missing"));
        assertEquals("Français", ((Labeled) english[0].scene().getRoot().lookup("#languageButton")).getText());
    }
}
