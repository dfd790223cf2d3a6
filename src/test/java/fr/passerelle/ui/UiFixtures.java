package fr.passerelle.ui;

import fr.passerelle.ImportFixtures;
import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Personas;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.profile.JobSeekerProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One workstation seeded with the bundled samples, shared by the UI tests of a JVM (seeding and indexing take
 * seconds), and a path service on the day the sample sessions were written for (28 November 2026), so that the
 * tests do not age with the calendar.
 */
public final class UiFixtures {
    public static final Clock CLOCK = ImportFixtures.CLOCK;
    private static Workstation workstation;

    private UiFixtures() {
    }

    public static synchronized Workstation workstation() {
        if (workstation == null) {
            try {
                Path home = Files.createTempDirectory("passerelle-ui-test");
                workstation = Workstation.open(new Home(home));
                workstation.seedIfEmpty(ProgressListener.NONE);
                workstation.indexes().await();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (fr.passerelle.importer.ImportException e) {
                throw new IllegalStateException(e);
            }
        }
        return workstation;
    }

    public static PathService paths() {
        return new PathService(workstation().indexes(), CLOCK);
    }

    public static PathRequest juliette() {
        try {
            return PathRequest.fromFile(Path.of("data-samples/personas/juliette.json"));
        } catch (fr.passerelle.app.InvalidRequestException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JobSeekerProfile julietteProfile() {
        try {
            return paths().resolve(juliette());
        } catch (fr.passerelle.app.InvalidRequestException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Personas.Persona> personas() {
        return Personas.bundled();
    }
}
