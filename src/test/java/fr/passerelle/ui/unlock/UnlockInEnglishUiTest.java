package fr.passerelle.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.UiSettings;
import fr.passerelle.ui.shell.WorkstationUi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * The real window in English, headless, by keyboard: a passphrase too short is refused with the rule in English, the
 * setup opens the data, the inactivity lock and a wrong passphrase are said in English too.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockInEnglishUiTest {
    @TempDir
    static Path homes;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private FxTaskRunner tasks;
    private PersonalData personal;
    private PersonalDataCover cover;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        personal = new PersonalData(new Home(homes.resolve("home")), UnlockViewModelTest.FAST, clock);
        SessionProfileStore profiles = new SessionProfileStore();
        UiSettings settings = UiSettings.inMemory();
        settings.setLanguage(Locale.ENGLISH);
        WorkstationUi ui = new WorkstationUi(UiFixtures.workstation(), UiFixtures.paths(), new FakeDialogs(), background -> {
            tasks = new FxTaskRunner(background);
            return tasks;
        }, UiFixtures.personas(), profiles, UiFixtures.CLOCK, settings, () -> { });
        cover = ui.coverWithPersonalData(personal, profiles, clock);
        stage.setScene(ui.scene());
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        personal.close();
    }

    @Test
    void aShortPassphraseIsRefusedInEnglishThenTheLockAndAWrongPassphraseAreSaidInEnglish(FxRobot robot) throws Exception {
        assertEquals("Protect the files of the people you support", label(robot, ".unlock-card .screen-title"));

        robot.write("trop court").type(KeyCode.TAB).write("trop court").type(KeyCode.ENTER);
        waitFor(() -> label(robot, ".unlock-message").startsWith("The passphrase"));
        assertEquals("The passphrase is too short: it needs at least 12 characters (a short sentence of a few words will do).",
                label(robot, ".unlock-message"));
        assertEquals(PersonalData.State.NOT_SET_UP, personal.state());
        snapshot("unlock-en-too-short.png");

        robot.clickOn("#passphraseField").eraseText(10).write(UnlockViewModelTest.PASS)
                .clickOn("#confirmationField").eraseText(10).write(UnlockViewModelTest.PASS).type(KeyCode.ENTER);
        waitFor(() -> personal.state() == PersonalData.State.UNLOCKED && !robot.lookup(".unlock-cover").query().isVisible());

        clock.advance(Duration.ofMinutes(10));
        robot.interact(() -> cover.watch().check());
        assertEquals("Personal data locked", label(robot, ".unlock-card .screen-title"));
        assertEquals("Locked after 10 min without activity.", label(robot, ".unlock-message"));

        robot.clickOn("#passphraseField").write("not the right one at all").type(KeyCode.ENTER);
        waitFor(() -> label(robot, ".unlock-message").startsWith("Wrong passphrase"));
        assertEquals("Wrong passphrase: the data stays locked, nothing was changed.", label(robot, ".unlock-message"));
        assertTrue(robot.lookup(".unlock-cover").query().isVisible());
        snapshot("unlock-en-wrong.png");
    }

    private static String label(FxRobot robot, String selector) {
        return ((Label) robot.lookup(selector).query()).getText();
    }

    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("passerelle.screenshots");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name).toFile());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
