package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.TrainingBundlesTest;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.KeyFile;
import fr.passerelle.personal.KeyVault;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.personal.PassphraseRules;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.store.personal.PersonalRows;
import fr.passerelle.store.personal.PersonalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * The personal data's messages (engine/words/personal*.properties): every key is a {@code personal.} key (parity
 * and no key shared with another family: MessageBundlesParityTest), and each message is reached by the code that says it (a wrong passphrase, a damaged key
 * file, a store open twice, an H2 failure...), in French exactly as {@code getMessage()} and in English through the
 * renderer, never quoting a person's name, a note or a passphrase.
 */
class PersonalMessagesTest {
    private static final char[] PASS = "le merle chante au printemps".toCharArray();
    private static final String NAME = "Zéphyrine Quintavalle";
    /**
     * Keys no test reaches by a real failure, because it needs a broken disk or H2 at a precise instant: a compaction's
     * move failing, the schema migration failing, a jOOQ error with no SQL cause, the context gone between a failed
     * compaction and its reconnection. Their texts are still checked for keys and placeholders.
     */
    private static final Set<String> NOT_REACHED = Set.of("personal.database.compactIo", "personal.database.schema",
            "personal.database.failed", "personal.database.locked");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<AutoCloseable> open = new ArrayList<>();
    private final Set<String> reached = new TreeSet<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static Properties file(String name) {
        return TrainingBundlesTest.file(name);
    }

    @Test
    void everyKeyOfTheBundleIsAPersonalKey() {
        // Parity with English and no key shared with another family: MessageBundlesParityTest, for every family.
        for (String key : file("personal.properties").stringPropertyNames()) {
            assertTrue(key.startsWith("personal."), key);
        }
    }

    /**
     * The failure, checked: French is its message, English is said ({@code english}, unless null: checked by the
     * caller), neither leaks a name, a note or the passphrase; its keys are counted as reached.
     */
    private <T extends Throwable> T said(Class<T> type, Executable action, String english) {
        T failure = assertThrows(type, action);
        PersonalFailure f = (PersonalFailure) failure;
        assertEquals(MessageRenderer.french().render(f.said()), failure.getMessage());
        if (english != null) {
            assertEquals(english, f.text(MessageRenderer.english()));
        }
        for (String text : List.of(failure.getMessage(), f.text(MessageRenderer.english()))) {
            assertFalse(text.contains(NAME) || text.contains("Confidentiel") || text.contains(new String(PASS)), text);
        }
        collect(f.said());
        return failure;
    }

    private void collect(Message m) {
        reached.add(m.key());
        m.params().stream().filter(p -> p instanceof fr.passerelle.engine.words.Param.Nested)
                .forEach(p -> collect(((fr.passerelle.engine.words.Param.Nested) p).message()));
    }

    private PersonalData data(Path home) {
        PersonalData d = new PersonalData(new Home(home), PersonalDataTest.FAST, clock);
        open.add(d);
        return d;
    }

