package fr.passerelle.app.profile;

import fr.passerelle.app.Home;
import fr.passerelle.engine.words.Message;
import fr.passerelle.personal.DataKey;
import fr.passerelle.personal.KeyVault;
import fr.passerelle.personal.PassphraseRules;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.personal.PersonalLockedException;
import fr.passerelle.personal.UnlockThrottle;
import fr.passerelle.personal.WrongPassphraseException;
import fr.passerelle.store.personal.PersonalRows;
import fr.passerelle.store.personal.PersonalStore;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.SyncSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The job seekers' personal data of a workstation, from setup to lock: the wrapped key ({@link KeyVault}), the
 * encrypted database ({@link PersonalStore}) and the retention rule. Unlocking opens the database with the data key,
 * then purges the files past their retention; locking closes it and wipes the key from memory.
 */
public final class PersonalData implements AutoCloseable {
    public enum State { NOT_SET_UP, LOCKED, UNLOCKED }

    private final Home home;
    private final PersonalSettings settings;
    private final Clock clock;
    private final KeyVault vault;
    private final UnlockThrottle throttle;
    private PersonalStore store;
    private EncryptedProfileStore profiles;
    private PersonalOutbox outbox;

    public PersonalData(Home home, PersonalSettings settings, Clock clock) {
        this.home = home;
        this.settings = settings;
        this.clock = clock;
        this.vault = new KeyVault(home.personalKeyFile());
        this.throttle = new UnlockThrottle(clock);
    }

    /** With the settings of the home's {@code personal-settings.properties} (defaults when absent). */
    public static PersonalData open(Home home, Clock clock) {
        return new PersonalData(home, PersonalSettings.read(home.personalSettingsFile()), clock);
    }

    public synchronized State state() {
        return store != null ? State.UNLOCKED : vault.exists() ? State.LOCKED : State.NOT_SET_UP;
    }

    public PersonalSettings settings() {
        return settings;
    }

    /** The encrypted H2 file. */
    public Path databaseFile() {
        return PersonalStore.databaseFile(home.personalFolder());
    }

    /**
     * First use: makes the data key, wraps it with the passphrase and opens the new, empty database. A passphrase that
     * breaks {@link PassphraseRules} is refused ({@link fr.passerelle.personal.PersonalRefusal}, an
     * {@link IllegalArgumentException} said in French or English) and nothing is
     * written.
     */
    public synchronized EncryptedProfileStore setUp(char[] passphrase, char[] confirmation) {
        PassphraseRules.require(passphrase, confirmation);
        try {
            Files.createDirectories(home.personalFolder());
        } catch (java.io.IOException e) {
            throw new FolderException(PersonalFailure.message("personal.setup.folder", home.personalFolder(), e.getClass().getSimpleName()));
        }
        try (DataKey key = vault.create(passphrase, settings.kdf())) {
            return opened(key);
        }
    }

    /**
     * Opens the data with the passphrase, then purges the files past their retention. A wrong passphrase changes
     * nothing and makes the next attempt wait longer after a few ({@link UnlockDelayedException}).
     */
    public synchronized EncryptedProfileStore unlock(char[] passphrase) throws WrongPassphraseException {
        if (store != null) {
            return profiles;
        }
        Duration wait = throttle.waitRemaining();
        if (!wait.isZero()) {
            throw new UnlockDelayedException(wait);
        }
        DataKey key;
        try {
            key = vault.unlock(passphrase);
        } catch (WrongPassphraseException e) {
            throttle.failed();
            throw e;
        }
        throttle.succeeded();
        try (key) {
            EncryptedProfileStore opened = opened(key);
            purgeExpired();
            return opened;
        }
    }

    /** Closes the database and wipes the key from memory; the data stays on disk, encrypted. */
    public synchronized void lock() {
        if (store != null) {
            store.close();
            store = null;
            profiles = null;
            outbox = null;
        }
    }

    /** Rewraps the data key with a new passphrase; the database is not rewritten (and may stay open). */
    public synchronized void changePassphrase(char[] current, char[] next, char[] confirmation) throws WrongPassphraseException {
        PassphraseRules.require(next, confirmation);
        Duration wait = throttle.waitRemaining();
        if (!wait.isZero()) {
            throw new UnlockDelayedException(wait);
        }
        try {
            vault.changePassphrase(current, next, settings.kdf());
        } catch (WrongPassphraseException e) {
            throttle.failed();
            throw e;
        }
        throttle.succeeded();
    }

