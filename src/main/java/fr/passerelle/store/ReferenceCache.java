package fr.passerelle.store;

import fr.passerelle.core.CancelledException;
import fr.passerelle.core.CrashPoints;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportTarget;
import fr.passerelle.importer.ImportWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national reference cache of one data folder, as published, immutable states ("generations"): see
 * src/site/markdown/cache.md. Readers open the published generation read-only, with no lock that would stop another
 * process; an import builds the next generation in a staging folder under the writer lock and publishes it by
 * renaming CURRENT. A kill or a power cut at any instant leaves the old generation published or the new one, each
 * complete; what a dead import leaves behind is cleaned up later.
 */
public final class ReferenceCache implements ImportTarget, AutoCloseable {
    static final Message BUSY_SAID = ImportWords.say("cache.busy.import");
    static final String BUSY = MessageRenderer.french().render(BUSY_SAID);

    private final CacheFolder folder;
    private final Object lock = new Object();
    private final Object refreshing = new Object();
    private final List<Generation> retired = new ArrayList<>();
    private final ReferenceDatabase live;
    private Generation current;
    private boolean closed;

    private ReferenceCache(CacheFolder folder) {
        this.folder = folder;
        this.live = new ReferenceDatabase(new LiveDataSource(this::connection), () -> currentGeneration().file(),
                () -> currentGeneration().id());
    }

    /**
     * Opens the cache of a folder (created if needed). Under the writer lock when it is free, it first puts the
     * folder in order: adopts a cache of an earlier Passerelle, publishes an empty generation in a new folder,
     * upgrades the schema of the published one (by publishing a migrated copy), removes what dead imports left.
     */
    public static ReferenceCache open(Path dir) {
        H2Urls.requireSafe(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(ImportWords.say("cache.folder.create", dir, e.getMessage()), e);
        }
        ReferenceCache cache = new ReferenceCache(new CacheFolder(dir));
        cache.start();
        return cache;
    }

