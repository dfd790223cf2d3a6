package fr.passerelle.store;

/**
 * Named instants of an import's build and publication, for the crash test only (src/site/markdown/cache.md): with
 * {@code -Dpasserelle.test.phases=print} the process prints {@code @@phase NAME} on stderr at each of them, and with
 * {@code -Dpasserelle.test.pauseAt=NAME} it also stops there for good, so that the test kills it at that exact
 * instant. Both properties are read once; without them this costs a branch.
 */
final class CrashPoints {
    private static final boolean PRINT = System.getProperty("passerelle.test.phases") != null
            || System.getProperty("passerelle.test.pauseAt") != null;
    private static final String PAUSE_AT = System.getProperty("passerelle.test.pauseAt", "");

    private CrashPoints() {
    }

    static void reach(String name) {
        if (!PRINT) {
            return;
        }
        System.err.println("@@phase " + name + " " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
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
