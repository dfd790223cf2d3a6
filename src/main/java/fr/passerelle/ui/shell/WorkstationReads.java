package fr.passerelle.ui.shell;

import fr.passerelle.app.Workstation;
import fr.passerelle.export.TrainingContacts;
import fr.passerelle.store.GeoOutlineStore;
import fr.passerelle.store.TrainingContactStore;
import fr.passerelle.ui.market.MarketSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the window's screens read from the workstation, beyond the path service: each read happens when a screen asks,
 * in the background, never while the window is built (the cache may still be opening then: startup.md).
 */
final class WorkstationReads {
    private WorkstationReads() {
    }

    /** The market screen's figures and the map outlines, read from the published data in the background. */
    static MarketSource marketSource(Workstation workstation) {
        return new MarketSource() {
            @Override
            public fr.passerelle.engine.index.PathIndex index() {
                return workstation.indexes().await().engine().index();
            }

            @Override
            public List<fr.passerelle.domain.territory.GeoOutline> departementOutlines() {
                try (fr.passerelle.app.CacheSnapshot snapshot = workstation.snapshot()) {
                    return new GeoOutlineStore(snapshot.database()).outlines("departement");
                }
            }
        };
    }

    /**
     * The training contacts of the published cache, its store made on first use: off the FX thread, once the cache is
     * open (the window is built while it opens).
     */
    static TrainingContacts trainingContacts(Workstation workstation) {
        AtomicReference<TrainingContactStore> store = new AtomicReference<>();
        return sessionId -> store.updateAndGet(s -> s != null ? s : new TrainingContactStore(workstation.referenceDatabase()))
                .find(sessionId);
    }
}
