package fr.passerelle.sync;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import java.nio.file.Path;

/**
 * The process the sync kill test kills: a sync of HOME from URL with the fixed clock of {@link SyncFixtures}, paused
 * at a named phase by {@code -Dpasserelle.test.pauseAt} (core.CrashPoints). Prints {@code @@opened} once the workstation is open and {@code @@done OUTCOME} at the end.
 * Arguments: HOME URL
 */
public final class SyncChildMain {
    private SyncChildMain() {
    }

    public static void main(String[] args) throws Exception {
        System.err.println("@@started");
        try (Workstation w = Workstation.open(new Home(Path.of(args[0])), SyncFixtures.CLOCK)) {
            System.err.println("@@opened");
            SyncReport report = SyncFixtures.run(args[1], w).run(args[1], ProgressListener.NONE);
            System.err.println("@@done " + report.outcome());
        }
    }
}
