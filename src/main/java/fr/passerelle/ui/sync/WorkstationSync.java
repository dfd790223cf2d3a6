package fr.passerelle.ui.sync;

import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.sync.CacheImport;
import fr.passerelle.sync.JournalOutbox;
import fr.passerelle.sync.OutboxPusher;
import fr.passerelle.sync.SanityRules;
import fr.passerelle.sync.SyncClients;
import fr.passerelle.sync.SyncFolder;
import fr.passerelle.sync.SyncReport;
import fr.passerelle.sync.SyncSettings;
import fr.passerelle.sync.SyncState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@link SyncAccess} over the workstation: the same bundle sync as {@code sync --from}, from the address of
 * {@code sync.properties}; the outbox journal is read only when it exists (the window never creates personal files).
 */
public final class WorkstationSync implements SyncAccess {
    private final Workstation workstation;
    private final SyncSettings settings;
    private final SyncFolder folder;
    private final Clock clock;

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
        if (settings.agencyUrl() != null && report.outcome() != SyncReport.Outcome.OFFLINE && journalExists()) {
            OutboxPusher.to(settings.agencyUrl(), clock).push(outbox());
        }
        return report;
    }

    @Override
    public boolean offersConfigured() {
        return WorkstationOffers.configured(workstation.home().root());
    }

    @Override
    public int unsent() {
        try {
            return journalExists() ? outbox().unsentCount() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean journalExists() {
        return Files.exists(workstation.home().personalFolder().resolve("outbox.journal"));
    }

    private JournalOutbox outbox() throws IOException {
        return JournalOutbox.open(workstation.home().personalFolder(), settings.laptop(), clock);
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
