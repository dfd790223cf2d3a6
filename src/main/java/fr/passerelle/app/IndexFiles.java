package fr.passerelle.app;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.PathSources;
import fr.passerelle.engine.data.PathDataSource;
import fr.passerelle.engine.index.persist.IndexFile;
import fr.passerelle.engine.index.persist.IndexFileException;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.search.JobSearch;
import fr.passerelle.search.JobSearchFile;
import fr.passerelle.store.ReferenceCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The persisted indexes of the published generations (src/site/markdown/indexes.md): each generation's path index
 * and job-title index live in its own folder, so they are never those of other data and go when the generation goes.
 * A file is used only if its header names this generation and this code's layout and its checksum holds; anything
 * else is set aside (and said, {@link #lastProblem()}) and the index is built from the cache. Writing needs the cache's
 * writer lock: a process that cannot have it (an import runs elsewhere, or the folder is read-only) builds in memory
 * and writes nothing.
 */
final class IndexFiles {
    private static final String BUSY = "index non enregistré : un autre processus Passerelle importe dans ce dossier de"
            + " données, ou il est en lecture seule (le prochain démarrage le construira)";
    /** The cache, perhaps still opening (the window's shell is drawn before it is open): asked for on first use. */
    private final Supplier<ReferenceCache> cache;
    private final IndexPreload preload;
    private volatile String lastProblem;

    /** @param preload files already being read for the generation published when the command started */
    IndexFiles(Supplier<ReferenceCache> cache, IndexPreload preload) {
        this.cache = cache;
        this.preload = preload;
    }

    /** The path index persisted for {@code generation}, if it is there and sound. */
    Optional<PathIndex> pathIndex(String generation) {
        Optional<IndexPreload.Read<PathIndex>> ahead = preload.takePath(generation);
        if (ahead.isPresent()) {
            return used(ahead.get());
        }
        try {
            return Optional.of(PathIndexFile.read(PathIndexFile.in(cache.get().generationFolder(generation)), generation));
        } catch (IndexFileException e) {
            note(e);
            return Optional.empty();
        }
    }

    /** The job-title index persisted for {@code generation}, if it is there and sound. */
    Optional<JobSearch> jobSearch(String generation) {
        Optional<IndexPreload.Read<JobSearch>> ahead = preload.takeJobs(generation);
        if (ahead.isPresent()) {
            return used(ahead.get());
        }
        try {
            return Optional.of(JobSearchFile.read(JobSearchFile.in(cache.get().generationFolder(generation)), generation));
        } catch (IndexFileException e) {
            note(e);
            return Optional.empty();
        }
    }

    /**
     * Builds the path index of {@code generation} from {@code source} straight into a file beside the generation's
     * (never as objects first: a national build fits in a 1 GB heap, indexes.md), publishes that file under the
     * writer lock when this process may write, and reads it back: the index answers exactly as the next process's
     * will. When it may not write (another process imports), the file is read, then deleted; when the data folder
     * cannot be written at all, the file is built in the system's temporary folder instead. Only when neither can be
     * written is the index built in memory, as before (it needs a larger heap at national scale).
     */
    PathIndex buildPath(String generation, PathDataSource source, ProgressListener progress) {
        Path folder = cache.get().generationFolder(generation);
        Path target = PathIndexFile.in(folder);
        Path scratchFolder = null;
        Path built;
        try {
            built = PathIndexFile.buildBeside(target, generation, source, progress);
        } catch (IOException | UncheckedIOException here) {
            try {
                scratchFolder = Files.createTempDirectory("passerelle-index");
                built = PathIndexFile.buildBeside(PathIndexFile.in(scratchFolder), generation, source, progress);
                lastProblem = "index non enregistré dans " + folder + " : " + here.getMessage();
            } catch (IOException | UncheckedIOException elsewhere) {
                deleteQuietly(scratchFolder);
                lastProblem = "index non enregistré dans " + folder + " : " + here.getMessage();
                return PathIndex.build(source, progress);
            }
        }
        boolean published = scratchFolder == null && publish(built, target, folder);
        try {
            return PathIndexFile.read(published ? target : built, generation);
        } catch (IndexFileException e) {
            // Just written and checked by nobody else: only a fault of this code (or of the disk) gets here.
            throw new IllegalStateException("index des parcours illisible juste après sa construction : " + e.getMessage(), e);
        } finally {
            if (!published) {
                deleteQuietly(built); // mapped already: still readable where the system allows deleting it (Linux)
                deleteQuietly(scratchFolder);
            }
        }
    }

    /** Renames the built file over the generation's under the writer lock; false (and why) when it may not. */
    private boolean publish(Path built, Path target, Path folder) {
        try {
            boolean published = cache.get().besideGenerations(() -> {
                removeLeftovers(folder);
                IndexFile.publish(built, target);
            });
            if (!published) {
                lastProblem = BUSY;
            }
            return published;
        } catch (IOException | UncheckedIOException e) {
            lastProblem = "index non enregistré dans " + folder + " : " + e.getMessage();
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Windows keeps a mapped file: a later writer removes it (removeLeftovers) once this process is gone.
        }
    }

    /**
     * Writes the indexes of {@code generation} (either may be null: not written) when this process may write; the
     * path index's small sources are read only then ({@code sources}); false
     * when it may not (the indexes then live in memory only). A failure to write is not an error for the caller: the
     * next process builds again.
     */
    boolean save(String generation, java.util.function.Supplier<PathSources> sources, PathIndex path, JobSearch jobs,
                 ProgressListener progress) {
        Path folder = cache.get().generationFolder(generation);
        try {
            boolean written = cache.get().besideGenerations(() -> {
                if (!Files.isDirectory(folder)) {
                    return; // retired by an import meanwhile: nobody will read it
                }
                removeLeftovers(folder);
                if (jobs != null) {
                    JobSearchFile.write(JobSearchFile.in(folder), generation, jobs);
                }
                if (path != null) {
                    progress.progress("enregistrement de l'index", 5, 5);
                    PathIndexFile.write(PathIndexFile.in(folder), generation, sources.get(), path);
                }
            });
            if (!written) {
                lastProblem = BUSY;
            }
            return written;
        } catch (IOException | UncheckedIOException e) {
            lastProblem = "index non enregistré dans " + folder + " : " + e.getMessage();
            return false;
        }
    }

    /** True when both index files of {@code generation} are there (written by this process or an earlier one). */
    boolean saved(String generation) {
        Path folder = cache.get().generationFolder(generation);
        return Files.isRegularFile(PathIndexFile.in(folder)) && Files.isRegularFile(JobSearchFile.in(folder));
    }

    /** Why the last persisted index was not used or not written (null when none was refused). */
    String lastProblem() {
        return lastProblem;
    }

    private <T> Optional<T> used(IndexPreload.Read<T> read) {
        if (read.refused() != null) {
            note(read.refused());
        }
        return Optional.ofNullable(read.index());
    }

    private void note(IndexFileException e) {
        lastProblem = e.getMessage();
    }

    /**
     * Temporary files of a writer that died (kill -9 during a write or a build): never read, removed under the lock.
     * Those of a live process are left: it may be building or reading one (a build writes its file without the lock).
     */
    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "*.bin.tmp-*")) {
            for (Path temp : temps) {
                if (IndexFile.abandonedTemp(temp)) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }
}
