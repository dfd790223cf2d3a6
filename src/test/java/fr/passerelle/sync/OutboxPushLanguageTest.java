package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.nio.file.Path;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a push of the outbox stopped, in English for an English reader, in the same French as before otherwise. */
class OutboxPushLanguageTest {
    @TempDir
    Path work;

    private OutboxPusher.PushReport push(FaultPlan faults) throws Exception {
        JournalOutbox box = JournalOutbox.open(work.resolve("personal"), "laptop-a", SyncFixtures.CLOCK);
        box.add(OutboxItem.Kind.NOTE, "p-1", 1, 0, "{\"n\":1}");
        try (CentralServer server = CentralServer.start(SyncFixtures.versionA(work.resolve("data")), work.resolve("srv"), 0, faults,
                CentralServer.Client.DEMO, SyncFixtures.CLOCK)) {
            return new OutboxPusher(SyncClients.http(), HttpUrl.get(server.baseUrl() + "agence/v1/elements"), SyncFixtures.CLOCK)
                    .push(box);
        }
    }

    @Test
    void anAgencyInTroubleStopsThePushAndSaysSoInBothLanguages() throws Exception {
        OutboxPusher.PushReport report = push(new FaultPlan(0, 0, 0, 0, 1, 1, 0, 0, 1499, 0, new FaultPlan.Counters()));
        assertEquals("l'agence répond HTTP 503 : nouvel essai plus tard", report.stopped());
        assertEquals(report.stopped(), report.stopped(MessageRenderer.french()));
        assertEquals("the agency answers HTTP 503: we will try again later", report.stopped(MessageRenderer.english()));
        assertEquals(1, report.remaining());
    }

    @Test
    void aLostAcknowledgementIsSaidInEnglishWithTheNetworksCause() throws Exception {
        OutboxPusher.PushReport report = push(new FaultPlan(0, 0, 0, 0, 1, 0, 0, 0, 1499, 1, new FaultPlan.Counters()));
        String english = report.stopped(MessageRenderer.english());
        assertTrue(english.startsWith("no acknowledgement (") && english.endsWith("): the item will be sent again, without a duplicate"),
                english);
        assertTrue(report.stopped().startsWith("pas d'accusé de réception ("), report.stopped());
    }

    @Test
    void aCompletePushHasNothingToSay() throws Exception {
        OutboxPusher.PushReport report = push(FaultPlan.none());
        assertEquals(new OutboxPusher.PushReport(1, 0, 0, 0, null), report);
        assertNull(report.stopped(MessageRenderer.english()));
    }
}
