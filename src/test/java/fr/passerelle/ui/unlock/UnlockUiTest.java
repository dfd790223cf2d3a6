package fr.passerelle.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.shell.WorkstationUi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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

/** The real window with its personal-data cover, headless, by keyboard: setup, wrong and right passphrase, lock. */
@ExtendWith(ApplicationExtension.class)
class UnlockUiTest {
    @TempDir
    static Path homes;
    private static final java.util.concurrent.atomic.AtomicInteger HOMES = new java.util.concurrent.atomic.AtomicInteger();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private FxTaskRunner tasks;
    private PersonalData personal;
    private PersonalDataCover cover;
    private Stage stage;
    private WorkstationUi ui;
    private SessionProfileStore profiles;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        personal = new PersonalData(new Home(homes.resolve("home" + HOMES.incrementAndGet())), UnlockViewModelTest.FAST, clock);
        profiles = new SessionProfileStore();
        ui = new WorkstationUi(UiFixtures.workstation(), UiFixtures.paths(), new FakeDialogs(), background -> {
            tasks = new FxTaskRunner(background);
            return tasks;
        }, UiFixtures.personas(), profiles, UiFixtures.CLOCK);
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
    void setupThenWrongAndRightPassphraseThenLockAfterInactivity(FxRobot robot) throws Exception {
        // First start: the setup says plainly that a forgotten passphrase loses the data.
        assertTrue(coverShown(robot));
        assertEquals("Protéger les dossiers des personnes accompagnées", label(robot, ".unlock-card .screen-title"));
        assertTrue(label(robot, ".unlock-warning").contains("Si vous l'oubliez, les données personnelles seront perdues"));
        // By keyboard only: the passphrase field has the focus at start, Tab goes to the confirmation.
        robot.write(UnlockViewModelTest.PASS).type(KeyCode.TAB).write(UnlockViewModelTest.PASS).type(KeyCode.ENTER);
        try {
            waitFor(() -> !coverShown(robot));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still covered: " + label(robot, ".unlock-message"), e);
        }
        assertTrue(robot.lookup(".notice").queryAll().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("Les profils, les notes et le dernier parcours sont enregistrés sur ce poste, chiffrés")));
        snapshot("unlock-open.png");

        // Ten minutes without activity: the cover comes back, the store is closed.
        clock.advance(Duration.ofMinutes(10));
        robot.interact(() -> cover.watch().check());
        assertTrue(coverShown(robot));
        assertEquals(PersonalData.State.LOCKED, personal.state());
        assertEquals("Données personnelles verrouillées", label(robot, ".unlock-card .screen-title"));
        assertEquals("Verrouillé après 10 min sans activité.", label(robot, ".unlock-message"));

        // A wrong passphrase: said in French, still locked.
        robot.clickOn("#passphraseField").write("ce n'est pas la bonne").type(KeyCode.ENTER);
        waitFor(() -> label(robot, ".unlock-message").startsWith("Phrase secrète incorrecte"));
        assertTrue(coverShown(robot));
        snapshot("unlock-wrong.png");

