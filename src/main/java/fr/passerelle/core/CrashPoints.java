package fr.passerelle.core;

import java.lang.management.ManagementFactory;

/**
 * Named instants of an import, a sync or a change to the personal data, for the crash tests only (cache.md, sync.md):
 * with {@code -Dpasserelle.test.phases=print} the process prints {@code @@phase NAME UPTIME_MS} on stderr at each of
 * them, and with {@code -Dpasserelle.test.pauseAt=NAME} it also stops there for good, so that the test kills it at
 * that exact instant. Both properties are read once; without them this costs a branch.
 */
public final class CrashPoints {
    private static final boolean PRINT = System.getProperty("passerelle.test.phases") != null
            || System.getProperty("passerelle.test.pauseAt") != null;
    private static final String PAUSE_AT = System.getProperty("passerelle.test.pauseAt", "");

    private CrashPoints() {
    }

    public static void reach(String name) {
        if (!PRINT) {
            return;
        }
        System.err.println("@@phase " + name + " " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.err.flush();
        if (name.equals(PAUSE_AT) || name.startsWith(PAUSE_AT + " ")) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // The test kills the process here; nothing else may wake it.
                }
            }
        }
    }
}
