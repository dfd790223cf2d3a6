package fr.passerelle.sync;

/**
 * Named instants of a sync run for the kill test only (as store.CrashPoints for an import): with
 * {@code -Dpasserelle.test.phases=print} it prints {@code @@phase NAME} on stderr, with
 * {@code -Dpasserelle.test.pauseAt=NAME} it also stops there for good so that the test kills it at that instant.
 */
final class SyncPhases {
    static final String[] NAMES = {"sync.manifest", "sync.file-downloaded", "sync.all-downloaded", "sync.unpacked",
        "sync.imported", "sync.recorded"};
    private static final boolean PRINT = System.getProperty("passerelle.test.phases") != null
            || System.getProperty("passerelle.test.pauseAt") != null;
    private static final String PAUSE_AT = System.getProperty("passerelle.test.pauseAt", "");

    private SyncPhases() {
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
                    // killed here by the test
                }
            }
        }
    }
}
