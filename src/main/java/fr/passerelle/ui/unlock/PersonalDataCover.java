package fr.passerelle.ui.unlock;

import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.personal.InactivityLock;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.common.ViewLoader;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Puts the unlock / setup screen over the window (the scene's root becomes a stack of the window and the cover), and
 * locks after the configured inactivity. Built by the window's composition root; {@link #close()} saves where the
 * interview ended and locks when the window closes.
 */
public final class PersonalDataCover {
    private final UnlockViewModel model;
    private final InactivityWatch watch;
    private final LastPathSaver saver;

    private PersonalDataCover(UnlockViewModel model, InactivityWatch watch, LastPathSaver saver) {
        this.model = model;
        this.watch = watch;
        this.saver = saver;
    }

    /**
     * @param onChanged called after every unlock, lock or choice to continue without saving (profiles read again)
     */
    public static PersonalDataCover install(Scene scene, PersonalData personal, SessionProfileStore profiles, TaskRunner tasks,
                                            Messages messages, Clock clock, LastPathSaver saver, Runnable onChanged) {
        UnlockViewModel model = new UnlockViewModel(personal, profiles, tasks, messages, clock, onChanged);
        var loaded = new ViewLoader(messages).register(UnlockView.class, () -> new UnlockView(model, messages)).load(UnlockView.class);
        Parent window = scene.getRoot();
        StackPane stack = new StackPane(loaded.root());
        scene.setRoot(stack);
        if (model.modeProperty().get() == UnlockViewModel.Mode.OPEN) {
            stack.getChildren().add(0, window);
        } else {
            behindAfterFirstFrame(scene, stack, window);
        }
        scene.getStylesheets().add(PersonalDataCover.class.getResource("/fr/passerelle/ui/unlock/unlock.css").toExternalForm());
        InactivityWatch watch = new InactivityWatch(new InactivityLock(clock, personal.settings().lockAfter()), model, saver::flush);
        watch.install(scene);
        saver.install();
        loaded.controller().focus();
        return new PersonalDataCover(model, watch, saver);
    }

    /**
     * The cover is opaque: while it is up, the window behind it is neither seen nor typed in. So the first frame styles
     * and lays out the cover alone, and the counsellor can type her passphrase sooner (startup.md); the window joins
     * the stack, behind the cover, on the FX thread's next turn after that frame.
     */
    private static void behindAfterFirstFrame(Scene scene, StackPane stack, Parent window) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> stack.getChildren().add(0, window));
            }
        });
    }

    public UnlockViewModel model() {
        return model;
    }

    public InactivityWatch watch() {
        return watch;
    }

    /** The window closes: keeps where the interview ended, then locks (the key leaves memory). */
    public void close() {
        watch.stop();
        saver.flush();
        model.lock();
    }
}
