package fr.passerelle.engine;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One workstation seeded with the bundled samples, shared by the engine tests of a JVM (building it takes a second). */
final class SampleWorkstation {
    private static Workstation workstation;

    private SampleWorkstation() {
    }

    static synchronized Workstation get() {
        if (workstation == null) {
            try {
                Path home = Files.createTempDirectory("passerelle-engine-test");
                workstation = Workstation.open(new Home(home));
                workstation.seedIfEmpty(fr.passerelle.core.ProgressListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (fr.passerelle.importer.ImportException e) {
                throw new IllegalStateException(e);
            }
        }
        return workstation;
    }
}
