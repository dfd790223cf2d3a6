package fr.passerelle.app;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.PathEngine;
import fr.passerelle.engine.RankingWeights;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.importer.FormatCatalog;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.ImportService;
import fr.passerelle.search.JobSearch;
import fr.passerelle.store.CacheLease;
import fr.passerelle.store.DatasetStore;
import fr.passerelle.store.JobTitleStore;
import fr.passerelle.store.PathDataStore;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.ReferenceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The composition root: builds every service of Passerelle with constructors, once, for the CLI and the UI alike.
 * No framework, no singletons: whoever needs a service gets it from here.
 */
public final class Workstation implements AutoCloseable {
    private final Home home;
    private final ReferenceCache cache;
    private final ImportService importer;
    private volatile JobSearch jobSearch;
    private volatile PathEngine pathEngine;

    private Workstation(Home home, ReferenceCache cache, Clock clock) {
        this.home = home;
        this.cache = cache;
        this.importer = new ImportService(FormatCatalog.standard(), cache, clock);
    }

    /** Opens the data folder: the published cache is read-only here; imports publish a new one. */
    public static Workstation open(Home home) {
        return open(home, Clock.systemUTC());
    }

    /** The same, stamping imports with {@code clock} (tests and the crash test use a fixed one). */
    public static Workstation open(Home home, Clock clock) {
        return new Workstation(home, ReferenceCache.open(home.cacheFolder()), clock);
    }

    public Home home() {
        return home;
    }

    /** The datasets of the cache as published now (by this process or another one). */
    public DatasetStore datasets() {
        dataVersion();
        return new DatasetStore(cache.database());
    }

    public ImportService importer() {
        return importer;
    }

    /** The reference cache as published now, for benchmarks that build indexes outside the workstation. */
    public ReferenceDatabase referenceDatabase() {
        return cache.database();
    }

    /** The H2 file of the published generation. */
    public Path cacheFile() {
        return cache.database().file();
    }

    /**
     * Imports files or folders: the new cache state is built aside, validated and published at once, then this
     * workstation reads it. The first import of real files removes the sample data (the report lists it).
     */
    public ImportReport importPaths(List<Path> paths, ProgressListener progress) throws ImportException {
        ImportReport report = importer.run(importer.plan(paths), progress);
        invalidateIndexes();
        return report;
    }

    /**
     * On an empty cache, imports the sample data bundled in the jar so that a fresh machine is useful offline, in
     * demonstration mode ({@link #isSampleMode()}). Samples never go into a cache that holds data (checked again
     * under the writer lock), and the first real import removes them.
     */
    public boolean seedIfEmpty(ProgressListener progress) throws ImportException {
        if (!datasets().isEmpty()) {
            return false;
        }
        try (BundledSamples samples = BundledSamples.open()) {
            ImportReport report = importer.run(importer.plan(List.of(samples.root())), progress, DatasetInfo.SAMPLE_SOURCE_PREFIX);
            invalidateIndexes();
            return report != null;
        }
    }

    /**
     * True in demonstration mode: the cache holds the bundled, fictional samples (then only them: they never mix
     * with real data). Every figure shown then is invented; the window and the commands say so.
     */
    public boolean isSampleMode() {
        return datasets().all().stream().anyMatch(DatasetInfo::isSample);
    }

    /** The job-title index, built on first use from the cache and rebuilt after an import. */
    public JobSearch jobSearch() {
        JobSearch search = jobSearch;
        if (search == null) {
            synchronized (this) {
                if (jobSearch == null) {
                    try (CacheLease lease = cache.lease()) {
                        jobSearch = JobSearch.build(new JobTitleStore(lease.database()).jobTitles());
                    }
                }
                search = jobSearch;
            }
        }
        return search;
    }

    /** The path engine over in-memory indexes of the whole cache, built on first use and rebuilt after an import. */
    public PathEngine pathEngine() {
        PathEngine engine = pathEngine;
        if (engine == null) {
            synchronized (this) {
                if (pathEngine == null) {
                    try (CacheLease lease = cache.lease()) {
                        pathEngine = new PathEngine(PathIndex.build(new PathDataStore(lease.database())), RankingWeights.DEFAULT);
                    }
                }
                engine = pathEngine;
            }
        }
        return engine;
    }

    /**
     * A lease on the cache as published now (by this process or another one), with its version id: the generation
     * it reads stays open and unchanged until the snapshot is closed. Anything built from it (indexes) is keyed by
     * the version and discarded when {@link #dataVersion()} has moved on.
     */
    public CacheSnapshot snapshot() {
        cache.refresh();
        CacheLease lease = cache.lease();
        return new CacheSnapshot(lease.generation(), lease.database(), lease::close);
    }

    /** The id of the cache state published now (its generation); changes after every import that publishes. */
    public String dataVersion() {
        if (cache.refresh()) {
            invalidateIndexes();
        }
        return cache.generation();
    }

    private void invalidateIndexes() {
        jobSearch = null;
        pathEngine = null;
    }

    @Override
    public void close() {
        cache.close();
    }
}
