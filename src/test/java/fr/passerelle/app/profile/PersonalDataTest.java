package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.personal.InactivityLock;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.personal.RetentionPolicy;
import fr.passerelle.personal.WrongPassphraseException;
import fr.passerelle.store.personal.PersonalBusyException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal data of a workstation from setup to lock: passphrases, retention, erasure, export. */
class PersonalDataTest {
    static final char[] PASS = "le merle chante au printemps".toCharArray();
    static final char[] NEW_PASS = "trois petits chats dans la cour".toCharArray();
    static final PersonalSettings FAST = new PersonalSettings(RetentionPolicy.DEFAULT, InactivityLock.DEFAULT_TIMEOUT,
            KdfParameters.OWASP_MINIMUM);
    static final PathRequest REQUEST = new PathRequest("hôtesse de caisse", null, "Roubaix", 30, "cap", 600,
            new BigDecimal("1200"), new BigDecimal("300"), false, "Zéphyrine Quintavalle", "de", 41, "are", "2027-06-30");

    @TempDir
    Path dir;

    static PathRequest named(String name) {
        return new PathRequest("magasinier", null, "Tourcoing", 20, null, null, null, null, true, name);
    }
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private PersonalData data;

    private PersonalData data() {
        if (data == null) {
            data = new PersonalData(new Home(dir), FAST, clock);
        }
        return data;
    }

    @AfterEach
    void close() {
        if (data != null) {
            data.close();
        }
    }

    @Test
    void profilesSurviveLockAndUnlockWithTheirNotesAndPaths() throws Exception {
        assertEquals(PersonalData.State.NOT_SET_UP, data().state());
        EncryptedProfileStore store = data().setUp(PASS, PASS);
        StoredProfile z = store.create(REQUEST.name(), REQUEST);
        store.addNote(z.id(), "Préfère travailler le matin");
        store.savePath(z.id(), new SavedPath("D1505", "Personnel de caisse", "CAP Employé de commerce", "France Travail : 0 € restant",
                "tension 2021, offres 2021-12-21", clock.instant()));
        data().lock();
        assertEquals(PersonalData.State.LOCKED, data().state());

        EncryptedProfileStore again = data().unlock(PASS);

        StoredProfile back = again.find(z.id()).orElseThrow();
        assertEquals(REQUEST, back.request());
        assertEquals(List.of("Préfère travailler le matin"), back.notes().stream().map(ProfileNote::text).toList());
        assertEquals("CAP Employé de commerce", again.lastPath(z.id()).orElseThrow().training());
        assertTrue(again.persistent());
    }

    @Test
    void aWrongPassphraseKeepsTheDataLockedAndUndamaged() throws Exception {
        data().setUp(PASS, PASS).create("Zéphyrine", REQUEST);
        data().lock();
        byte[] keyBefore = Files.readAllBytes(new Home(dir).personalKeyFile());

        assertThrows(WrongPassphraseException.class, () -> data().unlock(NEW_PASS));

        assertEquals(PersonalData.State.LOCKED, data().state());
        assertEquals(java.util.Arrays.toString(keyBefore), java.util.Arrays.toString(Files.readAllBytes(new Home(dir).personalKeyFile())));
        assertEquals(1, data().unlock(PASS).list().size());
    }

    @Test
    void repeatedWrongPassphrasesMakeTheNextAttemptWait() throws Exception {
        data().setUp(PASS, PASS);
        data().lock();
        for (int i = 0; i < 3; i++) {
            assertThrows(WrongPassphraseException.class, () -> data().unlock(NEW_PASS));
        }

        PersonalData.UnlockDelayedException delayed = assertThrows(PersonalData.UnlockDelayedException.class,
                () -> data().unlock(PASS));

        assertTrue(delayed.getMessage().contains("réessayez dans 2 s"), delayed.getMessage());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(PersonalData.State.UNLOCKED, unlockState());
    }

    private PersonalData.State unlockState() throws WrongPassphraseException {
        data().unlock(PASS);
        return data().state();
    }

    @Test
    void aChangedPassphraseOpensTheSameDataAndTheOldOneNoLonger() throws Exception {
        String id = data().setUp(PASS, PASS).create("Zéphyrine", REQUEST).id();
        data().lock();
        byte[] database = Files.readAllBytes(data().databaseFile());

        data().changePassphrase(PASS, NEW_PASS, NEW_PASS);

        assertTrue(java.util.Arrays.equals(database, Files.readAllBytes(data().databaseFile())), "only the key is rewrapped");
        assertThrows(WrongPassphraseException.class, () -> data().unlock(PASS));
        assertTrue(data().unlock(NEW_PASS).find(id).isPresent());
    }

