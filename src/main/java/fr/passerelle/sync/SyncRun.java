package fr.passerelle.sync;

import fr.passerelle.core.CancelledException;
import fr.passerelle.core.CrashPoints;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One sync: plan → download to staging (resumable, in the home folder) → verify (hashes, line counts, sanity
 * thresholds) → import (the ordinary staging import, published atomically) → record. Interrupted anywhere, the cache
 * is the published one, untouched (only the import writes it, all or nothing), and the next run finds the complete
 * downloads where they were (home/sync/downloads, named by their SHA-256) and resumes the partial one.
 */
public final class SyncRun {
    private final CentralApi central;
    private final CacheImport cache;
    private final SyncFolder folder;
    private final SanityRules sanity;
    private final Clock clock;
    /** The language of the progress steps (the report is said by its reader: SyncReport.lines(renderer)). */
    private final MessageRenderer words;

    public SyncRun(CentralApi central, CacheImport cache, SyncFolder folder, SanityRules sanity, Clock clock) {
        this(central, cache, folder, sanity, clock, MessageRenderer.french());
    }

    private SyncRun(CentralApi central, CacheImport cache, SyncFolder folder, SanityRules sanity, Clock clock,
                    MessageRenderer words) {
        this.central = central;
        this.cache = cache;
        this.folder = folder;
        this.sanity = sanity;
        this.clock = clock;
        this.words = words;
    }

    /** The same run naming its progress steps in the renderer's language ("Manifest", "Downloading …"). */
    public SyncRun speaking(MessageRenderer in) {
        return new SyncRun(central, cache, folder, sanity, clock, in);
    }

    /** Runs; offline and refused runs return a report (and record it) rather than throwing. */
    public SyncReport run(String source, ProgressListener progress) throws IOException {
        SyncState state = folder.state().load();
        try {
            SyncReport report = pull(source, state, progress);
            if (report.outcome() == SyncReport.Outcome.UP_TO_DATE) {
                folder.state().save(folder.state().load().attempted(clock.instant(), null, report));
            }
            return report;
        } catch (OfflineException e) {
            SyncReport report = new SyncReport(SyncReport.Outcome.OFFLINE, state.version(), clock.instant(), List.of(), List.of(),
                    0, 0, e.said());
            Instant since = state.offlineSince() != null ? state.offlineSince() : clock.instant();
            folder.state().save(state.attempted(clock.instant(), since, report));
            return report;
        } catch (SyncException | ImportException e) {
            Message why = e instanceof SyncException s ? s.said() : ((ImportException) e).said();
            SyncReport report = new SyncReport(SyncReport.Outcome.REFUSED, state.version(), clock.instant(), List.of(), List.of(),
                    0, 0, why);
            folder.state().save(state.attempted(clock.instant(), null, report));
            return report;
        }
    }

