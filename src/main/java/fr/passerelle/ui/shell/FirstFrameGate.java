package fr.passerelle.ui.shell;

import fr.passerelle.app.StartupTrace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Scene;

/**
 * Holds the data's opening until the window's first frame is laid out (startup.md, "The first frame before the
 * data"). On a two-core PC, opening the cache and reading the persisted indexes at the same time as JavaFX starts took
 * the cores from it: JavaFX itself started in 1.3 s instead of 0.3 s, and the window was usable a second later than
 * when the opening waits (benchmarks.md). Held work then starts, each task on its own daemon thread; work given
 * afterwards starts at once. A window that never draws (a failure while building it) still opens its data after
 * {@link #FALLBACK}: nothing waits on a frame that will not come.
 */
final class FirstFrameGate implements Executor {
    /** How long the data waits for a first frame at most. */
    static final Duration FALLBACK = Duration.ofSeconds(10);

    private final List<Runnable> held = new ArrayList<>();
    private boolean released;

    /** Runs {@code work} on a new daemon thread: now if the gate is open, else once it opens. */
    @Override
    public void execute(Runnable work) {
        synchronized (this) {
            if (!released) {
                held.add(work);
                return;
            }
        }
        start(work);
    }

    /** Opens the gate: the held work starts, in the order it was given. Later calls do nothing. */
    void release() {
        List<Runnable> toStart;
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
            toStart = List.copyOf(held);
            held.clear();
        }
        StartupTrace.mark("ouverture des données lancée");
        toStart.forEach(FirstFrameGate::start);
    }

    synchronized boolean released() {
        return released;
    }

    /** Opens the gate after {@code delay} whatever happens (a daemon timer: it never keeps the JVM alive). */
    FirstFrameGate releaseAfter(Duration delay) {
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "passerelle-ouverture-garde");
        timer.setDaemon(true);
        timer.start();
        return this;
    }

    /**
     * Opens the gate at the first layout pulse of {@code scene}, the frame the counsellor sees first. Its rendering then
     * runs on JavaFX's render thread while the opening takes the other core. On the FX thread.
     */
    void releaseAtFirstFrame(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                release();
            }
        });
    }

    private static void start(Runnable work) {
        Thread thread = new Thread(work, "passerelle-ouverture");
        thread.setDaemon(true);
        thread.start();
    }
}
