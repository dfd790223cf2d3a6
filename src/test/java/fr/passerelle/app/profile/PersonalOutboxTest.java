package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.store.StoreException;
import fr.passerelle.store.personal.PersonalRows;
import fr.passerelle.sync.JournalOutbox;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.OutboxItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox inside the encrypted personal database: every change of a person writes its item in the same transaction,
 * erasure and retention take her items with her and leave an erasure item, the former journal is taken over once.
 */
class PersonalOutboxTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private PersonalData data;

    private EncryptedProfileStore setUp() throws Exception {
        Files.writeString(dir.resolve("sync.properties"), "laptop=poste-roubaix-1\n");
        data = new PersonalData(new Home(dir), PersonalDataTest.FAST, clock);
        return data.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS);
    }

    private Outbox outbox() {
        return data.outbox().orElseThrow();
    }

    @AfterEach
    void close() {
        if (data != null) {
            data.close();
        }
    }

    @Test
    void everyOfflineChangeOfAPersonQueuesItsItemInOrderWithRevisions() throws Exception {
        EncryptedProfileStore store = setUp();
        StoredProfile z = store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        clock.advance(Duration.ofMinutes(1));
        store.update(z.id(), "Zéphyrine Quintavalle", PersonalDataTest.named("Zéphyrine Quintavalle"));
        ProfileNote note = store.addNote(z.id(), "Préfère travailler le matin");
        store.deleteNote(z.id(), note.id());
        store.savePath(z.id(), new SavedPath("D1505", "Personnel de caisse", null, null, "offres 2021-12-21", clock.instant()));

        List<OutboxItem> pending = outbox().pending();
        assertEquals(List.of("profil", "profil", "note", "note", "parcours"), pending.stream().map(i -> i.kind().wire()).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), pending.stream().map(OutboxItem::sequence).toList());
        assertEquals(List.of(1L, 2L, 2L, 2L, 2L), pending.stream().map(OutboxItem::revision).toList());
        assertEquals(List.of(0L, 1L, 2L, 2L, 2L), pending.stream().map(OutboxItem::baseRevision).toList());
        assertTrue(pending.stream().allMatch(i -> i.subject().equals(z.id()) && i.origin().equals("poste-roubaix-1")));
        assertTrue(pending.get(0).payloadJson().contains("\"name\":\"Zéphyrine Quintavalle\""), pending.get(0).payloadJson());
        assertTrue(pending.get(1).payloadJson().contains("\"commune\":\"Tourcoing\""), pending.get(1).payloadJson());
        assertTrue(pending.get(2).payloadJson().contains("Préfère travailler le matin"));
        assertTrue(pending.get(3).payloadJson().contains("\"action\":\"suppression\""));
        assertTrue(pending.get(4).payloadJson().contains("\"rome\":\"D1505\""));
        assertEquals(5, outbox().unsentCount());
    }

    @Test
    void theItemsOutliveALockAndAreInTheEncryptedDatabaseOnly() throws Exception {
        EncryptedProfileStore store = setUp();
        StoredProfile z = store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        store.addNote(z.id(), "Souhaite un poste près de Wattrelos");
        data.lock();
        assertTrue(data.outbox().isEmpty(), "locked: no outbox to read");

        data.unlock(PersonalDataTest.PASS);

        assertEquals(2, outbox().unsentCount());
        try (var files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertFalse(all.stream().anyMatch(f -> f.getFileName().toString().startsWith("outbox")), all.toString());
        }
    }

    @Test
    void aChangeWhoseOutboxItemCannotBeWrittenIsNotWrittenEither() throws Exception {
        setUp();
        // The store, driven directly: an item too large for its column fails inside the change's transaction.
        var store = storeOf();
        var person = new PersonalRows.Person(UUID.randomUUID().toString(), "Zéphyrine", "{}", clock.instant(), clock.instant(), null);
        var tooLarge = new PersonalRows.OutboxEntry(UUID.randomUUID().toString(), "profil", person.id(), 1, 0, "poste",
                clock.instant(), "x".repeat(40_001));

        assertThrows(StoreException.class, () -> store.insert(person, tooLarge));

        assertTrue(store.find(person.id()).isEmpty(), "the person row went back with its item");
        assertEquals(0, outbox().unsentCount());
    }

    @Test
    void erasingAPersonRemovesHerItemsSentOrNotAndQueuesOneErasureItemWithoutHerData() throws Exception {
        EncryptedProfileStore store = setUp();
        StoredProfile z = store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        StoredProfile other = store.create("Barnabé Lefebvre", PersonalDataTest.named("Barnabé Lefebvre"));
        store.addNote(z.id(), "Préfère travailler le matin");
        OutboxItem first = outbox().pending().get(0);
        outbox().markSent(first.id(), "recu", clock.instant());
        outbox().markRejected(outbox().pending().get(0).id(), "refusé pour l'essai", clock.instant()); // Barnabé's

        assertTrue(data.erase(z.id()));

        List<OutboxItem> pending = outbox().pending();
        assertEquals(1, pending.size(), "her pending note went with her: " + pending);
        assertTrue(storeOf().outbox("sent").isEmpty(), "her acknowledged item too");
        OutboxItem erasure = pending.get(0);
        assertEquals(OutboxItem.Kind.ERASURE, erasure.kind());
        assertEquals(z.id(), erasure.subject());
        assertEquals("{\"reason\":\"demande\"}", erasure.payloadJson());
        assertEquals(4, erasure.sequence(), "after every item ever made, though hers are gone");
        assertEquals(other.id(), outbox().rejected().get(0).item().subject(), "the other person's items stay");
        assertTrue(pending.stream().noneMatch(i -> i.payloadJson().contains("Zéphyrine") || i.payloadJson().contains("matin")));
    }

    @Test
    void theRetentionPurgeQueuesAnErasureItemForEachExpiredPerson() throws Exception {
        EncryptedProfileStore store = setUp();
        StoredProfile z = store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        data.lock();
        clock.advance(Duration.ofDays(400));

        data.unlock(PersonalDataTest.PASS);

        List<OutboxItem> pending = outbox().pending();
        assertEquals(1, pending.size());
        assertEquals(OutboxItem.Kind.ERASURE, pending.get(0).kind());
        assertEquals(z.id(), pending.get(0).subject());
        assertEquals("{\"reason\":\"conservation\"}", pending.get(0).payloadJson());
    }

    @Test
    void theFormerJournalIsTakenOverOnceInItsOrderThenDeleted() throws Exception {
        Path personal = dir.resolve("personal");
        JournalOutbox journal = JournalOutbox.open(personal, "ancien-poste", clock);
        OutboxItem a = journal.add(OutboxItem.Kind.NOTE, "p-1", 1, 0, "{\"n\":1}");
        OutboxItem b = journal.add(OutboxItem.Kind.NOTE, "p-1", 2, 1, "{\"n\":2}");
        OutboxItem c = journal.add(OutboxItem.Kind.PROFILE, "p-2", 1, 0, "{\"n\":3}");
        journal.markRejected(b.id(), "champ absent", clock.instant());

        setUp();

        assertEquals(List.of(a.id(), c.id()), outbox().pending().stream().map(OutboxItem::id).toList());
        assertEquals("{\"n\":3}", outbox().pending().get(1).payloadJson());
        assertEquals("ancien-poste", outbox().pending().get(0).origin());
        assertEquals("champ absent", outbox().rejected().get(0).reason());
        assertFalse(Files.exists(personal.resolve("outbox.journal")));
        assertFalse(Files.exists(personal.resolve("outbox.key")));
        assertEquals(0, storeOf().importOutbox(List.of(PersonalOutbox.row(a, "pending", null, null, null))),
                "run again, the migration adds nothing");
    }

    @Test
    void filesMadeBeforeTheOutboxAreQueuedWholeAtTheFirstUnlockThenNeverAgain() throws Exception {
        // A personal database as version 1 left it (no outbox), encrypted with a key wrapped by the passphrase.
        Home home = new Home(dir);
        Files.createDirectories(home.personalFolder());
        try (fr.passerelle.personal.DataKey key = new fr.passerelle.personal.KeyVault(home.personalKeyFile())
                .create(PersonalDataTest.PASS, PersonalDataTest.FAST.kdf())) {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(fr.passerelle.store.H2Urls.encrypted(home.personalFolder().resolve("personal")));
            ds.setUser("sa");
            String hex = new String(key.hex());
            ds.setPassword(hex + " " + hex);
            org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/personal").target("1").load().migrate();
            try (var c = ds.getConnection(); var st = c.createStatement()) {
                st.execute("INSERT INTO person (id, name, request, created, updated) VALUES ('p-v1', 'Zéphyrine Quintavalle',"
                        + " '{\"commune\":\"Roubaix\"}', TIMESTAMP WITH TIME ZONE '2026-06-01 09:00:00+00',"
                        + " TIMESTAMP WITH TIME ZONE '2026-06-01 09:00:00+00')");
                st.execute("INSERT INTO person_note (id, person_id, body, written) VALUES ('n-v1', 'p-v1', 'Vue en juin',"
                        + " TIMESTAMP WITH TIME ZONE '2026-06-01 09:30:00+00')");
                st.execute("SHUTDOWN");
            }
        }
        data = new PersonalData(home, PersonalDataTest.FAST, clock);

        EncryptedProfileStore store = data.unlock(PersonalDataTest.PASS);

        List<OutboxItem> pending = outbox().pending();
        assertEquals(List.of("profil", "note"), pending.stream().map(i -> i.kind().wire()).toList());
        assertTrue(pending.get(0).payloadJson().contains("Zéphyrine Quintavalle"));
        assertTrue(pending.get(1).payloadJson().contains("Vue en juin"));
        assertEquals(1, storeOf().revision("p-v1").orElseThrow());
        store.update("p-v1", "Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        data.lock();
        data.unlock(PersonalDataTest.PASS);
        assertEquals(List.of(1L, 1L, 2L), outbox().pending().stream().map(OutboxItem::revision).toList(), "queued once");
    }

    private fr.passerelle.store.personal.PersonalStore storeOf() {
        return data.openStore();
    }
}
