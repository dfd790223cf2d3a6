package fr.passerelle.ui.shell;

import fr.passerelle.app.Workstation;
import fr.passerelle.ui.data.CacheAccess;

/** Lets tests of other packages reach the window's cache access (package-private in the composition root). */
public final class WorkstationUiAccess {
    private WorkstationUiAccess() {
    }

    public static CacheAccess cacheAccess(Workstation workstation) {
        return WorkstationReads.cacheAccess(workstation);
    }
}