    private SyncReport pull(String source, SyncState state, ProgressListener progress)
            throws SyncException, ImportException, IOException {
        progress.progress(words.render(Message.of("sync.step.manifest")), 0, -1);
        // The ETag is sent only for a bundle fully synced from the same source: a run cut after the manifest must
        // not be told "nothing changed" next time.
        String etag = source.equals(state.source()) ? state.etag() : null;
        Optional<CentralApi.Fetched> fetched = central.manifest(etag);
        CrashPoints.reach("sync.manifest");
        if (fetched.isEmpty()) {
            return new SyncReport(SyncReport.Outcome.UP_TO_DATE, state.version(), clock.instant(), List.of(), List.of(), 0, 0,
                    Message.NONE);
        }
        BundleManifest manifest = fetched.get().manifest();
        Map<String, DatasetInfo> cached = new HashMap<>();
        for (DatasetInfo d : cache.datasets()) {
            cached.put(d.key(), d);
        }
        List<BundleManifest.BundleFile> wanted = new ArrayList<>();
        List<Message> refused = new ArrayList<>();
        for (BundleManifest.BundleFile file : manifest.files()) {
            DatasetInfo have = cached.get(file.datasetKey());
            if (have != null && file.sha256().equals(have.sha256())) {
                continue; // the delta: a file the cache already holds is neither fetched nor imported again
            }
            SyncState.Synced previous = state.files().get(file.datasetKey());
            Optional<Message> why = sanity.refusal(file, previous == null ? null : previous.lines());
            if (why.isPresent()) {
                refused.add(Message.of("sync.refused.file", Param.label(file.name()), Param.of(why.get())));
            } else {
                wanted.add(file);
            }
        }
        long resumed = 0;
        long downloaded = 0;
        for (BundleManifest.BundleFile file : wanted) {
            Path gz = folder.download(file);
            if (Files.exists(gz)) {
                resumed += file.gzipBytes();
                continue;
            }
            Path part = folder.part(file);
            long before = Files.exists(part) ? Files.size(part) : 0;
            resumed += Math.min(before, file.gzipBytes());
            fetchVerified(file, part, gz, progress);
            downloaded += file.gzipBytes() - Math.min(before, file.gzipBytes());
            CrashPoints.reach("sync.file-downloaded");
        }
        CrashPoints.reach("sync.all-downloaded");
        List<Path> unpacked = unpack(wanted, progress);
        CrashPoints.reach("sync.unpacked");
        Map<String, KeyFigures> figures = new HashMap<>();
        unpacked = checkFigures(wanted, unpacked, new FigureCheck(sanity, cached, state), figures, refused, progress,
                words.render(Message.of("sync.step.figures")));
        List<Message> changed = new ArrayList<>();
        SyncReport.Outcome outcome = SyncReport.Outcome.UP_TO_DATE;
        if (!unpacked.isEmpty()) {
            ImportReport imported = cache.importFiles(unpacked, progress);
            CrashPoints.reach("sync.imported");
            for (ImportReport.DatasetResult r : imported.datasets()) {
                DatasetInfo d = r.dataset();
                DatasetInfo old = cached.get(d.key());
                Message was = old == null ? Message.of("sync.version.new")
                        : old.version() == null ? Message.of("sync.version.previous") : SyncWords.data(old.version());
                Message versions = d.version() == null ? was
                        : Message.of("sync.changed.versions", Param.of(was), Param.label(d.version()));
                // The dataset's label is the importer's (French) name of the format: said as the cache records it.
                Message name = d.scope().isEmpty() ? SyncWords.data(d.label())
                        : Message.of("sync.dataset.scoped", Param.label(d.label()), Param.label(d.scope()));
                changed.add(Message.of("sync.changed", Param.of(name), Param.of(versions), Param.number(d.rowsStored())));
            }
            outcome = SyncReport.Outcome.UPDATED;
        }
        SyncReport report = new SyncReport(outcome, manifest.version(), clock.instant(), changed, refused, downloaded, resumed,
                Message.NONE);
        record(source, fetched.get(), manifest, refused.isEmpty(), figures, report);
        CrashPoints.reach("sync.recorded");
        folder.clean();
        return report;
    }

    /** {@code to} with every step named {@code step}: the client's own names are French, the run's in its language. */
    private static ProgressListener saying(ProgressListener to, String step) {
        return new ProgressListener() {
            @Override
            public void progress(String ignored, long done, long total) {
                to.progress(step, done, total);
            }

            @Override
            public boolean isCancelled() {
                return to.isCancelled();
            }
        };
    }

    /** Downloads into the part file and renames it to its final name only once its SHA-256 is the manifest's. */
    private void fetchVerified(BundleManifest.BundleFile file, Path part, Path gz, ProgressListener progress)
            throws SyncException, IOException {
        for (int attempt = 0; ; attempt++) {
            central.download(file, part, saying(progress, words.render(Message.of("sync.step.download",
                    Param.label(file.name())))));
            String sha = Hashes.sha256(part);
            if (sha.equals(file.gzipSha256())) {
                DurableFiles.move(part, gz);
                return;
            }
            Files.deleteIfExists(part);
            if (attempt >= 1) {
                throw new SyncException(Message.of("sync.file.gzipSha", Param.label(file.name()), Param.code(sha.substring(0, 12)),
                        Param.code(file.gzipSha256().substring(0, 12))));
            }
        }
    }

