package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox: offline edits kept durably and encrypted, pushed in order, idempotent, refused items kept with reason. */
class OutboxTest {
    @TempDir
    Path work;

    private JournalOutbox outbox(String origin) throws IOException {
        return JournalOutbox.open(work.resolve(origin).resolve("personal"), origin, SyncFixtures.CLOCK);
    }

    private CentralServer agency(FaultPlan faults) throws Exception {
        return CentralServer.start(SyncFixtures.versionA(work.resolve("data")), work.resolve("srv"), 0, faults,
                CentralServer.Client.DEMO, SyncFixtures.CLOCK);
    }

    private static OutboxPusher pusher(CentralServer server) {
        return new OutboxPusher(SyncClients.http(), HttpUrl.get(server.baseUrl() + "agence/v1/elements"), SyncFixtures.CLOCK);
    }

    private static long received(Path srv) throws IOException {
        try (Stream<Path> files = Files.list(srv.resolve("agence"))) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    private static FaultPlan loseAckEvery(int n) {
        return new FaultPlan(0, 0, 0, 0, 1, 0, 0, 0, 1499, n, new FaultPlan.Counters());
    }

    @Test
    void offlineEditsSurviveARestartInTheirOrderAndTheJournalHoldsNoPlainText() throws IOException {
        JournalOutbox box = outbox("laptop-a");
        box.add(OutboxItem.Kind.PROFILE, "p-1", 1, 0, "{\"nom\":\"Juliette Marchand\"}");
        box.add(OutboxItem.Kind.NOTE, "p-1", 1, 0, "{\"texte\":\"Souhaite travailler près de Lille\"}");
        box.add(OutboxItem.Kind.SAVED_PATH, "p-1", 1, 0, "{\"rome\":\"D1505\"}");

        JournalOutbox reopened = outbox("laptop-a");
        assertEquals(List.of(1L, 2L, 3L), reopened.pending().stream().map(OutboxItem::sequence).toList());
        assertEquals(3, reopened.unsentCount());
        assertEquals("{\"nom\":\"Juliette Marchand\"}", reopened.pending().get(0).payloadJson());
        String journal = Files.readString(work.resolve("laptop-a/personal/outbox.journal"), StandardCharsets.ISO_8859_1);
        assertFalse(journal.contains("Juliette") || journal.contains("Lille") || journal.contains("p-1"), journal);
    }

    @Test
    void aLineTornByACrashIsIgnoredAndEverythingBeforeItKept() throws IOException {
        JournalOutbox box = outbox("laptop-a");
        box.add(OutboxItem.Kind.NOTE, "p-1", 1, 0, "{}");
        Files.writeString(work.resolve("laptop-a/personal/outbox.journal"), "q83vAAAAAbbbb", StandardOpenOption.APPEND);
        JournalOutbox reopened = outbox("laptop-a");
        assertEquals(1, reopened.unsentCount());
        assertEquals(1, reopened.ignoredLines());
        reopened.add(OutboxItem.Kind.NOTE, "p-1", 2, 1, "{}");
        assertEquals(2, outbox("laptop-a").unsentCount(), "a record added after a torn line is not lost with it");
    }

    @Test
    void aPushSendsInOrderAndMarksSentOnlyOnTheAgencysAcknowledgement() throws Exception {
        JournalOutbox box = outbox("laptop-a");
        for (int i = 1; i <= 3; i++) {
            box.add(OutboxItem.Kind.NOTE, "p-1", i, i - 1, "{\"n\":" + i + "}");
        }
        try (CentralServer server = agency(FaultPlan.none())) {
            OutboxPusher.PushReport report = pusher(server).push(box);
            assertEquals(new OutboxPusher.PushReport(3, 0, 0, 0, null), report);
        }
        assertEquals(3, received(work.resolve("srv")));
        assertEquals(0, outbox("laptop-a").unsentCount(), "sent is durable too");
    }

    @Test
    void aLostAcknowledgementKeepsTheItemAndItsRePushIsStoredOnce() throws Exception {
        JournalOutbox box = outbox("laptop-a");
        for (int i = 1; i <= 3; i++) {
            box.add(OutboxItem.Kind.NOTE, "p-1", i, i - 1, "{\"n\":" + i + "}");
        }
        try (CentralServer server = agency(loseAckEvery(2))) {
            OutboxPusher.PushReport first = pusher(server).push(box);
            assertEquals(1, first.sent());
            assertEquals(2, first.remaining(), "the item whose acknowledgement was lost, and the one after it");
            assertTrue(first.stopped().startsWith("pas d'accusé de réception"), first.stopped());
            assertEquals(2, received(work.resolve("srv")), "the agency did store the second item");
            server.faults(FaultPlan.none());
            OutboxPusher.PushReport second = pusher(server).push(box);
            assertEquals(new OutboxPusher.PushReport(2, 0, 0, 0, null), second);
        }
        assertEquals(3, received(work.resolve("srv")), "pushed twice, stored once");
    }

    @Test
    void aRefusedItemIsKeptApartWithTheAgencysReasonAndTheNextOnesGoOn() throws Exception {
        JournalOutbox box = outbox("laptop-a");
        box.add(OutboxItem.Kind.NOTE, " ", 1, 0, "{}");
        box.add(OutboxItem.Kind.NOTE, "p-2", 1, 0, "{}");
        try (CentralServer server = agency(FaultPlan.none())) {
            assertEquals(new OutboxPusher.PushReport(1, 0, 1, 0, null), pusher(server).push(box));
        }
        List<Outbox.Rejected> rejected = outbox("laptop-a").rejected();
        assertEquals(1, rejected.size());
        assertEquals("champ « subject » absent : à quelle personne cet élément se rapporte-t-il ?", rejected.get(0).reason());
        assertEquals(" ", rejected.get(0).item().subject());
    }

    @Test
    void theSameProfileEditedOnTwoLaptopsKeepsBothVersionsAndTheSecondIsToldOfTheConflict() throws Exception {
        JournalOutbox a = outbox("laptop-a");
        JournalOutbox b = outbox("laptop-b");
        a.add(OutboxItem.Kind.PROFILE, "p-1", 2, 1, "{\"rayonKm\":20}");
        b.add(OutboxItem.Kind.PROFILE, "p-1", 2, 1, "{\"rayonKm\":30}");
        try (CentralServer server = agency(FaultPlan.none())) {
            assertEquals(0, pusher(server).push(a).conflicts());
            assertEquals(1, pusher(server).push(b).conflicts());
        }
        assertEquals(2, received(work.resolve("srv")), "nothing silently lost: both versions are at the agency");
        assertEquals(1, outbox("laptop-b").conflicts().size());
        assertNull(outbox("laptop-a").conflicts().stream().findFirst().orElse(null));
    }

    @Test
    void noAgencyLeavesEverythingPending() throws Exception {
        JournalOutbox box = outbox("laptop-a");
        box.add(OutboxItem.Kind.NOTE, "p-1", 1, 0, "{}");
        OutboxPusher.PushReport report = new OutboxPusher(SyncClients.http(), HttpUrl.get("http://127.0.0.1:9/agence/v1/elements"),
                SyncFixtures.CLOCK).push(box);
        assertEquals(0, report.sent());
        assertEquals(1, report.remaining());
    }
}
