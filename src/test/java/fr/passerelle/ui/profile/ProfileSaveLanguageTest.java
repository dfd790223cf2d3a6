package fr.passerelle.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.app.Home;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.PersonalSettings;
import fr.passerelle.personal.InactivityLock;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.RetentionPolicy;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile screen when the personal data refuses a save (locked by inactivity between the click and the work, a note
 * too long): the reason in the window's language, French exactly as before.
 */
class ProfileSaveLanguageTest {
    private final SessionProfileStore store = new SessionProfileStore();

    private ProfileViewModel model(Locale language) {
        return new ProfileViewModel(UiFixtures.paths(), store, new InterviewState(), TaskRunner.synchronous(), new FakeDialogs(),
                screen -> { }, new Messages(language), UiFixtures.personas());
    }

    @Test
    void aProfileSavedWhileTheDataIsLockedSaysSoInTheWindowsLanguage() {
        ProfileViewModel english = model(Locale.ENGLISH);
        ProfileViewModel french = model(Locale.FRENCH);
        english.openRequest(UiFixtures.juliette());
        french.openRequest(UiFixtures.juliette());

        english.showPath();
        french.showPath();

        assertEquals("The path could not be computed: the personal data is locked: type the passphrase",
                english.messageProperty().get());
        assertEquals("Le parcours n'a pas pu être calculé : données personnelles verrouillées : saisissez la phrase secrète",
                french.messageProperty().get());
    }

    @Test
    void aNoteTooLongForTheEncryptedStoreIsRefusedWithItsLengthInTheWindowsLanguage(@TempDir Path dir) {
        try (PersonalData personal = new PersonalData(new Home(dir), new PersonalSettings(RetentionPolicy.DEFAULT,
                InactivityLock.DEFAULT_TIMEOUT, KdfParameters.OWASP_MINIMUM), UiFixtures.CLOCK)) {
            char[] pass = "le merle chante au printemps".toCharArray();
            store.use(personal.setUp(pass, pass.clone()));
            assertNoteRefused();
        }
    }

    private void assertNoteRefused() {
        ProfileViewModel english = model(Locale.ENGLISH);
        english.openRequest(UiFixtures.juliette());
        english.showPath();
        english.newNoteProperty().set("x".repeat(20_001));

        english.addNote();

        assertEquals("the note is too long (20001 characters, at most 20000)", english.messageProperty().get());
    }
}