    @Test
    void everyMessageIsReachedByTheCodeThatSaysItInBothLanguages() throws Exception {
        Path home = dir.resolve("home");
        Home h = new Home(home);
        // The passphrase rules, at setup.
        said(IllegalArgumentException.class, () -> data(home).setUp("court".toCharArray(), "court".toCharArray()),
                "the passphrase is too short: it needs at least 12 characters (a short sentence of a few words will do)");
        said(IllegalArgumentException.class, () -> data(home).setUp("aaaaaaaaaaaaaa".toCharArray(), "aaaaaaaaaaaaaa".toCharArray()),
                "the passphrase is too repetitive: choose a few different words");
        said(IllegalArgumentException.class, () -> data(home).setUp(PASS, "le merle chante en hiver".toCharArray()),
                "the passphrase and its confirmation do not match");
        assertTrue(PassphraseRules.refusal(PASS, PASS.clone()).isEmpty());

        // A person and a note, then the store's own failures.
        PersonalData first = data(home);
        EncryptedProfileStore profiles = first.setUp(PASS, PASS.clone());
        StoredProfile person = profiles.create(NAME, new PathRequest(null, "D1505", "Roubaix", 30, null, null, null, null, null, NAME));
        said(IllegalArgumentException.class, () -> profiles.addNote(person.id(), "Confidentiel.".repeat(2_000)),
                "the note is too long (26000 characters, at most 20000)");
        said(IllegalArgumentException.class, () -> profiles.create("Confidentiel".repeat(20), null),
                "the name is too long (240 characters, at most 200)");
        said(ProfileNotFoundException.class, () -> profiles.addNote("0000-inconnu", "Confidentiel"),
                "no profile \"0000-inconnu\" on this workstation");
        PersonalStore store = first.openStore();
        // A note for nobody: H2 refuses it (foreign key) and quotes the row in its own text; ours gives the code only.
        var fk = said(fr.passerelle.store.StoreException.class, () -> store.insertNote(
                new PersonalRows.Note("n1", "0000-inconnu", "Confidentiel : " + NAME, clock.instant()), null), null);
        assertEquals("données personnelles : enregistrement de la note impossible (erreur H2 23506, état 23506)", fk.getMessage());
        assertEquals("personal data: saving the note failed (H2 error 23506, state 23506)",
                ((PersonalFailure) fk).text(MessageRenderer.english()));
        said(fr.passerelle.store.StoreException.class, () -> data(home).unlock(PASS),
                "the personal data is already open in another Passerelle on this workstation (a window or a profiles"
                        + " command): close it, then try again");
        first.lock();
        said(IllegalStateException.class, () -> first.erase(person.id()), "the personal data is locked: type the passphrase");
        said(IllegalStateException.class, () -> new SessionProfileStore().addNote(person.id(), "Confidentiel"), "the personal data is locked: type the passphrase");
        said(fr.passerelle.store.StoreException.class, store::all, "the personal data is closed");

        // Wrong passphrases, then the wait.
        PersonalData typist = data(home);
        for (int i = 0; i < 3; i++) {
            said(fr.passerelle.personal.WrongPassphraseException.class, () -> typist.unlock("le merle chante en hiver".toCharArray()),
                    "wrong passphrase: the personal data stays locked and nothing was changed");
        }
        said(PersonalData.UnlockDelayedException.class, () -> typist.unlock(PASS), "too many passphrase attempts: try again in 2 s");

        // Another workstation's key file (same passphrase): the database does not open with its key.
        Path other = dir.resolve("other");
        data(other).setUp(PASS, PASS.clone());
        Path key = h.personalKeyFile();
        Path saved = dir.resolve("saved.properties");
        Files.copy(key, saved);
        Files.copy(new Home(other).personalKeyFile(), key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        said(fr.passerelle.store.StoreException.class, () -> data(home).unlock(PASS),
                "the personal database does not open with this key (was " + PersonalStore.databaseFile(h.personalFolder())
                        + " replaced or damaged?); nothing was changed");
        Files.copy(saved, key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // The key file itself.
        KeyVault vault = new KeyVault(key);
        said(fr.passerelle.personal.KeyFileException.class, () -> vault.create(PASS, KdfParameters.OWASP_MINIMUM),
                "a passphrase is already set up (" + key + "): it is not replaced");
        said(fr.passerelle.personal.KeyFileException.class, () -> KeyFile.read(dir.resolve("none.properties")),
                "cannot read the key file (" + dir.resolve("none.properties") + "): NoSuchFileException");
        KeyFile good = KeyFile.read(key);
        Path nowhere = dir.resolve("missing/key.properties");
        said(fr.passerelle.personal.KeyFileException.class, () -> good.write(nowhere),
                "cannot write the key file (" + nowhere + "): NoSuchFileException; the old passphrase still works");
        Function<String, Path> edited = line -> {
            try {
                Path copy = dir.resolve("edited.properties");
                List<String> lines = new ArrayList<>();
                String field = line.substring(0, line.indexOf('=') + 1);
                for (String l : Files.readAllLines(key, StandardCharsets.ISO_8859_1)) {
                    lines.add(l.startsWith(field) ? line : l);
                }
                return Files.write(copy, lines, StandardCharsets.ISO_8859_1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Path copy = edited.apply("format=autre");
        said(fr.passerelle.personal.KeyFileException.class, () -> KeyFile.read(copy),
                copy + ": not a key file this Passerelle knows (expected passerelle-personal-key-1, argon2id)");
        edited.apply("memoryKiB=1024");
        said(fr.passerelle.personal.KeyFileException.class, () -> KeyFile.read(copy),
                copy + ": Argon2id settings below the OWASP minimum (1024 KiB, 2 passes): file refused");
        edited.apply("iterations=deux");
        said(fr.passerelle.personal.KeyFileException.class, () -> KeyFile.read(copy),
                copy + ": the key file is incomplete or was edited (NumberFormatException)");
        edited.apply("nonce=");
        said(fr.passerelle.personal.KeyFileException.class, () -> new KeyVault(copy).unlock(PASS),
                "the key file cannot be used: InvalidAlgorithmParameterException");

        // Folders that cannot be made: the personal folder (its parent is a file), the lock (a folder in its place).
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "not a folder");
        // The exception's name depends on the file system (FileSystemException, FileAlreadyExistsException): the start is ours.
        var setUp = said(IllegalStateException.class, () -> data(blocked).setUp(PASS, PASS.clone()), null);
        assertTrue(((PersonalFailure) setUp).text(MessageRenderer.english())
                .startsWith("cannot create the folder " + new Home(blocked).personalFolder() + ": "), setUp.getMessage());
        var folder = said(fr.passerelle.store.StoreException.class, () -> PersonalStore.open(blocked.resolve("personal"), null), null);
        assertTrue(((PersonalFailure) folder).text(MessageRenderer.english())
                .startsWith("cannot create the personal data folder (" + blocked.resolve("personal") + "): "), folder.getMessage());
        Path locked = dir.resolve("locked");
        Files.createDirectories(locked.resolve("personal/open.lock"));
        said(fr.passerelle.store.StoreException.class, () -> PersonalStore.open(locked.resolve("personal"), null),
                "cannot lock the personal data (" + locked.resolve("personal/open.lock") + "): FileSystemException");

        // The settings file a service may edit: a value that is not a number, then a malformed escape.
        Path settings = Files.writeString(dir.resolve("personal-settings.properties"), "lockMinutes=jamais\n");
        said(IllegalArgumentException.class, () -> PersonalSettings.read(settings),
                settings + ": lockMinutes = \"jamais\": expected a whole number from 1 to 240");
        Path malformed = Files.writeString(dir.resolve("malformed.properties"), "lockMinutes=\\uZZZZ\n");
        said(IllegalArgumentException.class, () -> PersonalSettings.read(malformed),
                malformed + ": cannot be read (IllegalArgumentException)");

        Set<String> expected = new TreeSet<>(file("personal.properties").stringPropertyNames());
        expected.removeIf(k -> k.startsWith("personal.action.") && !reached.contains(k));
        expected.removeAll(NOT_REACHED);
        assertEquals(expected, reached);
    }

    @Test
    void everyActionTheStoreNamesIsInTheBundle() throws Exception {
        // An action is named in the store's code by its key suffix: a missing one would throw while saying a failure.
        Set<String> named = new TreeSet<>();
        for (String source : List.of("PersonalStore.java", "PersonalDatabase.java")) {
            String code = Files.readString(Path.of("src/main/java/fr/passerelle/store/personal", source));
            Matcher m = Pattern.compile("(?:run|change|write|failure)\\(\"([a-z.]+)\"").matcher(code);
            while (m.find()) {
                named.add("personal.action." + m.group(1));
            }
        }
        Set<String> actions = new TreeSet<>(file("personal.properties").stringPropertyNames());
        actions.removeIf(k -> !k.startsWith("personal.action."));
        assertEquals(actions, named);
    }
}
