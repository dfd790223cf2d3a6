package fr.passerelle.ui.main;

import fr.passerelle.app.Workstation;
import fr.passerelle.ui.WorkstationWindow;

/** Test access to the window's backend adapter. */
final class WorkstationWindowAccess {
    private WorkstationWindowAccess() {
    }

    static MainViewModel.Backend backend(Workstation workstation) {
        return WorkstationWindow.backend(workstation);
    }
}
