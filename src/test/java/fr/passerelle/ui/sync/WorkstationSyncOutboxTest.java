package fr.passerelle.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.PersonalSettings;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.personal.InactivityLock;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.RetentionPolicy;
import fr.passerelle.sync.SyncFixtures;
import fr.passerelle.sync.SyncSettings;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's sync: "N non envoyé(s)" from the encrypted store's outbox, and a sync pushes it to the agency. */
class WorkstationSyncOutboxTest {
    @TempDir
    Path dir;

    @Test
    void theCountComesFromThePersonalOutboxAndASyncNowPushesIt() throws Exception {
        char[] pass = "le merle chante au printemps".toCharArray();
        try (CentralServer server = CentralServer.start(SyncFixtures.versionA(dir.resolve("data")), dir.resolve("srv"), 0,
                FaultPlan.none(), CentralServer.Client.DEMO, SyncFixtures.CLOCK);
             Workstation workstation = Workstation.open(new Home(dir.resolve("home")), SyncFixtures.CLOCK);
             PersonalData personal = new PersonalData(workstation.home(), new PersonalSettings(RetentionPolicy.DEFAULT,
                     InactivityLock.DEFAULT_TIMEOUT, KdfParameters.OWASP_MINIMUM), SyncFixtures.CLOCK)) {
            WorkstationSync sync = new WorkstationSync(workstation, new SyncSettings(server.baseUrl(),
                    server.baseUrl() + "agence/v1/elements", Duration.ofMinutes(15), "poste-a"), SyncFixtures.CLOCK);
            sync.outboxFrom(personal::outbox);
            var store = personal.setUp(pass, pass);
            var z = store.create("Zéphyrine Quintavalle", new PathRequest("magasinier", null, "Tourcoing", 20, null, null, null,
                    null, true, "Zéphyrine Quintavalle"));
            store.addNote(z.id(), "Préfère travailler le matin");
            assertEquals(2, sync.unsent());

            personal.lock();
            assertEquals(2, sync.unsent(), "locked: the last count read stands, not a false 0");
            personal.unlock(pass);

            sync.syncNow(ProgressListener.NONE);

            assertEquals(0, sync.unsent());
            try (Stream<Path> files = Files.list(dir.resolve("srv/agence"))) {
                assertEquals(2, files.filter(f -> f.toString().endsWith(".json")).count());
            }
        }
    }
}
