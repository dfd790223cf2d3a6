package fr.passerelle.app;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.FormatCatalog;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.ImportService;
import fr.passerelle.engine.PathEngine;
import fr.passerelle.engine.PathFunding;
import fr.passerelle.engine.RankingWeights;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.search.JobSearch;
import fr.passerelle.store.PathDataStore;
import fr.passerelle.store.DatasetStore;
import fr.passerelle.store.FundingRulesStore;
import fr.passerelle.store.ImportTransaction;
import fr.passerelle.store.JobTitleStore;
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
    private final ReferenceDatabase database;
    private final DatasetStore datasets;
    private final ImportService importer;
    private final JobTitleStore jobTitles;
    private volatile JobSearch jobSearch;
    private volatile PathEngine pathEngine;
    private volatile FundingRules fundingRules;
    private volatile PathFunding funding;
    /** Counts committed imports: the id of the published cache state until each state gets a file of its own. */
    private final java.util.concurrent.atomic.AtomicLong dataVersion = new java.util.concurrent.atomic.AtomicLong();

    private Workstation(Home home, ReferenceDatabase database, Clock clock) {
        this.home = home;
        this.database = database;
        this.datasets = new DatasetStore(database);
        this.importer = new ImportService(FormatCatalog.standard(), new ImportTransaction(database), clock);
        this.jobTitles = new JobTitleStore(database);
    }

    public static Workstation open(Home home) {
        return new Workstation(home, ReferenceDatabase.open(home.cacheFolder()), Clock.systemUTC());
    }

    public Home home() {
        return home;
    }

    public DatasetStore datasets() {
        return datasets;
    }

    public ImportService importer() {
        return importer;
    }

    /** The reference cache itself, for benchmarks that build indexes outside the workstation. */
    public ReferenceDatabase referenceDatabase() {
        return database;
    }

    public Path cacheFile() {
        return database.file();
    }

    /** Imports files or folders in one transaction and refreshes what depends on the cache. */
    public ImportReport importPaths(List<Path> paths, ProgressListener progress) throws ImportException {
        ImportReport report = importer.run(importer.plan(paths), progress);
        invalidateIndexes();
        return report;
    }

    /** On an empty cache, imports the sample data bundled in the jar so that a fresh machine is useful offline. */
    public boolean seedIfEmpty(ProgressListener progress) throws ImportException {
        if (!datasets.isEmpty()) {
            return false;
        }
        try (BundledSamples samples = BundledSamples.open()) {
            importer.run(importer.plan(List.of(samples.root())), progress, DatasetInfo.SAMPLE_SOURCE_PREFIX);
            invalidateIndexes();
        }
        return true;
    }

    /** The job-title index, built on first use from the cache and rebuilt after an import. */
    public JobSearch jobSearch() {
        JobSearch search = jobSearch;
        if (search == null) {
            synchronized (this) {
                if (jobSearch == null) {
                    jobSearch = JobSearch.build(jobTitles.jobTitles());
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
                    pathEngine = new PathEngine(PathIndex.build(new PathDataStore(database)), RankingWeights.DEFAULT,
                            fundingRules().rules());
                }
                engine = pathEngine;
            }
        }
        return engine;
    }

    /** The funding rules in force (imported, else bundled), read once and re-read after an import. */
    public FundingRules fundingRules() {
        FundingRules rules = fundingRules;
        if (rules == null) {
            synchronized (this) {
                if (fundingRules == null) {
                    fundingRules = FundingRules.choose(new FundingRulesStore(database));
                }
                rules = fundingRules;
            }
        }
        return rules;
    }

    /** Who pays what: one call with a profile, a session and a date (see {@link PathFunding}). */
    public PathFunding funding() {
        PathFunding f = funding;
        if (f == null) {
            f = new PathFunding(fundingRules().rules());
            funding = f; // a race builds two equal instances: harmless
        }
        return f;
    }

    /**
     * A lease on the cache as published now, with its version id. Anything built from it (indexes) is keyed by the
     * version and discarded when {@link #dataVersion()} has moved on.
     */
    public CacheSnapshot snapshot() {
        return new CacheSnapshot(dataVersion(), database, () -> { });
    }

    /** The id of the cache state published now; changes after every import that commits. */
    public String dataVersion() {
        return Long.toString(dataVersion.get());
    }

    private void invalidateIndexes() {
        dataVersion.incrementAndGet();
        jobSearch = null;
        pathEngine = null;
        fundingRules = null;
        funding = null;
    }

    @Override
    public void close() {
        database.close();
    }
}
