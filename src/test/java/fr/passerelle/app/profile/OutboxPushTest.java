package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.app.Home;
import fr.passerelle.personal.MutableClock;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.OutboxPusher;
import fr.passerelle.sync.OutboxPusher.PushReport;
import fr.passerelle.sync.SyncFixtures;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The personal store's outbox pushed to {@code serve-central}'s agency endpoint: in order, acknowledged, a lost
 * acknowledgement pushed again and stored once, a refusal kept with its reason, an erasure honoured at the agency, and
 * the same person's profile edited on two laptops (two homes): both versions kept, the second laptop told "conflit".
 */
class OutboxPushTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @TempDir
    Path work;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final List<PersonalData> opened = new ArrayList<>();
    private CentralServer server;

    @BeforeEach
    void startAgency() throws Exception {
        server = CentralServer.start(SyncFixtures.versionA(work.resolve("data")), work.resolve("srv"), 0, FaultPlan.none(),
                CentralServer.Client.DEMO, SyncFixtures.CLOCK);
    }

    @AfterEach
    void stop() {
        opened.forEach(PersonalData::close);
        if (server != null) {
            server.close();
        }
    }

    private PersonalData laptop(String name) throws IOException {
        Path home = work.resolve(name);
        Files.createDirectories(home);
        Files.writeString(home.resolve("sync.properties"), "laptop=" + name + "\nagency.url=" + agencyUrl() + "\n");
        PersonalData data = new PersonalData(new Home(home), PersonalDataTest.FAST, clock);
        opened.add(data);
        return data;
    }

    private String agencyUrl() {
        return server.baseUrl() + "agence/v1/elements";
    }

    private PushReport push(PersonalData data) throws IOException {
        return OutboxPusher.to(agencyUrl(), clock).push(data.outbox().orElseThrow());
    }

    /** What the agency keeps: one JSON file per item id. */
    private List<JsonNode> atAgency() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("srv/agence"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                try {
                    return MAPPER.readTree(f.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static FaultPlan loseAckEvery(int n) {
        return new FaultPlan(0, 0, 0, 0, 1, 0, 0, 0, 1499, n, new FaultPlan.Counters());
    }

    @Test
    void aPushSendsTheWorkInOrderAndMarksItSentOnlyOnAcknowledgement() throws Exception {
        PersonalData a = laptop("poste-a");
        EncryptedProfileStore store = a.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS);
        StoredProfile z = store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        store.addNote(z.id(), "Préfère travailler le matin");
        store.savePath(z.id(), new SavedPath("D1505", "Personnel de caisse", null, null, "offres 2021-12-21", clock.instant()));

        assertEquals(new PushReport(3, 0, 0, 0, null), push(a));

        List<JsonNode> kept = atAgency();
        assertEquals(3, kept.size());
        assertEquals(List.of(1L, 2L, 3L), kept.stream().map(n -> n.path("sequence").asLong()).sorted().toList());
        assertTrue(kept.stream().anyMatch(n -> n.path("payload").path("text").asText().equals("Préfère travailler le matin")));
        assertEquals(0, a.outbox().orElseThrow().unsentCount());
        assertTrue(a.openStore().outbox("sent").stream().allMatch(r -> r.entry().payload() == null),
                "an acknowledged item's payload is not kept twice on the laptop");
        assertEquals(new PushReport(0, 0, 0, 0, null), push(a), "nothing sent twice");
    }

    @Test
    void aLostAcknowledgementKeepsTheItemAndItsRePushIsStoredOnce() throws Exception {
        PersonalData a = laptop("poste-a");
        EncryptedProfileStore store = a.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS);
        StoredProfile z = store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        store.addNote(z.id(), "première note");
        store.addNote(z.id(), "deuxième note");
        server.faults(loseAckEvery(2));

        PushReport first = push(a);

        assertEquals(1, first.sent());
        assertEquals(2, first.remaining(), "the item whose acknowledgement was lost, and the one after it");
        assertTrue(first.stopped().startsWith("pas d'accusé de réception"), first.stopped());
        assertEquals(2, atAgency().size(), "the agency did store the second item");
        a.lock();
        a.unlock(PersonalDataTest.PASS); // still pending after a lock: it is in the database
        server.faults(FaultPlan.none());
        assertEquals(new PushReport(2, 0, 0, 0, null), push(a));
        assertEquals(3, atAgency().size(), "pushed twice, stored once");
    }

    @Test
    void aRefusedItemIsKeptApartWithTheAgencysReasonAndTheNextOnesGoOn() throws Exception {
        PersonalData a = laptop("poste-a");
        EncryptedProfileStore store = a.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS);
        Outbox box = a.outbox().orElseThrow();
        box.add(fr.passerelle.sync.OutboxItem.Kind.NOTE, " ", 1, 0, "{}"); // no subject: the agency refuses it
        store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);

        assertEquals(new PushReport(1, 0, 1, 0, null), push(a));

        a.lock();
        a.unlock(PersonalDataTest.PASS);
        List<Outbox.Rejected> rejected = a.outbox().orElseThrow().rejected();
        assertEquals(1, rejected.size());
        assertEquals("champ « subject » absent : à quelle personne cet élément se rapporte-t-il ?", rejected.get(0).reason());
        assertEquals("{}", rejected.get(0).item().payloadJson(), "kept whole, never dropped");
    }

    @Test
    void anErasurePushedToTheAgencyRemovesWhatItHeldOfHer() throws Exception {
        PersonalData a = laptop("poste-a");
        EncryptedProfileStore store = a.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS);
        StoredProfile z = store.create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        store.addNote(z.id(), "Préfère travailler le matin");
        StoredProfile b = store.create("Barnabé Lefebvre", PersonalDataTest.named("Barnabé Lefebvre"));
        push(a);

        a.erase(z.id());
        assertEquals(new PushReport(1, 0, 0, 0, null), push(a));

        List<JsonNode> kept = atAgency();
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(kept.stream().anyMatch(n -> n.path("subject").asText().equals(b.id())));
        JsonNode erasure = kept.stream().filter(n -> n.path("subject").asText().equals(z.id())).findFirst().orElseThrow();
        assertEquals("effacement", erasure.path("kind").asText());
        assertFalse(kept.toString().contains("Zéphyrine") || kept.toString().contains("matin"), kept.toString());
    }

    @Test
    void theSameProfileEditedOnTwoLaptopsKeepsBothVersionsAndTheSecondIsToldOfTheConflict() throws Exception {
        PersonalData a = laptop("poste-a");
        StoredProfile z = a.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS).create("Zéphyrine Quintavalle", PersonalDataTest.REQUEST);
        assertEquals(1, push(a).sent());
        a.close();
        // Her file goes to a second laptop as it was (the personal folder copied); each laptop has its own name.
        copy(work.resolve("poste-a/personal"), work.resolve("poste-b/personal"));
        PersonalData b = laptop("poste-b");
        EncryptedProfileStore onB = b.unlock(PersonalDataTest.PASS);
        EncryptedProfileStore onA = a.unlock(PersonalDataTest.PASS);

        clock.advance(Duration.ofHours(1));
        onA.update(z.id(), "Zéphyrine Quintavalle", PersonalDataTest.named("Zéphyrine Quintavalle")); // Tourcoing, 20 km
        onB.update(z.id(), "Zéphyrine Quintavalle-Martin", PersonalDataTest.REQUEST);

        assertEquals(new PushReport(1, 0, 0, 0, null), push(a));
        assertEquals(new PushReport(1, 1, 0, 0, null), push(b));

        List<JsonNode> versions = atAgency().stream().filter(n -> n.path("revision").asLong() == 2).toList();
        assertEquals(2, versions.size(), "nothing silently lost: both revision-2 versions are at the agency");
        assertEquals(List.of("poste-a", "poste-b"), versions.stream().map(n -> n.path("origin").asText()).sorted().toList());
        List<Outbox.Sent> conflicts = b.outbox().orElseThrow().conflicts();
        assertEquals(1, conflicts.size());
        assertEquals(z.id(), conflicts.get(0).item().subject());
        assertTrue(conflicts.get(0).item().payloadJson().contains("Quintavalle-Martin"), "the counsellor can see her version");
        assertNull(a.outbox().orElseThrow().conflicts().stream().findFirst().orElse(null));
        // A note on the second laptop is no conflict: notes are added, never overwritten.
        onB.addNote(z.id(), "Vue le 1er décembre");
        assertEquals(new PushReport(1, 0, 0, 0, null), push(b));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("open.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