    @Test
    void aWeakPassphraseIsRefusedAtSetupAndNothingIsWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> data().setUp("court".toCharArray(), "court".toCharArray()));

        assertTrue(e.getMessage().contains("12 caractères"), e.getMessage());
        assertEquals(PersonalData.State.NOT_SET_UP, data().state());
    }

    @Test
    void unlockingPurgesFilesPastTheirRetentionAndJournalsItWithoutNames() throws Exception {
        EncryptedProfileStore store = data().setUp(PASS, PASS);
        String old = store.create("Zéphyrine Quintavalle", REQUEST).id();
        String followed = store.create("Anatole Brisebarre", named("Anatole Brisebarre")).id();
        String supported = store.create("Philomène Courtecuisse", REQUEST, LocalDate.parse("2026-12-31")).id();
        data().lock();
        clock.advance(Duration.ofDays(300));
        data().unlock(PASS).addNote(followed, "Revenue en entretien");
        data().lock();
        clock.advance(Duration.ofDays(70)); // 370 days after creation, 70 after the note

        EncryptedProfileStore after = data().unlock(PASS);

        assertTrue(after.find(old).isEmpty(), "untouched for more than 12 months");
        assertTrue(after.find(followed).isPresent(), "touched 70 days ago");
        assertTrue(after.find(supported).isPresent(), "support ends in 2026-12: kept until 2027-12");
        String journal = Files.readString(new Home(dir).logsFolder().resolve(PersonalJournal.FILE), StandardCharsets.UTF_8);
        assertTrue(journal.contains("purge de conservation : 1 dossier(s) supprimé(s)"), journal);
        assertFalse(journal.contains("Zéphyrine") || journal.contains(old), journal);
    }

    @Test
    void erasureRemovesThePersonFromTheDecryptedRawFileAfterCompaction() throws Exception {
        EncryptedProfileStore store = data().setUp(PASS, PASS);
        String id = store.create("Zéphyrine Quintavalle", REQUEST).id();
        store.addNote(id, "Note témoin Xylophage-Ornithorynque");
        store.create("Anatole Brisebarre", named("Anatole Brisebarre"));
        for (int i = 0; i < 20; i++) { // several versions of her pages, as a real file has
            store.update(id, "Zéphyrine Quintavalle", REQUEST);
        }
        char[] filePassword = keyHex();
        data().lock();
        List<String> planted = List.of("Quintavalle", "Xylophage-Ornithorynque");
        assertFalse(RawScan.findIn("before", RawScan.decrypted(data().databaseFile(), filePassword), planted).isEmpty(),
                "the decrypting scan sees the values before erasure (else it proves nothing)");

        data().unlock(PASS);
        assertTrue(data().erase(id));
        data().lock();

        assertEquals(List.of(), RawScan.findIn("after", RawScan.decrypted(data().databaseFile(), filePassword), planted));
        assertFalse(RawScan.findIn("after", RawScan.decrypted(data().databaseFile(), filePassword), List.of("Brisebarre")).isEmpty(),
                "the other person is still there");
        assertFalse(data().unlock(PASS).find(id).isPresent());
    }

    private char[] keyHex() throws WrongPassphraseException {
        try (var key = new fr.passerelle.personal.KeyVault(new Home(dir).personalKeyFile()).unlock(PASS)) {
            return key.hex();
        }
    }

    @Test
    void exportGivesOnePersonsDataAsJsonWithIsoDates() throws Exception {
        EncryptedProfileStore store = data().setUp(PASS, PASS);
        String id = store.create(REQUEST.name(), REQUEST, LocalDate.parse("2026-09-30")).id();
        store.addNote(id, "Préfère travailler le matin");
        store.savePath(id, new SavedPath("D1505", "Personnel de caisse", null, null, "offres 2021-12-21", clock.instant()));
        store.create("Anatole Brisebarre", named("Anatole Brisebarre"));

        JsonNode json = new ObjectMapper().readTree(data().export(id));

        assertEquals(ProfileExport.FORMAT, json.get("format").asText());
        assertEquals("Zéphyrine Quintavalle", json.at("/person/name").asText());
        assertEquals("2026-09-30", json.at("/person/supportEnd").asText());
        assertEquals("Roubaix", json.at("/person/request/commune").asText());
        assertEquals(1200, json.at("/person/request/cpfEuros").asInt());
        assertEquals("Préfère travailler le matin", json.at("/notes/0/text").asText());
        assertEquals("D1505", json.at("/savedPaths/0/rome").asText());
        assertFalse(json.toString().contains("Brisebarre"));
        assertThrows(ProfileNotFoundException.class, () -> data().export("inconnu"));
    }

    @Test
    void aVeryLongSavedPathIsCutToItsColumnsRatherThanLost() throws Exception {
        EncryptedProfileStore store = data().setUp(PASS, PASS);
        String id = store.create("Zéphyrine", REQUEST).id();
        String dates = "offres 2021-12-21, ".repeat(400);

        store.savePath(id, new SavedPath("D1505", "Personnel de caisse", null, "payeurs : ".repeat(600), dates, clock.instant()));

        SavedPath kept = store.lastPath(id).orElseThrow();
        assertEquals(4000, kept.dataAsOf().length());
        assertTrue(kept.dataAsOf().endsWith("…"));
        assertEquals(4000, kept.funding().length());
    }

    @Test
    void aSecondOpeningOfTheSameDataIsRefusedWithAClearMessage() {
        data().setUp(PASS, PASS);
        PersonalData second = new PersonalData(new Home(dir), FAST, clock);

        PersonalBusyException e = assertThrows(PersonalBusyException.class, () -> second.unlock(PASS));

        assertTrue(e.getMessage().contains("déjà ouvertes par un autre Passerelle"), e.getMessage());
        data().lock();
        second.close();
    }

    @Test
    void nothingOfTheProfileIsKeptOutsideTheAllowList() throws Exception {
        assertEquals(List.of("name", "job", "rome", "commune", "radiusKm", "level", "maxHours", "cpfEuros", "budgetEuros",
                "remote", "status", "age", "allocation", "allocationEnd"), RequestJson.FIELDS);
        String schema = new String(getClass().getResourceAsStream("/db/personal/V1__profiles_notes_saved_paths.sql").readAllBytes(),
                StandardCharsets.UTF_8).toLowerCase();
        String columns = schema.replaceAll("--[^\\n]*", "");
        for (String forbidden : List.of("nir", "secu", "rqth", "handicap", "sante", "health", "disab")) {
            assertFalse(columns.contains(forbidden), forbidden);
        }
    }
}
