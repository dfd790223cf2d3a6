package fr.passerelle.app;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.market.LiveOffer;
import fr.passerelle.engine.LiveOfferIndex;
import fr.passerelle.engine.PathEngine;
import fr.passerelle.engine.rules.RankingWeights;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.importer.catalog.FormatCatalog;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.ImportService;
import fr.passerelle.engine.PathFunding;
import fr.passerelle.search.JobSearch;
import fr.passerelle.store.CacheLease;
import fr.passerelle.store.DatasetStore;
import fr.passerelle.store.FundingRulesStore;
import fr.passerelle.store.JobOfferStore;
import fr.passerelle.store.JobTitleStore;
import fr.passerelle.store.PathDataStore;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.ReferenceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The composition root: builds every service of Passerelle with constructors, once, for the CLI and the UI alike.
 * No framework, no singletons: whoever needs a service gets it from here.
 */
public final class Workstation implements AutoCloseable {
    private final Home home;
    /**
     * The reference cache: open at construction for a command, still opening on another thread when the window draws
     * its shell first ({@link #openInBackground}). Whatever reads data waits for it, off the UI thread.
     */
    private final CompletableFuture<ReferenceCache> opening;
    /**
     * Complete, except for a window whose shell is drawn first: then until its first {@link #seedIfEmpty} ends. Index
     * builds wait for it, so that a request made meanwhile is never answered from the empty cache of a first start.
     */
    private final CompletableFuture<Void> seeding;
    private final Clock clock;
    /** Built on first use: a read-only command never loads the importers (nor Jackson through them). */
    private ImportService importer;
    private final IndexService indexes;
    private final PathService paths;
    private final IndexFiles indexFiles;
    /** True for a command that answers from a ROME code only: its job titles are read when (if ever) asked for. */
    private final boolean titlesOnDemand;
    /** The funding rules in force and their engine, with the cache version they were read from. */
    private volatile Funding funding;

    private Workstation(Home home, CompletableFuture<ReferenceCache> opening, Clock clock, IndexPreload preload, boolean titlesOnDemand) {
        this.home = home;
        this.titlesOnDemand = titlesOnDemand;
        this.opening = opening;
        this.seeding = opening.isDone() ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
        this.clock = clock;
        this.indexFiles = new IndexFiles(this::cache, preload);
        this.indexes = new IndexService(() -> {
            seeding.join();
            return snapshot();
        }, this::dataVersion, this::loadOrBuildIndexes);
        this.paths = new PathService(indexes, clock);
    }

    /** Opens the data folder: the published cache is read-only here; imports publish a new one. */
    public static Workstation open(Home home) {
        return open(home, Clock.systemUTC());
    }

    /** The same, stamping imports with {@code clock} (tests and the crash test use a fixed one). */
    public static Workstation open(Home home, Clock clock) {
        return new Workstation(home, CompletableFuture.completedFuture(ReferenceCache.open(home.cacheFolder())), clock,
                IndexPreload.NONE, false);
    }

    /** What a command is about to ask for, so that its persisted indexes are read while the cache opens. */
    public enum Answers {
        /** Job titles only ({@code jobs}). */
        JOB_TITLES(IndexPreload.Need.JOBS),
        /** A path from a ROME code: the job-title index is not read unless asked for. */
        PATH(IndexPreload.Need.PATH),
        /** A path from a typed job title, or the window: both. */
        PATH_AND_JOB_TITLES(IndexPreload.Need.BOTH);

        private final IndexPreload.Need need;

        Answers(IndexPreload.Need need) {
            this.need = need;
        }
    }

    /**
     * Opens the data folder for a command or a window that will answer from the indexes: the persisted indexes of the
     * published generation are read on background threads from now on, while the cache opens here (indexes.md).
     */
    public static Workstation openFor(Home home, Answers answers) {
        IndexPreload preload = IndexPreload.start(home.cacheFolder(), answers.need);
        StartupTrace.mark("lecture anticipée des index lancée (" + (preload.generation() == null ? "aucun index" : preload.generation()) + ")");
        ReferenceCache cache = ReferenceCache.open(home.cacheFolder());
        StartupTrace.mark("cache ouvert");
        return new Workstation(home, CompletableFuture.completedFuture(cache), Clock.systemUTC(), preload, answers == Answers.PATH);
    }

    /**
     * The same for the window, returning at once: the cache opens (and the persisted indexes are read) on
     * {@code opener} while the window draws its shell (startup.md). Everything that reads data waits for the opening,
     * off the UI thread; a failed opening is thrown, as it was raised (in French), by each of them. {@code opener} also
     * starts the read-ahead threads: the window holds both until its first frame is drawn.
     */
    public static Workstation openInBackground(Home home, Answers answers, java.util.concurrent.Executor opener) {
        IndexPreload preload = IndexPreload.start(home.cacheFolder(), answers.need, opener);
        StartupTrace.mark("lecture anticipée des index confiée à l'ouverture (" + (preload.generation() == null ? "aucun index" : preload.generation()) + ")");
        CompletableFuture<ReferenceCache> opening = CompletableFuture.supplyAsync(() -> {
            ReferenceCache cache = ReferenceCache.open(home.cacheFolder());
            StartupTrace.mark("cache ouvert");
            return cache;
        }, opener);
        return new Workstation(home, opening, Clock.systemUTC(), preload, answers == Answers.PATH);
    }

