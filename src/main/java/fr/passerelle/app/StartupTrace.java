package fr.passerelle.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * With {@code -Dpasserelle.startupTrace=true}, one line on the error stream per step of a start, timed from the
 * launch of the JVM: {@code [démarrage] 0,84 s  cache ouvert}. How the cold-start figures of benchmarks.md are taken
 * (time to first frame, to the indexes, to the first path); silent and free otherwise.
 */
public final class StartupTrace {
    public static final String PROPERTY = "passerelle.startupTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    /** The JVM's own start (milliseconds exact; a process's start time from the system is rounded to the second). */
    private static final Instant JVM_START = ON
            ? Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) : null;
    private static PrintStream out = System.err;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ON;
    }

    /** Notes that {@code step} is done now (a no-op unless the property is set). */
    public static void mark(String step) {
        if (ON) {
            out.println(line(Duration.between(JVM_START, Instant.now()), step));
        }
    }

    /** The line printed for a step done {@code sinceStart} after the JVM started, seconds in French format. */
    static String line(Duration sinceStart, String step) {
        return String.format(Locale.FRANCE, "[démarrage] %.2f s  %s", sinceStart.toMillis() / 1000.0, step);
    }
}
