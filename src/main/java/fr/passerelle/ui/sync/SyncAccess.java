package fr.passerelle.ui.sync;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.sync.SyncReport;
import fr.passerelle.sync.SyncState;
import java.time.Duration;
import java.util.List;

/** What the sync panel needs (blocking calls, run through the TaskRunner): a port, so view-model tests fake it. */
public interface SyncAccess {

    /** The central server's address, or null when none is configured. */
    String source();

    SyncState state();

    /** Pulls the bundle, then the live offers when configured (and pushes the outbox when an agency is configured). */
    SyncReport syncNow(ProgressListener progress) throws Exception;

    /** True when the sync also fetches live offers (offers.regions and the partner credentials are set). */
    default boolean offersConfigured() {
        return false;
    }

    /** Items of the outbox not yet acknowledged. */
    int unsent();

    List<DatasetInfo> datasets();

    /** How soon to try again when offline. */
    Duration retry();
}
