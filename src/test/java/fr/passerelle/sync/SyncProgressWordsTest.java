package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps a sync names on a terminal's progress line: French by default, English when the run speaks English. */
class SyncProgressWordsTest {
    @TempDir
    Path work;

    private Set<String> steps(Path home, MessageRenderer in) throws Exception {
        Set<String> steps = new LinkedHashSet<>();
        try (CentralServer server = CentralServer.start(SyncFixtures.versionA(work.resolve("a-" + home.getFileName())), work.resolve("srv-" + home.getFileName()),
                0, FaultPlan.none(), CentralServer.Client.DEMO, SyncFixtures.CLOCK);
             Workstation w = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            ProgressListener record = (step, done, total) -> steps.add(step);
            SyncReport report = SyncFixtures.run(server.baseUrl(), w).speaking(in).run(server.baseUrl(), record);
            assertEquals(SyncReport.Outcome.UPDATED, report.outcome(), report.lines().toString());
        }
        return steps;
    }

    @Test
    void theStepsAreNamedInTheRunsLanguage() throws Exception {
        Set<String> english = steps(work.resolve("en"), MessageRenderer.english());
        assertTrue(english.containsAll(Set.of("Manifest", "Downloading regions.csv", "Checking", "Key figures")), english.toString());
        Set<String> french = steps(work.resolve("fr"), MessageRenderer.french());
        assertTrue(french.containsAll(Set.of("Manifeste", "Téléchargement regions.csv", "Vérification", "Chiffres clés")),
                french.toString());
    }
}