    /** Unpacks into a fresh staging folder, checking each file's SHA-256 and lines against the manifest. */
    private List<Path> unpack(List<BundleManifest.BundleFile> files, ProgressListener progress) throws SyncException, IOException {
        Path staging = folder.freshStaging();
        List<Path> out = new ArrayList<>();
        int n = 0;
        for (BundleManifest.BundleFile file : files) {
            progress.progress(words.render(Message.of("sync.step.check")), n++, files.size());
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            Path target = staging.resolve(file.name());
            Hashes.Summary summary;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.download(file)));
                 OutputStream copy = Files.newOutputStream(target);
                 InputStream tee = new TeeInputStream(in, copy)) {
                summary = Hashes.summarise(tee);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                Files.deleteIfExists(folder.download(file));
                throw new SyncException(Message.of("sync.file.gzipDamaged", Param.label(file.name()),
                        Param.label(String.valueOf(e.getMessage()))));
            }
            if (!summary.sha256().equals(file.sha256()) || summary.lines() != file.lines()) {
                Files.deleteIfExists(folder.download(file));
                throw new SyncException(Message.of("sync.file.content", Param.label(file.name()), Param.number(summary.lines()),
                        Param.number(file.lines()), Param.of(Message.of(summary.sha256().equals(file.sha256())
                                ? "sync.file.content.same" : "sync.file.content.different"))));
            }
            out.add(target);
        }
        return out;
    }

    /**
     * Measures the key figures of each unpacked file and keeps out those that jump against the cached version's
     * (their reasons go to {@code refused}); returns the files to import, and fills {@code figures} for the record.
     */
    private static List<Path> checkFigures(List<BundleManifest.BundleFile> files, List<Path> unpacked, FigureCheck check,
            Map<String, KeyFigures> figures, List<Message> refused, ProgressListener progress, String step) throws SyncException {
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            BundleManifest.BundleFile file = files.get(i);
            progress.progress(step, i, files.size());
            KeyFigures now = check.measure(file, unpacked.get(i));
            List<Message> why = check.refusals(file, now);
            if (why.isEmpty()) {
                figures.put(file.datasetKey(), now);
                kept.add(unpacked.get(i));
            } else {
                refused.add(Message.of("sync.refused.figures", Param.label(file.name()), Param.label(String.valueOf(file.label())),
                        Param.joined(why)));
            }
        }
        return kept;
    }

    private void record(String source, CentralApi.Fetched fetched, BundleManifest manifest, boolean complete,
                        Map<String, KeyFigures> measured, SyncReport report) throws IOException {
        SyncState state = folder.state().load();
        Map<String, SyncState.Synced> files = new LinkedHashMap<>(state.files());
        Map<String, DatasetInfo> now = new HashMap<>();
        for (DatasetInfo d : cache.datasets()) {
            now.put(d.key(), d);
        }
        for (BundleManifest.BundleFile f : manifest.files()) {
            DatasetInfo d = now.get(f.datasetKey());
            if (d != null && f.sha256().equals(d.sha256())) {
                SyncState.Synced before = state.files().get(f.datasetKey());
                KeyFigures kept = before != null && f.sha256().equals(before.sha256()) ? before.figures() : KeyFigures.NONE;
                files.put(f.datasetKey(), new SyncState.Synced(f.name(), f.version(), f.sha256(), f.lines(),
                        measured.getOrDefault(f.datasetKey(), kept)));
            }
        }
        // A bundle with a refused dataset is not "fully synced": its ETag is not kept, so the next run looks again.
        folder.state().save(new SyncState(source, complete ? fetched.etag() : null, manifest.version(), clock.instant(),
                clock.instant(), null, files, report.lines(), report.lines(MessageRenderer.english())));
    }
}
