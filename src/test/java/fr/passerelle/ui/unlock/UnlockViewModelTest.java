package fr.passerelle.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.PersonalSettings;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.personal.InactivityLock;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.personal.RetentionPolicy;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setup, unlock, continue without saving, lock after inactivity: the unlock screen's decisions, without a toolkit. */
class UnlockViewModelTest {
    static final String PASS = "le merle chante au printemps";
    static final PersonalSettings FAST = new PersonalSettings(RetentionPolicy.DEFAULT, InactivityLock.DEFAULT_TIMEOUT,
            KdfParameters.OWASP_MINIMUM);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SessionProfileStore profiles = new SessionProfileStore();
    private final AtomicInteger changes = new AtomicInteger();
    private PersonalData personal;

    private UnlockViewModel model() {
        personal = new PersonalData(new Home(dir), FAST, clock);
        return new UnlockViewModel(personal, profiles, TaskRunner.synchronous(), Messages.french(), clock, changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        if (personal != null) {
            personal.close();
        }
    }

    private void setUpOnce() {
        UnlockViewModel first = model();
        first.passphraseProperty().set(PASS);
        first.confirmationProperty().set(PASS);
        first.setUp();
        profiles.create("Zéphyrine", new PathRequest(null, "D1505", "Roubaix", 30, null, null, null, null, null, "Zéphyrine"));
        personal.close();
        profiles.lock();
    }

    @Test
    void theFirstStartOffersSetupAndASetupOpensAnEncryptedStore() {
        UnlockViewModel model = model();
        assertEquals(UnlockViewModel.Mode.SETUP, model.modeProperty().get());
        model.passphraseProperty().set(PASS);
        model.confirmationProperty().set(PASS);

        model.setUp();

        assertEquals(UnlockViewModel.Mode.OPEN, model.modeProperty().get());
        assertTrue(profiles.persistent());
        assertEquals("", model.passphraseProperty().get(), "the passphrase does not stay in the field");
        assertEquals(1, changes.get());
    }

    @Test
    void aShortPassphraseIsRefusedWithTheRuleAndNothingIsSetUp() {
        UnlockViewModel model = model();
        model.passphraseProperty().set("court");
        model.confirmationProperty().set("court");

        model.setUp();

        assertEquals(UnlockViewModel.Mode.SETUP, model.modeProperty().get());
        assertTrue(model.messageProperty().get().startsWith("La phrase secrète doit compter au moins 12 caractères"),
                model.messageProperty().get());
        assertEquals(PersonalData.State.NOT_SET_UP, personal.state());
    }

    @Test
    void continuingWithoutSavingKeepsProfilesInMemoryOnly() {
        UnlockViewModel model = model();

        model.continueWithoutSaving();

        assertEquals(UnlockViewModel.Mode.OPEN, model.modeProperty().get());
        assertFalse(profiles.persistent());
        assertEquals(PersonalData.State.NOT_SET_UP, personal.state(), "nothing was written");
    }

    @Test
    void aWrongPassphraseSaysSoInFrenchAndTheRightOneOpensTheProfiles() {
        setUpOnce();
        UnlockViewModel model = model();
        assertEquals(UnlockViewModel.Mode.UNLOCK, model.modeProperty().get());
        model.passphraseProperty().set("ce n'est pas la bonne");

        model.unlock();

        assertEquals("Phrase secrète incorrecte : les données restent verrouillées, rien n'a été modifié.",
                model.messageProperty().get());
        assertEquals(UnlockViewModel.Mode.UNLOCK, model.modeProperty().get());
        model.passphraseProperty().set(PASS);
        model.unlock();
        assertEquals(UnlockViewModel.Mode.OPEN, model.modeProperty().get());
        assertEquals("Zéphyrine", profiles.list().get(0).name());
    }

    @Test
    void afterTenMinutesWithoutActivityTheDataLocksAndTheKeyIsClosed() {
        UnlockViewModel model = model();
        model.passphraseProperty().set(PASS);
        model.confirmationProperty().set(PASS);
        model.setUp();
        AtomicInteger saved = new AtomicInteger();
        InactivityWatch watch = new InactivityWatch(new InactivityLock(clock, personal.settings().lockAfter()), model,
                saved::incrementAndGet);

        clock.advance(Duration.ofMinutes(9));
        watch.check();
        assertEquals(UnlockViewModel.Mode.OPEN, model.modeProperty().get());
        clock.advance(Duration.ofMinutes(1));
        watch.check();

        assertEquals(UnlockViewModel.Mode.UNLOCK, model.modeProperty().get());
        assertEquals("Verrouillé après 10 min sans activité.", model.messageProperty().get());
        assertEquals(PersonalData.State.LOCKED, personal.state());
        assertTrue(profiles.list().isEmpty());
        assertThrows(IllegalStateException.class, () -> profiles.create("x", null));
        assertEquals(1, saved.get(), "where the interview ended was kept before locking");
    }
}
