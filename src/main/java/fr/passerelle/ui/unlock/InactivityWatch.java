package fr.passerelle.ui.unlock;

import fr.passerelle.personal.InactivityLock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Watches the window for activity (keys, clicks, mouse moves, scrolls) and locks the personal data after the
 * configured time without any. The clock is the core {@link InactivityLock}'s, so tests move it by hand and call
 * {@link #check()} instead of waiting.
 */
public final class InactivityWatch {
    private final InactivityLock lock;
    private final UnlockViewModel model;
    private final Runnable beforeLock;
    private Timeline timer;

    /** @param beforeLock run just before locking (keeps where the interview ended while the store is still open) */
    public InactivityWatch(InactivityLock lock, UnlockViewModel model, Runnable beforeLock) {
        this.lock = lock;
        this.model = model;
        this.beforeLock = beforeLock;
    }

    /** Listens to the scene's input and checks every 5 seconds. */
    public void install(Scene scene) {
        for (var type : java.util.List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_MOVED, ScrollEvent.SCROLL)) {
            scene.addEventFilter(type, this::activity);
        }
        timer = new Timeline(new KeyFrame(Duration.seconds(5), e -> check()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    private void activity(Event e) {
        lock.touch();
    }

    /** Locks when the time without activity has run out. */
    public void check() {
        if (model.modeProperty().get() == UnlockViewModel.Mode.OPEN && lock.due()) {
            beforeLock.run();
            model.lock();
        }
        if (model.modeProperty().get() != UnlockViewModel.Mode.OPEN) {
            lock.touch(); // the count starts again at the next unlock
        }
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }
}