    /** Completes when the cache is open (or its opening failed); never waits. */
    public CompletableFuture<Void> opened() {
        return opening.thenApply(cache -> (Void) null);
    }

    /** The open cache; waits while it opens (never on a UI thread). */
    private ReferenceCache cache() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            // The opening's own exception (a French message: cache busy, folder unreadable…), not the wrapper.
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public Home home() {
        return home;
    }

    /** The datasets of the cache as published now (by this process or another one). */
    public DatasetStore datasets() {
        dataVersion();
        return new DatasetStore(cache().database());
    }

    public synchronized ImportService importer() {
        if (importer == null) {
            importer = new ImportService(FormatCatalog.standard(), cache(), clock);
        }
        return importer;
    }

    /** The reference cache as published now, for benchmarks that build indexes outside the workstation. */
    public ReferenceDatabase referenceDatabase() {
        return cache().database();
    }

    /** The H2 file of the published generation. */
    public Path cacheFile() {
        return cache().database().file();
    }

    /**
     * Imports files or folders: the new cache state is built aside, validated and published at once, then this
     * workstation reads it. The first import of real files removes the sample data (the report lists it).
     */
    public ImportReport importPaths(List<Path> paths, ProgressListener progress) throws ImportException {
        ImportService importer = importer();
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
        try {
            if (!datasets().isEmpty()) {
                return false;
            }
            ImportService importer = importer();
            try (BundledSamples samples = BundledSamples.open()) {
                ImportReport report = importer.run(importer.plan(List.of(samples.root())), progress, DatasetInfo.SAMPLE_SOURCE_PREFIX);
                invalidateIndexes();
                return report != null;
            }
        } finally {
            seeding.complete(null); // seeded, not needed or failed: index builds go on (and say a failure themselves)
        }
    }

    /**
     * True in demonstration mode: the cache holds the bundled, fictional samples (then only them: they never mix
     * with real data). Every figure shown then is invented; the window and the commands say so.
     */
    public boolean isSampleMode() {
        return datasets().all().stream().anyMatch(DatasetInfo::isSample);
    }

    /** The indexes of the published cache state, built in the background and rebuilt after an import. */
    public IndexService indexes() {
        return indexes;
    }

    /** Request → path, for the CLI and the window. */
    public PathService paths() {
        return paths;
    }

    /**
     * The job-title index of the published state: the index service's when built, else built on its own from a
     * snapshot (a second at national scale), so that {@code jobs} never waits for the whole path index.
     */
    public JobSearch jobSearch() {
        if (indexes.isReady()) {
            return indexes.await().jobSearch();
        }
        return jobSearch(dataVersion());
    }

    /**
     * What this workstation's index service does for a snapshot: the indexes persisted for its generation when they
     * are there and sound (a fraction of a second), else a build from the cache, then saved for the next process
     * (when this one may write: see {@link IndexFiles}).
     */
    IndexService.Indexes loadOrBuildIndexes(CacheSnapshot snapshot, ProgressListener progress) {
        String version = snapshot.version();
        progress.progress("lecture de l'index enregistré", 0, 5);
        // What comes from H2 first: the path index may still be on its way from disk (IndexPreload).
        FundingRules rules = FundingRules.choose(new FundingRulesStore(snapshot.database()));
        Optional<List<LiveOffer>> offers = new JobOfferStore(snapshot.database()).all();
        StartupTrace.mark("règles de financement et offres lues");
        Optional<PathIndex> savedPath = indexFiles.pathIndex(version);
        StartupTrace.mark(savedPath.isPresent() ? "index des parcours chargé" : "index des parcours à construire");
        if (savedPath.isPresent()) {
            // A path from a ROME code never needs the job titles: read when first asked for, then. Everyone else gets
            // them now, on this thread (the window's status line counts them on the UI thread).
            Supplier<JobSearch> titles = new Once<>(() -> jobSearch(version));
            if (!titlesOnDemand) {
                titles.get();
            }
            return new IndexService.Indexes(version, titles, engine(savedPath.get(), rules, offers));
        }
        Optional<JobSearch> savedJobs = indexFiles.jobSearch(version);
        progress.progress("intitulés de métiers", 0, 5);
        JobSearch search = savedJobs.orElseGet(() -> JobSearch.build(new JobTitleStore(snapshot.database()).jobTitles()));
        progress.checkCancelled();
        PathIndex index = indexFiles.buildPath(version, new PathDataStore(snapshot.database()), progress);
        progress.checkCancelled();
        if (savedJobs.isEmpty()) {
            indexFiles.save(version, null, null, search, progress);
        }
        return new IndexService.Indexes(version, search, engine(index, rules, offers));
    }