    private void start() {
        Generation opened = null;
        WriterLock writer = tryWriter();
        try {
            if (writer != null) {
                opened = CacheMaintenance.prepare(folder);
                CacheCleaner.clean(folder);
            }
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
        current = opened != null ? opened : openPublished(writer == null);
    }

    private WriterLock tryWriter() {
        try {
            return WriterLock.tryAcquire(folder.writerLock());
        } catch (WriterLock.ReadOnlyFolderException e) {
            return null;
        }
    }

    /** Opens what CURRENT names, when this process could not take the writer lock to put the folder in order. */
    private Generation openPublished(boolean lockUnavailable) {
        for (int attempt = 0; ; attempt++) {
            Optional<String> id = folder.readCurrent();
            if (id.isEmpty()) {
                throw new CacheBusyException(ImportWords.say("cache.busy.notReady"));
            }
            try {
                return CacheMaintenance.checked(Generation.open(id.get(), folder.generationDir(id.get())), lockUnavailable);
            } catch (StoreException e) {
                if (attempt >= 3 || folder.readCurrent().equals(id)) {
                    throw e;
                }
                // CURRENT moved on and the generation read a moment ago is gone: read CURRENT again.
            }
        }
    }

    /** The cache as published now: each query goes to the generation published at that moment. */
    public ReferenceDatabase database() {
        return live;
    }

    /** A lease on the generation published now, kept open and unchanged until the lease is closed. */
    public CacheLease lease() {
        synchronized (lock) {
            ensureOpen();
            Generation g = current;
            g.acquire();
            return new CacheLease(g, () -> release(g));
        }
    }

    /** The folder of a published generation: files derived from it (its persisted indexes) live there, and go with it. */
    public Path generationFolder(String id) {
        return folder.generationDir(id);
    }

    /** Work on files beside a generation (persisted indexes). */
    @FunctionalInterface
    public interface BesideWork {
        void run() throws IOException;
    }

    /**
     * Runs {@code work} under the writer lock, so that it never races an import's cleanup: false, without running it,
     * when another process holds the lock (it imports) or the folder cannot be written. Readers of derived files need
     * no lock (they are replaced by atomic renames).
     */
    public boolean besideGenerations(BesideWork work) throws IOException {
        WriterLock writer = tryWriter();
        if (writer == null) {
            return false;
        }
        try (writer) {
            work.run();
            return true;
        }
    }

    /** The id of the generation published now, as this process last saw it (see {@link #refresh()}). */
    public String generation() {
        return currentGeneration().id();
    }

    /**
     * Looks whether another process published a newer generation (a command-line import while the window is open)
     * and switches to it. Returns true when it switched.
     */
    public boolean refresh() {
        synchronized (refreshing) {
            Optional<String> id = folder.readCurrent();
            if (id.isEmpty() || id.get().equals(generation())) {
                return false;
            }
            Generation next = CacheMaintenance.checked(Generation.open(id.get(), folder.generationDir(id.get())), true);
            switchTo(next);
            return true;
        }
    }

    /**
     * Builds the next generation with {@code work} and publishes it, or leaves everything as it was: see
     * {@link ImportTarget}. Throws {@link CacheBusyException} when another process holds the writer lock.
     */
    @Override
    public <T> T atomically(Work<T> work) throws ImportException {
        WriterLock writer = WriterLock.tryAcquire(folder.writerLock());
        if (writer == null) {
            throw new CacheBusyException(BUSY_SAID);
        }
        try (writer) {
            CacheCleaner.clean(folder);
            refresh();
            CacheLease base = lease();
            T result;
            try {
                result = build(work, base);
            } finally {
                base.close();
            }
            CacheCleaner.clean(folder);
            return result;
        }
    }

    private <T> T build(Work<T> work, CacheLease base) throws ImportException {
        Map<String, DatasetInfo> cached = new LinkedHashMap<>();
        new DatasetStore(base.database()).all().forEach(d -> cached.put(d.key(), d));
        Changes changes = work.changes(List.copyOf(cached.values()));
        if (changes.skip()) {
            return null;
        }
        Set<String> drop = StagingBuild.dropped(cached, changes.replaced(), changes.removed());
        boolean fresh = drop.containsAll(cached.keySet());
        CrashPoints.reach("import.started");
        StagingBuild build = StagingBuild.start(folder, fresh ? null : base.database().file(), fresh);
        T result;
        try {
            result = work.run(build.sink(fresh ? Map.of() : cached, fresh ? Set.of() : drop));
            CrashPoints.reach("import.written");
            build.finish();
            folder.publish(build.id());
        } catch (ImportException | CancelledException | Error e) {
            build.abandon();
            throw e;
        } catch (RuntimeException | IOException e) {
            build.abandon();
            StoreException translated = DiskErrors.translate(e, folder.root());
            if (translated != null) {
                throw translated;
            }
            throw e instanceof RuntimeException r ? r : new StoreException(e.getMessage(), e);
        }
        switchTo(Generation.open(build.id(), folder.generationDir(build.id())));
        CrashPoints.reach("import.switched");
        return result;
    }

    private void switchTo(Generation next) {
        Generation previous;
        synchronized (lock) {
            if (closed) {
                next.close();
                return;
            }
            previous = current;
            current = next;
            if (previous != null && !previous.retire()) {
                retired.add(previous);
            }
        }
    }

    private void release(Generation g) {
        if (g.release()) {
            synchronized (lock) {
                retired.remove(g);
            }
            cleanIfFree();
        }
    }

    /** After a retired generation closed: remove its files now if no import runs (else the import will). */
    private void cleanIfFree() {
        WriterLock writer = tryWriter();
        if (writer != null) {
            try (writer) {
                CacheCleaner.clean(folder);
            }
        }
    }

    private Generation currentGeneration() {
        synchronized (lock) {
            ensureOpen();
            return current;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the reference cache is closed");
        }
    }

    /** A connection to the generation published now (for the "current" view). */
    private Connection connection() throws SQLException {
        synchronized (lock) {
            ensureOpen();
            return current.connection();
        }
    }

    /** The cache folder (for status). */
    public Path folder() {
        return folder.root();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            current.close();
            retired.forEach(Generation::close);
            retired.clear();
        }
    }
}