    /** The outbox (the counsellor's work not yet acknowledged by the agency) while unlocked. */
    public synchronized Optional<Outbox> outbox() {
        return Optional.ofNullable(outbox);
    }

    /** The profiles while unlocked. */
    public synchronized Optional<EncryptedProfileStore> profiles() {
        return Optional.ofNullable(profiles);
    }

    /**
     * Deletes every profile past its retention (with its notes and paths), compacts the file and, when it deleted some,
     * writes one line to the journal: the date, the count and the rule, never a name. Returns how many were deleted.
     */
    public synchronized int purgeExpired() {
        PersonalStore open = requireOpen();
        ZoneId zone = clock.getZone();
        List<PersonalRows.Person> expired = open.all().stream()
                .filter(p -> settings.retention().expired(p.updated(), p.supportEnd(), clock.instant(), zone)).toList();
        // Each with her outbox items, an erasure item queued for the agency instead (sync.md, "Erasure").
        expired.forEach(p -> profiles.eraseWithoutCompacting(p.id(), "conservation"));
        if (!expired.isEmpty()) {
            open.compact();
        }
        if (!expired.isEmpty()) {
            // Only purges that deleted something: one line per unlock would drown them.
            PersonalJournal.append(home.logsFolder(), clock, "purge de conservation : " + expired.size() + " dossier(s)"
                    + " supprimé(s) (sans activité ni fin d'accompagnement depuis " + settings.retention().keep().toTotalMonths()
                    + " mois), fichier compacté");
        }
        return expired.size();
    }

    /** Erases one job seeker on request (her notes and paths with her) and compacts the file; false when unknown. */
    public synchronized boolean erase(String id) {
        requireOpen();
        boolean erased = profiles.erase(id, "demande");
        if (erased) {
            PersonalJournal.append(home.logsFolder(), clock, "effacement sur demande : 1 dossier supprimé, fichier compacté");
        }
        return erased;
    }

    /** One job seeker's data as JSON (right of access and portability), for the counsellor to save where she chooses. */
    public synchronized String export(String id) throws ProfileNotFoundException {
        requireOpen();
        return ProfileExport.json(profiles, id, clock.instant());
    }

    public UnlockThrottle throttle() {
        return throttle;
    }

    private EncryptedProfileStore opened(DataKey key) {
        store = PersonalStore.open(home.personalFolder(), key);
        String origin = laptop(home);
        profiles = new EncryptedProfileStore(store, clock, origin);
        outbox = new PersonalOutbox(store, origin, clock);
        JournalMigration.run(home.personalFolder(), store, origin, clock);
        profiles.queueEarlierFiles();
        return profiles;
    }

    /** This laptop's name in outbox items: {@code laptop} of sync.properties, else the host name. */
    private static String laptop(Home home) {
        try {
            return SyncSettings.load(home.root()).laptop();
        } catch (java.io.IOException e) {
            return "poste";
        }
    }

    /** The open database (this package and its tests), or a French refusal while locked. */
    synchronized PersonalStore openStore() {
        return requireOpen();
    }

    private PersonalStore requireOpen() {
        if (store == null) {
            throw new PersonalLockedException();
        }
        return store;
    }

    @Override
    public synchronized void close() {
        lock();
    }

    /** Too many wrong passphrases in a row: the next attempt waits (said in seconds, rounded up). */
    public static final class UnlockDelayedException extends RuntimeException implements PersonalFailure {
        private static final long serialVersionUID = 1L;
        private final Duration wait;

        UnlockDelayedException(Duration wait) {
            super(PersonalFailure.french(said(wait)));
            this.wait = wait;
        }

        public Duration waitTime() {
            return wait;
        }

        @Override
        public Message said() {
            return said(wait);
        }

        private static Message said(Duration wait) {
            return PersonalFailure.message("personal.unlock.wait", Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    /** The personal folder cannot be made at setup (read-only home, disk full): nothing was written. */
    public static final class FolderException extends IllegalStateException implements PersonalFailure {
        private static final long serialVersionUID = 1L;
        private final transient Message said;

        FolderException(Message said) {
            super(PersonalFailure.french(said));
            this.said = said;
        }

        @Override
        public Message said() {
            return said;
        }
    }
}
