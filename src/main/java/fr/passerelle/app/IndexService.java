package fr.passerelle.app;

import fr.passerelle.core.CancelledException;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.PathEngine;
import fr.passerelle.search.JobSearch;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Builds the in-memory indexes (path index, job-title index) of the published cache state in the background, keyed
 * by the state's version, and hands them out. A request made while a build runs waits for it (off the UI thread);
 * an index built from a version that is no longer published when the build ends (an import committed meanwhile) is
 * discarded and rebuilt, so nobody is ever given a mixed-version or stale index. One build at a time, on one
 * daemon thread; each build holds a {@link CacheSnapshot} lease and closes it when it ends.
 */
public final class IndexService implements AutoCloseable {

    /**
     * The indexes of one published cache state. The job-title index may come on first use ({@code titles}): a path
     * from a ROME code never needs it, and reading it costs a fresh command a few tenths of a second.
     */
    public record Indexes(String version, Supplier<JobSearch> titles, PathEngine engine) {
        public Indexes(String version, JobSearch jobSearch, PathEngine engine) {
            this(version, () -> jobSearch, engine);
        }

        public JobSearch jobSearch() {
            return titles.get();
        }
    }

    /** Builds the indexes of one snapshot; reports progress and stops when the listener says so. */
    @FunctionalInterface
    public interface Builder {
        Indexes build(CacheSnapshot snapshot, ProgressListener progress) throws Exception;
    }

    /** Hears about builds, on the building thread (a UI hands the calls over to its own thread). */
    public interface Listener {
        void started(String version);

        void progress(String step, long done, long total);

        /** A build ended and its indexes are those of the published state. */
        void finished(Indexes indexes);

        /** A build was overtaken by an import and thrown away; another starts at once. */
        default void discarded(String version) {
        }

        void failed(Throwable error);
    }

    private final Supplier<CacheSnapshot> snapshots;
    private final Supplier<String> publishedVersion;
    private final Builder builder;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "passerelle-index");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Indexes ready;
    private CompletableFuture<Indexes> pending;
    private boolean closed;

    /**
     * @param snapshots        a lease on the cache as published now
     * @param publishedVersion the version published now (cheap: polled during builds)
     */
    public IndexService(Supplier<CacheSnapshot> snapshots, Supplier<String> publishedVersion, Builder builder) {
        this.snapshots = snapshots;
        this.publishedVersion = publishedVersion;
        this.builder = builder;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The indexes of the state published now: at once when built, else when the build running or started ends. */
    public synchronized CompletableFuture<Indexes> current() {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("le poste de travail est fermé"));
        }
        if (ready != null && ready.version().equals(publishedVersion.get())) {
            return CompletableFuture.completedFuture(ready);
        }
        if (pending == null) {
            pending = new CompletableFuture<>();
            executor.execute(this::buildUntilCurrent);
        }
        return pending;
    }

    /** Starts building the published state's indexes in the background if they are not built or building. */
    public void refresh() {
        current();
    }

    /** True when the indexes of the published state are built (a request would not wait). */
    public synchronized boolean isReady() {
        return ready != null && ready.version().equals(publishedVersion.get());
    }

    /** Waits for the indexes of the published state (never call it on a UI thread). */
    public Indexes await() {
        try {
            return current().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("les index n'ont pas pu être construits : " + cause.getMessage(), cause);
        }
    }

    private void buildUntilCurrent() {
        while (true) {
            CompletableFuture<Indexes> target;
            synchronized (this) {
                target = pending;
            }
            if (isClosed()) {
                fail(target, new CancelledException());
                return;
            }
            Indexes built = null;
            String version = null;
            // The lease ends with the build, before anyone is told: the state may then be retired.
            try (CacheSnapshot snapshot = snapshots.get()) {
                String v = snapshot.version();
                version = v;
                listeners.forEach(l -> l.started(v));
                built = builder.build(snapshot, new ProgressListener() {
                    @Override
                    public void progress(String step, long done, long total) {
                        listeners.forEach(l -> l.progress(step, done, total));
                    }

                    @Override
                    public boolean isCancelled() {
                        return isClosed() || !v.equals(publishedVersion.get());
                    }
                });
            } catch (CancelledException e) {
                if (isClosed()) {
                    fail(target, e);
                    return;
                }
            } catch (Exception | OutOfMemoryError e) {
                fail(target, e);
                return;
            }
            if (built != null && publish(version, built)) {
                Indexes published = built;
                // Listeners first: whoever the future wakes up finds the status already told.
                listeners.forEach(l -> l.finished(published));
                target.complete(published);
                return;
            }
            String overtaken = version;
            listeners.forEach(l -> l.discarded(overtaken));
        }
    }

    /** Keeps the indexes if their version is still the published one; false when an import overtook the build. */
    private synchronized boolean publish(String version, Indexes built) {
        if (closed || !version.equals(publishedVersion.get())) {
            return false;
        }
        ready = built;
        pending = null;
        return true;
    }

    private void fail(CompletableFuture<Indexes> target, Throwable error) {
        synchronized (this) {
            pending = null;
        }
        listeners.forEach(l -> l.failed(error));
        target.completeExceptionally(error);
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        executor.shutdownNow();
    }
}
