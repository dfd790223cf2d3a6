package fr.passerelle.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.profile.EncryptedProfileStore;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.PersonalSettings;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.personal.InactivityLock;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.RetentionPolicy;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.OutboxItem;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's offline edits reach the outbox, and the profile screen writes them through the TaskRunner (off the FX
 * thread): nothing is written while the caller (the FX thread in the window) runs, everything once the work has run.
 */
class ProfileOutboxViewModelTest {
    @TempDir
    Path dir;
    private PersonalData data;

    /** Keeps the work until the test runs it on another thread, as the FX runner would. */
    static final class DeferredRunner implements TaskRunner {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> Handle run(String title, Work<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                              Consumer<Throwable> onFailure) {
            queued.add(() -> {
                Object[] result = new Object[1];
                Throwable[] failure = new Throwable[1];
                Thread worker = new Thread(() -> {
                    try {
                        result[0] = work.run(ProgressListener.NONE);
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                }, "runner");
                worker.start();
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                if (failure[0] != null) {
                    onFailure.accept(failure[0]);
                } else {
                    @SuppressWarnings("unchecked") T t = (T) result[0];
                    onSuccess.accept(t);
                }
            });
            return () -> { };
        }

        void runAll() {
            List<Runnable> now = List.copyOf(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }

    @AfterEach
    void close() {
        if (data != null) {
            data.close();
        }
    }

    @Test
    void savingAProfileAndANoteInTheWindowGoesThroughTheRunnerAndQueuesTheirItems() {
        data = new PersonalData(new Home(dir), new PersonalSettings(RetentionPolicy.DEFAULT, InactivityLock.DEFAULT_TIMEOUT,
                KdfParameters.OWASP_MINIMUM), UiFixtures.CLOCK);
        EncryptedProfileStore store = data.setUp("le merle chante au printemps".toCharArray(),
                "le merle chante au printemps".toCharArray());
        Outbox outbox = data.outbox().orElseThrow();
        InterviewState state = new InterviewState();
        DeferredRunner runner = new DeferredRunner();
        ProfileViewModel model = new ProfileViewModel(UiFixtures.paths(), store, state, runner, new FakeDialogs(), s -> { },
                Messages.french(), UiFixtures.personas());

        model.openRequest(UiFixtures.juliette());
        model.showPath();
        assertEquals(0, store.list().size(), "nothing written on the caller's thread");
        runner.runAll();
        assertEquals(1, store.list().size());
        assertEquals(store.list().get(0).id(), state.personProperty().get().id());

        model.newNoteProperty().set("Souhaite travailler près de Lille");
        model.addNote();
        assertEquals(1, outbox.unsentCount(), "the note waits for the runner");
        runner.runAll();

        List<OutboxItem> pending = outbox.pending();
        assertEquals(List.of(OutboxItem.Kind.PROFILE, OutboxItem.Kind.NOTE), pending.stream().map(OutboxItem::kind).toList());
        assertTrue(pending.get(1).payloadJson().contains("Souhaite travailler près de Lille"));
        assertEquals(List.of("Souhaite travailler près de Lille"), model.notes().stream().map(n -> n.text()).toList());
        assertEquals("", model.newNoteProperty().get());
    }
}
