package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.FxWatchdog;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The window draws its shell before the cache is open (startup.md): the opening is held on a latch here, as a national
 * cache holds it for seconds. Meanwhile the shell is usable and says the data is opening, nothing claims there is no
 * data, a request waits instead of failing; when the opening is released the screens fill. A failed opening is said in
 * the window, in French. A watchdog fails a test if our code holds the JavaFX thread (it would wait for the latch).
 */
@ExtendWith(ApplicationExtension.class)
class ShellFirstUiTest {
    @TempDir
    Path home;

    private final CountDownLatch release = new CountDownLatch(1);
    private FxTaskRunner tasks;
    private Workstation workstation;
    private WorkstationUi ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        release.countDown();
        if (tasks != null) {
            tasks.close();
        }
        if (workstation != null) {
            workstation.close();
        }
    }

    /** Opens the cache on a thread that first waits for {@link #release}: the test decides when the cache is open. */
    private final Executor heldOpening = work -> new Thread(() -> {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        work.run();
    }, "test-ouverture").start();

    private void showWindow(FxRobot robot, Path homeFolder, Executor opener) {
        showWindow(robot, homeFolder, opener, () -> ui.start(null, null));
    }

    private void showWindow(FxRobot robot, Path homeFolder, Executor opener, Runnable start) {
        workstation = Workstation.openInBackground(new Home(homeFolder), Workstation.Answers.PATH_AND_JOB_TITLES, opener);
        robot.interact(() -> {
            ui = new WorkstationUi(workstation, workstation.paths(), new FakeDialogs(), background -> {
                tasks = new FxTaskRunner(background);
                return tasks;
            }, UiFixtures.personas(), new InMemoryProfileStore(UiFixtures.CLOCK), UiFixtures.CLOCK);
            stage.setScene(ui.scene());
            stage.show();
            start.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shellTakesTypingWhileTheCacheOpensThenItsScreensFill(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            showWindow(robot, home, heldOpening);

            assertFalse(workstation.opened().isDone(), "the cache is still held opening");
            assertTrue(StartupFrames.usable(ui.scene().getRoot()), "a text field can be typed in");
            TextField job = robot.lookup("#jobField").queryAs(TextField.class);
            robot.clickOn(job).write("boulanger");
            assertEquals("boulanger", job.getText());
            assertTrue(job.isFocused());
            assertEquals("Ouverture des données…", label(robot, ".status-bar #messageLabel"));
            assertTrue(label(robot, ".status-bar #taskLabel").startsWith("Ouverture des données"), label(robot, ".status-bar #taskLabel"));
            assertFalse(robot.lookup(".status-bar #cancelButton").queryAs(Button.class).isVisible(), "an opening cannot be cancelled");
            snapshot("demarrage-ouverture.png");
            robot.interact(() -> ui.shell().show(Screen.DATA));
            TableView<?> datasets = robot.lookup("#datasetsTable").queryAs(TableView.class);
            assertEquals("Ouverture des données…", ((Label) datasets.getPlaceholder()).getText(), "not 'no data' while it opens");
            assertTrue(robot.lookup("#importButton").queryAs(Button.class).isDisabled(), "no import before the cache is open");
            snapshot("demarrage-ouverture-donnees.png");

            release.countDown();
            waitFor(() -> ui.shell().readyProperty().get());
            assertTrue(label(robot, ".status-bar #messageLabel").startsWith("Prêt : "), label(robot, ".status-bar #messageLabel"));
            assertFalse(datasets.getItems().isEmpty(), "the data screen lists the datasets");
            assertFalse(robot.lookup("#importButton").queryAs(Button.class).isDisabled());
            assertTrue(ui.shell().sampleProperty().get(), "a first start is seeded with the samples, and says so");
            assertEquals("", label(robot, ".status-bar #taskLabel"), "nothing left running");
            assertEquals(java.util.List.of(), watchdog.blocks(), "the FX thread never waited for the cache");
        }
    }

    @Test
    void pathAskedForBeforeTheDataIsOpenArrivesOnceItIs(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            showWindow(robot, home, heldOpening);
            robot.interact(() -> {
                ui.profile().openRequest(UiFixtures.juliette());
                ui.profile().showPath();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(ui.state().pathProperty().get(), "nothing can be computed yet");
            assertFalse(workstation.opened().isDone());

            release.countDown();
            // The first start seeds the samples meanwhile: her path comes from them, never from the empty cache.
            waitFor(() -> ui.state().pathProperty().get() != null);
            assertEquals(Screen.PATH, ui.shell().screenProperty().get());
            assertFalse(ui.state().pathProperty().get().occupations().isEmpty(), "her path has occupations");
            assertEquals("Passerelle — Juliette", ui.shell().titleProperty().get());
            assertEquals(java.util.List.of(), watchdog.blocks(), "the FX thread never waited for the cache");
        }
    }

    @Test
    void dataOpensBeforeTheInterviewStartsAndHerPathThenComesWithoutASecondOpening(FxRobot robot) throws Exception {
        // The window opens the data at once, and starts her interview only once the personal data is unlocked.
        showWindow(robot, home, heldOpening, () -> ui.openData());
        assertEquals("Ouverture des données…", label(robot, ".status-bar #messageLabel"));
        release.countDown();
        waitFor(() -> ui.shell().readyProperty().get());
        assertNull(ui.state().pathProperty().get());

        java.util.List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            ui.background().running().addListener((javafx.collections.ListChangeListener<fr.passerelle.ui.common.BackgroundTask>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(t -> started.add(t.title()));
                }
            });
            ui.start(UiFixtures.juliette(), null);
        });
        waitFor(() -> ui.state().pathProperty().get() != null);
        assertEquals(Screen.PATH, ui.shell().screenProperty().get());
        assertFalse(started.contains("Ouverture des données"), "the data is not opened a second time: " + started);
    }

    @Test
    void failedOpeningIsSaidInTheWindowWhichStaysUsable(FxRobot robot) throws Exception {
        Files.writeString(home.resolve("cache"), "pas un dossier"); // the cache folder cannot be created
        showWindow(robot, home, Runnable::run);

        waitFor(() -> label(robot, ".status-bar #messageLabel").startsWith("Les données n'ont pas pu être préparées : "));
        assertTrue(label(robot, ".status-bar #messageLabel").contains("impossible de créer le dossier du cache"), label(robot, ".status-bar #messageLabel"));
        assertEquals("", label(robot, ".status-bar #taskLabel"), "no opening left spinning");
        robot.interact(() -> ui.shell().show(Screen.DATA));
        TableView<?> datasets = robot.lookup("#datasetsTable").queryAs(TableView.class);
        assertEquals("Aucune donnée dans le cache.", ((Label) datasets.getPlaceholder()).getText(), "no longer 'opening'");
        TextField job = robot.lookup("#jobField").queryAs(TextField.class);
        robot.interact(() -> ui.shell().show(Screen.PROFILE));
        robot.clickOn(job).write("boulanger");
        assertEquals("boulanger", job.getText(), "the window still answers");
    }

    /** With -Dpasserelle.screenshots=DIR, a PNG of the window for a person to look at (startup.md), not an assertion. */
    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("passerelle.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name).toFile());
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
