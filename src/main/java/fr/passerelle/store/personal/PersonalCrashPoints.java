package fr.passerelle.store.personal;

/**
 * Named instants of a change to the personal data, for the crash test only (sync.md, "Outbox"): with
 * {@code -Dpasserelle.test.phases=print} the process prints {@code @@phase NAME} on stderr at each of them, and with
 * {@code -Dpasserelle.test.pauseAt=NAME} it stops there for good, so that the test kills it at that exact instant
 * (the reference store's {@code CrashPoints} does the same for imports). Read once; without them this costs a branch.
 */
final class PersonalCrashPoints {
    private static final boolean PRINT = System.getProperty("passerelle.test.phases") != null
            || System.getProperty("passerelle.test.pauseAt") != null;
    private static final String PAUSE_AT = System.getProperty("passerelle.test.pauseAt", "");

    private PersonalCrashPoints() {
    }

    static void reach(String name) {
        if (!PRINT) {
            return;
        }
        System.err.println("@@phase " + name);
        System.err.flush();
        if (name.equals(PAUSE_AT)) {
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
