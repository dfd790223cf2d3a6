package fr.passerelle.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.app.Home;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unlock screen's messages in the window's language: a passphrase refused by the rules (and why), a wrong one, a
 * damaged key file, a store already open in another Passerelle; French exactly as before, English when the window
 * speaks English.
 */
class UnlockLanguageTest {
    private static final String PASS = UnlockViewModelTest.PASS;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<PersonalData> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(PersonalData::close);
    }

    private UnlockViewModel model(Locale language) {
        PersonalData personal = new PersonalData(new Home(dir), UnlockViewModelTest.FAST, clock);
        opened.add(personal);
        return new UnlockViewModel(personal, new SessionProfileStore(), TaskRunner.synchronous(), new Messages(language), clock, () -> { });
    }

    private String setUp(Locale language, String passphrase, String confirmation) {
        UnlockViewModel model = model(language);
        model.passphraseProperty().set(passphrase);
        model.confirmationProperty().set(confirmation);
        model.setUp();
        return model.messageProperty().get();
    }

    private String unlock(Locale language, String passphrase) {
        UnlockViewModel model = model(language);
        model.passphraseProperty().set(passphrase);
        model.unlock();
        return model.messageProperty().get();
    }

    @ParameterizedTest(name = "« {0} » / « {1} »")
    @CsvSource(delimiter = '|', value = {
            "court | court | La phrase secrète doit compter au moins 12 caractères (une courte phrase de quelques mots convient)."
                    + " | The passphrase is too short: it needs at least 12 characters (a short sentence of a few words will do).",
            "aaaaaaaaaaaaaaaa | aaaaaaaaaaaaaaaa | La phrase secrète est trop répétitive : choisissez quelques mots."
                    + " | The passphrase is too repetitive: choose a few different words.",
            "le merle chante au printemps | le merle chante en hiver | Les deux saisies de la phrase secrète diffèrent."
                    + " | The passphrase and its confirmation do not match."})
    void aPassphraseRefusedAtSetupSaysWhyInTheWindowsLanguage(String pass, String confirmation, String french, String english) {
        assertEquals(french, setUp(Locale.FRENCH, pass, confirmation));
        assertEquals(english, setUp(Locale.ENGLISH, pass, confirmation));
        assertEquals(PersonalData.State.NOT_SET_UP, opened.get(0).state(), "nothing was set up");
    }

    @Test
    void aWrongPassphraseADamagedKeyFileAndABusyStoreAreSaidInEnglish() throws Exception {
        assertEquals("", setUp(Locale.ENGLISH, PASS, PASS));
        opened.forEach(PersonalData::close);

        assertEquals("Wrong passphrase: the data stays locked, nothing was changed.", unlock(Locale.ENGLISH, "ce n'est pas la bonne"));
        assertEquals("Phrase secrète incorrecte : les données restent verrouillées, rien n'a été modifié.",
                unlock(Locale.FRENCH, "ce n'est pas la bonne"));

        // Another Passerelle has the data open: the second one says so and stays locked.
        PersonalData window = new PersonalData(new Home(dir), UnlockViewModelTest.FAST, clock);
        opened.add(window);
        window.unlock(PASS.toCharArray());
        assertEquals("Cannot open: the personal data is already open in another Passerelle on this workstation (a window or"
                + " a profiles command): close it, then try again", unlock(Locale.ENGLISH, PASS));
        assertEquals("Ouverture impossible : les données personnelles sont déjà ouvertes par un autre Passerelle sur ce poste"
                + " (une fenêtre ou une commande profiles) : fermez-le, puis réessayez", unlock(Locale.FRENCH, PASS));
        window.close();

        // A key file edited by hand: named, with what is wrong.
        Path key = new Home(dir).personalKeyFile();
        String text = Files.readString(key, StandardCharsets.ISO_8859_1).replaceAll("(?m)^format=.*$", "format=autre");
        Files.writeString(key, text, StandardCharsets.ISO_8859_1);
        assertEquals("Cannot open: " + key + ": not a key file this Passerelle knows (expected passerelle-personal-key-1,"
                + " argon2id)", unlock(Locale.ENGLISH, PASS));
        assertEquals("Ouverture impossible : " + key + " : format de fichier de clé inconnu (attendu"
                + " passerelle-personal-key-1, argon2id)", unlock(Locale.FRENCH, PASS));
    }

    @Test
    void repeatedWrongPassphrasesMakeTheEnglishScreenSayHowLongToWait() {
        assertEquals("", setUp(Locale.ENGLISH, PASS, PASS));
        opened.forEach(PersonalData::close);
        UnlockViewModel model = model(Locale.ENGLISH);
        for (int i = 0; i < 3; i++) {
            model.passphraseProperty().set("ce n'est pas la bonne");
            model.unlock();
        }
        model.passphraseProperty().set(PASS);
        model.unlock();

        assertEquals("Too many attempts: try again in 2 s.", model.messageProperty().get());
    }
}
