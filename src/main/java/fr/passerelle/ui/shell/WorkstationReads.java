package fr.passerelle.ui.shell;

import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.ui.data.CacheAccess;
import java.nio.file.Path;
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

    /** The window's access to the cache: every call waits for the opening, so only from background tasks. */
    static CacheAccess cacheAccess(Workstation workstation) {
        return new CacheAccess() {
            @Override
            public List<DatasetInfo> datasets() {
                return workstation.datasets().all();
            }

            @Override
            public boolean seedIfEmpty(ProgressListener progress) throws Exception {
                return workstation.seedIfEmpty(progress);
            }

            @Override
            public ImportReport importPaths(List<Path> paths, ProgressListener progress) throws Exception {
                return workstation.importPaths(paths, progress);
            }

            @Override
            public List<PlannedFile> plan(List<Path> paths) throws Exception {
                return workstation.importer().plan(paths).files().stream()
                        .map(f -> new PlannedFile(String.valueOf(f.path().getFileName()), f.format().label())).toList();
            }
        };
    }
}
