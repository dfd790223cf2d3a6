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
        afterImport(workstation, importStarted, out, OutputWords.FRENCH);
    }

    /** The same in the run's language ({@code import --lang en}). */
    static void afterImport(Workstation workstation, Instant importStarted, PrintWriter out, OutputWords w) {
        out.println(w.text("importcmd.done", seconds(w, Duration.between(importStarted, Instant.now()))));
        run(workstation, out, w);
    }

    /** Builds and saves the indexes of the published data (or finds them saved), and says so. */
    static void run(Workstation workstation, PrintWriter out) {
        run(workstation, out, OutputWords.FRENCH);
    }

    /** A duration in seconds with one decimal: "12,3 s" / "12.3 s" (FrenchFormats.seconds in French). */
    static String seconds(OutputWords w, Duration duration) {
        return w.decimal(duration.toMillis() / 1000.0, 1) + " s";
    }

    static void run(Workstation workstation, PrintWriter out, OutputWords w) {
        out.println(w.text("importcmd.index.building"));
        out.flush();
        Instant started = Instant.now();
        String problem;
        try {
            problem = workstation.saveIndexes(TerminalProgress.forStderr(w));
        } catch (RuntimeException | OutOfMemoryError e) {
            // The import is done and published: an index that cannot be built now is built by the next process.
            problem = w.text("importcmd.index.failed", String.valueOf(e.getMessage()));
        }
        String took = seconds(w, Duration.between(started, Instant.now()));
        if (problem == null) {
            out.println(w.text("importcmd.index.saved", took));
        } else {
            out.println(w.text("importcmd.index.notSaved", problem));
        }
    }
}
