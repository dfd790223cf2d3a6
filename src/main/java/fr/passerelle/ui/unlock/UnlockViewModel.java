package fr.passerelle.ui.unlock;

import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.personal.WrongPassphraseException;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.time.Clock;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The screen over the window while the personal data is locked: set a passphrase up (first start, with the plain
 * warning that forgetting it loses the data, or continue without saving), or unlock (at start and after the inactivity
 * lock). Argon2id takes about half a second, so the key is derived through the task runner, never on the UI thread.
 */
public final class UnlockViewModel {
    public enum Mode { SETUP, UNLOCK, OPEN }

    private final PersonalData personal;
    private final SessionProfileStore profiles;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final Runnable onChanged;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /**
     * @param onChanged called on the UI thread after an unlock, a lock or the choice to continue without saving (the
     *                  profile screen reads its profiles again)
     */
    public UnlockViewModel(PersonalData personal, SessionProfileStore profiles, TaskRunner tasks, Messages messages, Clock clock,
                           Runnable onChanged) {
        this.personal = personal;
        this.profiles = profiles;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.onChanged = onChanged;
        mode.set(personal.state() == PersonalData.State.NOT_SET_UP ? Mode.SETUP
                : personal.state() == PersonalData.State.LOCKED ? Mode.UNLOCK : Mode.OPEN);
    }

    /** First start: makes the key, wraps it with the passphrase, opens the empty store. */
    public void setUp() {
        char[] pass = passphrase.get().toCharArray();
        char[] confirm = confirmation.get().toCharArray();
        run(() -> personal.setUp(pass, confirm), pass, confirm);
    }

    public void unlock() {
        if (passphrase.get().isEmpty()) {
            message.set(messages.get("unlock.empty"));
            return;
        }
        char[] pass = passphrase.get().toCharArray();
        run(() -> personal.unlock(pass), pass);
    }

    /**
     * Sets up or unlocks with a passphrase given outside the window ({@code PASSERELLE_PASSPHRASE}, for scripted
     * demonstrations and screenshots, as the {@code profiles} commands read it).
     */
    public void openWith(String given) {
        passphrase.set(given);
        confirmation.set(given);
        if (mode.get() == Mode.SETUP) {
            setUp();
        } else if (mode.get() == Mode.UNLOCK) {
            unlock();
        }
    }

    /** Keeps profiles in memory only for this session; said on the profile screen. */
    public void continueWithoutSaving() {
        profiles.use(new InMemoryProfileStore(clock));
        clear();
        mode.set(Mode.OPEN);
        onChanged.run();
    }

    /** Locks now (inactivity, or the counsellor's button): the store closes and the key is wiped from memory. */
    public void lock() {
        if (mode.get() != Mode.OPEN || !profiles.persistent()) {
            return; // nothing encrypted is open: a memory-only session has nothing to lock
        }
        profiles.lock();
        personal.lock();
        clear();
        message.set(messages.get("unlock.locked", String.valueOf(personal.settings().lockAfter().toMinutes())));
        mode.set(Mode.UNLOCK);
        onChanged.run();
    }

    @FunctionalInterface
    private interface Opening {
        fr.passerelle.app.profile.ProfileStore open() throws Exception;
    }

    private void run(Opening opening, char[]... secrets) {
        busy.set(true);
        message.set(messages.get("unlock.working"));
        tasks.run(null, progress -> {
            try {
                return opening.open();
            } finally {
                for (char[] s : secrets) {
                    Arrays.fill(s, '\0');
                }
            }
        }, store -> {
            busy.set(false);
            profiles.use(store);
            clear();
            mode.set(Mode.OPEN);
            onChanged.run();
        }, failure -> {
            busy.set(false);
            passphrase.set("");
            message.set(explain(failure));
        });
    }

    private String explain(Throwable failure) {
        if (failure instanceof WrongPassphraseException) {
            return messages.get("unlock.wrong");
        }
        if (failure instanceof PersonalData.UnlockDelayedException delayed) {
            return messages.get("unlock.wait", String.valueOf(Math.max(1, (delayed.waitTime().toMillis() + 999) / 1000)));
        }
        if (failure instanceof IllegalArgumentException) {
            // A passphrase refused by the rules: why, in the window's language ("too short: at least 12 characters").
            return capitalised(said(failure, messages)) + ".";
        }
        return messages.get("unlock.failed", said(failure, messages));
    }

    /**
     * A failure's text in the window's language when the personal data says it with its own words (key file, store
     * in use, database), else its message as written. These texts name files and error codes, never a person.
     */
    public static String said(Throwable failure, Messages messages) {
        return PersonalFailure.textOf(failure, messages.reasons()).orElse(String.valueOf(failure.getMessage()));
    }

    private void clear() {
        passphrase.set("");
        confirmation.set("");
        message.set("");
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
