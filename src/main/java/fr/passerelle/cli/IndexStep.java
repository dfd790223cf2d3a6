package fr.passerelle.cli;

import fr.passerelle.app.Workstation;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/**
 * The last step of a command-line {@code import} or {@code sync} that changed the cache: the indexes of the new data
 * are built and saved now, so that the next {@code path}, {@code jobs} or window answers at once instead of building
 * them (a minute on national data). It runs in the command itself, after the import's own time is printed, rather
 * than in a detached process: the counsellor sees it end (or fail) and no process is left competing for the
 * machine's cores behind her back. {@code --no-index} skips it (import benchmarks, scripts that import several times).
 */
final class IndexStep {
    private IndexStep() {
    }

    /** Prints how long the import took, then builds and saves the indexes with a line of its own. */
    static void afterImport(Workstation workstation, Instant importStarted, PrintWriter out) {
        out.printf("Import terminé en %s.%n", FrenchFormats.seconds(Duration.between(importStarted, Instant.now())));
        run(workstation, out);
    }

    /** Builds and saves the indexes of the published data (or finds them saved), and says so. */
    static void run(Workstation workstation, PrintWriter out) {
        out.println("Index des parcours et des métiers : construction pour les prochaines commandes…");
        out.flush();
        Instant started = Instant.now();
        String problem;
        try {
            problem = workstation.saveIndexes(TerminalProgress.forStderr());
        } catch (RuntimeException | OutOfMemoryError e) {
            // The import is done and published: an index that cannot be built now is built by the next process.
            problem = "construction impossible (" + e.getMessage() + ")";
        }
        String took = FrenchFormats.seconds(Duration.between(started, Instant.now()));
        if (problem == null) {
            out.printf("Index enregistrés en %s : la prochaine commande répond sans les reconstruire.%n", took);
        } else {
            out.printf("Index non enregistrés (%s) : la prochaine commande les construira.%n", problem);
        }
    }
}