        robot.write(UnlockViewModelTest.PASS).type(KeyCode.ENTER);
        waitFor(() -> !coverShown(robot));
        assertEquals(PersonalData.State.UNLOCKED, personal.state());
    }

    @Test
    void theFirstFrameHoldsTheCoverAloneThenTheWindowJoinsBehindIt(FxRobot robot) throws Exception {
        // Shown by @Start: the window is behind the cover, which stays on top.
        javafx.scene.layout.StackPane shown = (javafx.scene.layout.StackPane) ui.scene().getRoot();
        assertEquals(2, shown.getChildren().size());
        assertTrue(shown.getChildren().get(1).getStyleClass().contains("unlock-cover"));

        // A second window, watched from before its first frame.
        PersonalData other = new PersonalData(new Home(homes.resolve("home" + HOMES.incrementAndGet())), UnlockViewModelTest.FAST, clock);
        java.util.concurrent.atomic.AtomicReference<FxTaskRunner> otherTasks = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<WorkstationUi> otherUi = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.Parent> window = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Stage> otherStage = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            robot.interact(() -> {
                WorkstationUi built = new WorkstationUi(UiFixtures.workstation(), UiFixtures.paths(), new FakeDialogs(), background -> {
                    otherTasks.set(new FxTaskRunner(background));
                    return otherTasks.get();
                }, UiFixtures.personas(), new SessionProfileStore(), UiFixtures.CLOCK);
                otherUi.set(built);
                window.set(built.scene().getRoot());
                built.coverWithPersonalData(other, new SessionProfileStore(), clock);
                javafx.scene.layout.StackPane root = (javafx.scene.layout.StackPane) built.scene().getRoot();
                assertEquals(1, root.getChildren().size(), "before the first frame: the cover alone");
                assertTrue(root.getChildren().get(0).getStyleClass().contains("unlock-cover"));
                Stage second = new Stage();
                otherStage.set(second);
                second.setScene(built.scene());
                second.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            waitFor(() -> ((javafx.scene.layout.StackPane) otherUi.get().scene().getRoot()).getChildren().size() == 2);
            javafx.scene.layout.StackPane root = (javafx.scene.layout.StackPane) otherUi.get().scene().getRoot();
            assertTrue(root.getChildren().get(0) == window.get(), "the window joined behind the cover");
            assertTrue(root.getChildren().get(1).getStyleClass().contains("unlock-cover"), "the cover stays on top");
        } finally {
            robot.interact(() -> {
                if (otherStage.get() != null) {
                    otherStage.get().close();
                }
            });
            if (otherTasks.get() != null) {
                otherTasks.get().close();
            }
            other.close();
        }
    }

    @Test
    void aFollowUpInterviewShowsWhereTheLastOneEnded(FxRobot robot) throws Exception {
        robot.write(UnlockViewModelTest.PASS).type(KeyCode.TAB).write(UnlockViewModelTest.PASS).type(KeyCode.ENTER);
        waitFor(() -> !coverShown(robot));
        robot.interact(() -> ui.start(UiFixtures.juliette(), null));
        waitFor(() -> ui.state().pathProperty().get() != null && ui.plan().targetProperty().get() != null);
        String rome = ui.plan().targetProperty().get().rome();

        // The interview ends with the inactivity lock: where it ended is kept, encrypted, then the data locks.
        clock.advance(Duration.ofMinutes(10));
        robot.interact(() -> cover.watch().check());
        assertEquals(PersonalData.State.LOCKED, personal.state());
        robot.write(UnlockViewModelTest.PASS).type(KeyCode.ENTER);
        waitFor(() -> !coverShown(robot));

        var juliette = profiles.list().get(0);
        assertEquals(rome, profiles.lastPath(juliette.id()).orElseThrow().rome());
        robot.interact(() -> ui.profile().openStored(juliette));
        String shown = ui.profile().lastPathProperty().get();
        assertTrue(shown.startsWith("Dernier parcours enregistré le 2 mars 2026 : métier visé "), shown);
        assertTrue(shown.contains("(" + rome + ")"), shown);
    }

    @Test
    void openingAnotherPersonSavesWhereTheInterviewEndedInTheBackgroundWithItsOutboxItem(FxRobot robot) throws Exception {
        robot.write(UnlockViewModelTest.PASS).type(KeyCode.TAB).write(UnlockViewModelTest.PASS).type(KeyCode.ENTER);
        waitFor(() -> !coverShown(robot));
        robot.interact(() -> ui.start(UiFixtures.juliette(), null));
        waitFor(() -> ui.state().pathProperty().get() != null && ui.plan().targetProperty().get() != null);
        var juliette = profiles.list().get(0);

        robot.interact(() -> ui.profile().newPerson());

        waitFor(() -> profiles.lastPath(juliette.id()).isPresent());
        var kinds = personal.outbox().orElseThrow().pending().stream().map(i -> i.kind().wire()).toList();
        assertEquals(java.util.List.of("profil", "parcours"), kinds);
    }

    private boolean coverShown(FxRobot robot) {
        Node node = robot.lookup(".unlock-cover").query();
        return node.isVisible();
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
