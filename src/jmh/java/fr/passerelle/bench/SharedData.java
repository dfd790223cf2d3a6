package fr.passerelle.bench;

import fr.passerelle.search.RomeV460Titles;
import java.nio.file.Path;
import java.util.Optional;

/** Where the benchmarks find the real ROME 4.60 export, or a clear reason why they cannot run. */
final class SharedData {
    static final String ABSENT = "ROME 4.60 export absent: expected <passerelle.shared>/data/rome_v460 with "
            + RomeV460Titles.APPELLATIONS + " (system property passerelle.shared = %s). "
            + "The pom's jmh profile sets it to ${project.basedir}/../shared; this benchmark is skipped.";

    private SharedData() {
    }

    /** The rome_v460 folder; otherwise prints why on stderr and throws, so that JMH reports it and goes on. */
    static Path romeFolder() {
        Optional<Path> folder = RomeV460Titles.folder();
        if (folder.isEmpty()) {
            String message = String.format(ABSENT, System.getProperty("passerelle.shared"));
            System.err.println(message);
            throw new IllegalStateException(message);
        }
        return folder.get();
    }

    /** The whole ../shared/data folder (the national benchmarks need every referential), or a clear failure. */
    static Path dataFolder() {
        return romeFolder().getParent();
    }
}
