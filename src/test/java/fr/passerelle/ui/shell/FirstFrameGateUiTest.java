package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's data opening waits for its first frame (startup.md): held work starts in order once the gate opens,
 * each on its own thread, never on the FX thread; work given later starts at once; a window that never draws still
 * opens its data after the fallback delay.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameGateUiTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Work that notes its name and thread, then counts down. */
    private static Runnable noting(String name, List<String> done, List<Thread> threads, CountDownLatch latch) {
        return () -> {
            done.add(name);
            threads.add(Thread.currentThread());
            latch.countDown();
        };
    }

    @Test
    void heldWorkStartsOnlyAtTheFirstFrameOffTheFxThread(FxRobot robot) throws Exception {
        FirstFrameGate gate = new FirstFrameGate();
        List<String> done = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch both = new CountDownLatch(2);
        gate.execute(noting("ouverture", done, threads, both));
        gate.execute(noting("lecture", done, threads, both));

        assertFalse(both.await(300, TimeUnit.MILLISECONDS), "nothing runs before a frame");
        assertEquals(List.of(), done);
        assertFalse(gate.released());

        robot.interact(() -> {
            Scene scene = new Scene(new VBox(new TextField()), 300, 200);
            stage.setScene(scene);
            gate.releaseAtFirstFrame(scene);
            stage.show();
        });

        assertTrue(both.await(10, TimeUnit.SECONDS), "the held work ran after the first frame");
        assertTrue(gate.released());
        assertTrue(done.containsAll(List.of("ouverture", "lecture")), done.toString());
        for (Thread thread : threads) {
            assertFalse(thread.getName().contains("JavaFX"), "not on the FX thread: " + thread.getName());
            assertTrue(thread.isDaemon(), "a daemon thread never keeps a closed window's JVM alive");
        }
        assertFalse(threads.get(0) == threads.get(1), "each held task has its own thread");

        CountDownLatch later = new CountDownLatch(1);
        gate.execute(later::countDown);
        assertTrue(later.await(5, TimeUnit.SECONDS), "work given after the first frame starts at once");
    }

    @Test
    void aWindowThatNeverDrawsStillOpensItsDataAfterTheFallback() throws Exception {
        FirstFrameGate gate = new FirstFrameGate().releaseAfter(Duration.ofMillis(200));
        CountDownLatch ran = new CountDownLatch(1);
        gate.execute(ran::countDown);

        assertTrue(ran.await(10, TimeUnit.SECONDS), "released by the fallback timer");
        assertTrue(gate.released());
    }

    @Test
    void aSecondReleaseStartsNothingTwice() throws Exception {
        FirstFrameGate gate = new FirstFrameGate();
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch one = new CountDownLatch(1);
        gate.execute(noting("ouverture", done, new CopyOnWriteArrayList<>(), one));
        gate.release();
        gate.release();

        assertTrue(one.await(5, TimeUnit.SECONDS));
        Thread.sleep(200);
        assertEquals(List.of("ouverture"), done);
    }
}
