package fr.passerelle.app;

import java.nio.file.Path;

/**
 * A second process that keeps a data folder open as the window does: it opens the workstation, leases the published
 * cache state, prints {@code @@holding GENERATION} on stderr and waits until it is killed. Argument: HOME.
 */
public final class HoldCacheMain {
    private HoldCacheMain() {
    }

    public static void main(String[] args) throws Exception {
        Workstation workstation = Workstation.open(new Home(Path.of(args[0])));
        CacheSnapshot snapshot = workstation.snapshot();
        System.err.println("@@holding " + snapshot.version());
        Thread.sleep(Long.MAX_VALUE);
    }
}
