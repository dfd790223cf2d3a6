package fr.passerelle.ui.sync;

import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.sync.CacheImport;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.OutboxPusher;
import fr.passerelle.sync.SanityRules;
import fr.passerelle.sync.SyncClients;
import fr.passerelle.sync.SyncFolder;
import fr.passerelle.sync.SyncReport;
import fr.passerelle.sync.SyncSettings;
import fr.passerelle.sync.SyncState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link SyncAccess} over the workstation: the same bundle sync as {@code sync --from}, from the address of
 * {@code sync.properties}; the outbox is the encrypted personal store's, pushed and counted while it is unlocked.
 */
public final class WorkstationSync implements SyncAccess {
    private final Workstation workstation;
    private final SyncSettings settings;
    private final SyncFolder folder;
    private final Clock clock;
    private volatile Supplier<Optional<Outbox>> outbox = Optional::empty;
    /** The count last read while unlocked: shown while locked rather than a false 0. */
    private volatile int lastUnsent;

    public WorkstationSync(Workstation workstation, SyncSettings settings, Clock clock) {
        this.workstation = workstation;
        this.settings = settings;
        this.folder = new SyncFolder(workstation.home().root().resolve("sync"));
        this.clock = clock;
    }

    /** From the home's sync.properties; an unreadable file counts as no server configured (the panel says it). */
    public static WorkstationSync of(Workstation workstation, Clock clock) {
        SyncSettings settings;
        try {
            settings = SyncSettings.load(workstation.home().root());
        } catch (IOException e) {
            settings = new SyncSettings(null, null, Duration.ofMinutes(15), "poste");
        }
        return new WorkstationSync(workstation, settings, clock);
    }

    @Override
    public String source() {
        return settings.centralUrl();
    }

    @Override
    public SyncState state() {
        return folder.state().load();
    }

    @Override
    public SyncReport syncNow(ProgressListener progress) throws Exception {
        CacheImport cache = new CacheImport() {
            @Override
            public List<DatasetInfo> datasets() {
                return workstation.datasets().all();
            }

            @Override
            public ImportReport importFiles(List<Path> files, ProgressListener p) throws ImportException {
                return workstation.importPaths(files, p);
            }
        };
        SyncReport report = SyncClients.bundleSync(settings.centralUrl(), cache, folder, SanityRules.standard(), clock)
                .run(settings.centralUrl(), progress);
        report = WorkstationOffers.after(report, workstation, cache, folder, clock, progress);
        Optional<Outbox> box = outbox.get();
        if (settings.agencyUrl() != null && report.outcome() != SyncReport.Outcome.OFFLINE && box.isPresent()) {
            try {
                OutboxPusher.to(settings.agencyUrl(), clock).push(box.get());
            } catch (RuntimeException e) {
                // The personal data locked during the push: what was not acknowledged stays pending for the next one,
                // and the pull's report stands.
            }
        }
        return report;
    }

    /** Where the outbox is while the personal data is unlocked (empty while locked or without personal data). */
    public void outboxFrom(Supplier<Optional<Outbox>> source) {
        this.outbox = source;
    }

    @Override
    public boolean offersConfigured() {
        return WorkstationOffers.configured(workstation.home().root());
    }

    @Override
    public int unsent() {
        try {
            outbox.get().ifPresent(box -> lastUnsent = box.unsentCount());
        } catch (RuntimeException e) {
            // locked meanwhile: the last count stands
        }
        return lastUnsent;
    }

    @Override
    public List<DatasetInfo> datasets() {
        return workstation.datasets().all();
    }

    @Override
    public Duration retry() {
        return settings.retry();
    }
}
