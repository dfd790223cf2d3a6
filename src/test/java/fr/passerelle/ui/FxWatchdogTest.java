package fr.passerelle.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The watchdog itself: it must catch a blocked FX thread (else the flow tests prove nothing) and spare a free one. */
@ExtendWith(ApplicationExtension.class)
class FxWatchdogTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void aSleepOnTheFxThreadIsCaught(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.interact(() -> sleep(150));
            Thread.sleep(50);
            assertEquals(1, watchdog.blocks().size(), watchdog.blocks().toString());
            assertTrue(watchdog.blocks().get(0).contains("FxWatchdogTest"), watchdog.blocks().get(0));
        }
    }

    @Test
    void busyWorkOnTheFxThreadIsCaught(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.interact(FxWatchdogTest::spin150MsOfCpu);
            Thread.sleep(50);
            assertEquals(1, watchdog.blocks().size(), watchdog.blocks().toString());
        }
    }

    @Test
    void shortWorkOnTheFxThreadIsNotABlock(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            for (int i = 0; i < 20; i++) {
                robot.interact(() -> sleep(3));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(!watchdog.blocks().isEmpty(), watchdog.blocks().toString());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void spin150MsOfCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        double x = 0;
        while (mx.getCurrentThreadCpuTime() - start < 150_000_000L) {
            x += Math.sqrt(x + 1);
        }
        if (x < 0) {
            throw new AssertionError();
        }
    }
}