    /** The job-title index of {@code version}: its file, else built from the published cache and saved. */
    private JobSearch jobSearch(String version) {
        Optional<JobSearch> saved = indexFiles.jobSearch(version);
        if (saved.isPresent()) {
            return saved.get();
        }
        try (CacheSnapshot snapshot = snapshot()) {
            // If an import published meanwhile, these are the new titles: the indexes they go with are replaced at the
            // next request anyway (IndexService), and a title's ROME code unknown to the old engine is refused there.
            JobSearch built = JobSearch.build(new JobTitleStore(snapshot.database()).jobTitles());
            indexFiles.save(snapshot.version(), null, null, built, ProgressListener.NONE);
            return built;
        }
    }

    /**
     * After an import or a sync from the command line: the indexes of the published generation built from the cache
     * and saved beside it (unless sound files are already there), so that the next command or window loads them
     * instead of building. Returns null when they are saved, else why not, in French (the next process builds then).
     */
    public String saveIndexes(ProgressListener progress) {
        try (CacheSnapshot snapshot = snapshot()) {
            loadOrBuildIndexes(snapshot, progress).jobSearch(); // the titles too: read lazily otherwise
            return indexFiles.saved(snapshot.version()) ? null : indexFiles.lastProblem();
        }
    }

    /** Why the last persisted index was not used or not written (null when none was refused): for tests and support. */
    public String indexFileProblem() {
        return indexFiles.lastProblem();
    }

    private static PathEngine engine(PathIndex index, FundingRules rules, Optional<List<LiveOffer>> offers) {
        return new PathEngine(index, RankingWeights.DEFAULT, rules.rules(), LiveOfferIndex.of(offers, index.territory()));
    }

    /** The path engine over the indexes of the published state (waits for them: never on a UI thread). */
    public PathEngine pathEngine() {
        return indexes.await().engine();
    }

    /**
     * The indexes of one snapshot built from the cache, the job-title index then the path index, without reading or
     * writing persisted ones (tests and benchmarks compare both ways with it).
     */
    public static IndexService.Indexes buildIndexes(CacheSnapshot snapshot, ProgressListener progress) {
        progress.progress("intitulés de métiers", 0, 5);
        JobSearch search = JobSearch.build(new JobTitleStore(snapshot.database()).jobTitles());
        progress.checkCancelled();
        PathIndex index = PathIndex.build(new PathDataStore(snapshot.database()), progress);
        FundingRules rules = FundingRules.choose(new FundingRulesStore(snapshot.database()));
        LiveOfferIndex offers = LiveOfferIndex.of(new JobOfferStore(snapshot.database()).all(), index.territory());
        return new IndexService.Indexes(snapshot.version(), search, new PathEngine(index, RankingWeights.DEFAULT, rules.rules(), offers));
    }

    /** The funding rules in force (imported, else bundled), read once per published cache state. */
    public FundingRules fundingRules() {
        return fundingState().rules();
    }

    /** Who pays what: one call with a profile, a session and a date (see {@link PathFunding}). */
    public PathFunding funding() {
        return fundingState().engine();
    }

    private Funding fundingState() {
        Funding current = funding;
        String version = dataVersion();
        if (current == null || !current.version().equals(version)) {
            try (CacheSnapshot snapshot = snapshot()) {
                FundingRules rules = FundingRules.choose(new FundingRulesStore(snapshot.database()));
                current = new Funding(snapshot.version(), rules, new PathFunding(rules.rules()));
            }
            funding = current; // two threads may read the rules twice: equal results, harmless
        }
        return current;
    }

    private record Funding(String version, FundingRules rules, PathFunding engine) {
    }

    /**
     * A lease on the cache as published now (by this process or another one), with its version id: the generation
     * it reads stays open and unchanged until the snapshot is closed. Anything built from it (indexes) is keyed by
     * the version and discarded when {@link #dataVersion()} has moved on.
     */
    public CacheSnapshot snapshot() {
        cache().refresh();
        CacheLease lease = cache().lease();
        return new CacheSnapshot(lease.generation(), lease.database(), lease::close);
    }

    /** The id of the cache state published now (its generation); changes after every import that publishes. */
    public String dataVersion() {
        // Indexes are keyed by this id: those of an older generation are rebuilt on their next use.
        cache().refresh();
        return cache().generation();
    }

    /** After this process published: indexes of the old state are discarded on their next use. */
    private void invalidateIndexes() {
        // This process published: read the new generation now (other processes' imports are seen by dataVersion()).
        cache().refresh();
    }

    @Override
    public void close() {
        indexes.close();
        try {
            opening.join().close(); // a window closed while the cache was opening: closed once open
        } catch (CompletionException e) {
            // never opened: nothing to close
        }
    }
}
