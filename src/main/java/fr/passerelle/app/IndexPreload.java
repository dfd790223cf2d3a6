package fr.passerelle.app;

import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.persist.IndexFileException;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.search.JobSearch;
import fr.passerelle.search.JobSearchFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The persisted indexes of the published generation, read on background threads from the first instant of a command,
 * while the main thread opens the H2 cache (indexes.md, "Reading ahead"). Opening H2 and reading a national path index
 * cost about the same, so a fresh {@code path} or {@code jobs} waits for the longer of the two instead of their sum.
 *
 * <p>The generation is read from {@code cache/CURRENT} without the store. That is only a guess: a read-ahead file is
 * used only if the snapshot the workstation then opens has that same generation, and its header must name it
 * (checksum, layout, generation: {@code IndexFile}), so a wrong guess (an import published meanwhile, a cache that
 * the opening migrates) costs a wasted read, never a stale answer.
 */
final class IndexPreload {
    /** No read-ahead: every index is read when first asked for. */
    static final IndexPreload NONE = new IndexPreload(null, null, null);

    /** What a command will need. */
    enum Need {
        JOBS, PATH, BOTH;

        boolean jobs() {
            return this != PATH;
        }

        boolean path() {
            return this != JOBS;
        }
    }

    private static final Pattern GENERATION = Pattern.compile("g\\d{6,9}");

    private final String generation;
    private CompletableFuture<JobSearch> jobs;
    private CompletableFuture<PathIndex> path;

    private IndexPreload(String generation, CompletableFuture<JobSearch> jobs, CompletableFuture<PathIndex> path) {
        this.generation = generation;
        this.jobs = jobs;
        this.path = path;
    }

    /** Starts reading what {@code need} names, if the cache folder names a published generation that has the files. */
    static IndexPreload start(Path cacheFolder, Need need) {
        return start(cacheFolder, need, Runnable::run);
    }

    /**
     * The same, the reading threads started by {@code starter}: at once for a command; for the window, once its first
     * frame is drawn (startup.md, "The first frame before the data"), so that they do not take the two cores of a
     * counsellor's PC from JavaFX's start. The files' generation is chosen now, as for a command.
     */
    static IndexPreload start(Path cacheFolder, Need need, java.util.concurrent.Executor starter) {
        Optional<String> published = published(cacheFolder);
        if (published.isEmpty()) {
            return NONE;
        }
        String id = published.get();
        Path folder = cacheFolder.toAbsolutePath().resolve(id);
        Path jobsFile = JobSearchFile.in(folder);
        Path pathFile = PathIndexFile.in(folder);
        CompletableFuture<JobSearch> jobs = need.jobs() && Files.isRegularFile(jobsFile)
                ? onThread("passerelle-lecture-intitules", () -> JobSearchFile.read(jobsFile, id), starter) : null;
        CompletableFuture<PathIndex> path = need.path() && Files.isRegularFile(pathFile)
                ? onThread("passerelle-lecture-parcours", () -> PathIndexFile.read(pathFile, id), starter) : null;
        return new IndexPreload(id, jobs, path);
    }

    /** The generation {@code CURRENT} names, read as the store writes it (one id, replaced by an atomic rename). */
    static Optional<String> published(Path cacheFolder) {
        try {
            String text = Files.readString(cacheFolder.resolve("CURRENT"), StandardCharsets.US_ASCII).strip();
            return GENERATION.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no cache yet, or unreadable: the store says why when it opens
        }
    }

    /** The generation read ahead, or null when nothing was. */
    String generation() {
        return generation;
    }

    /**
     * The job-title index read ahead for {@code generation}: empty when none was (then read the file as usual), else
     * the index or the reason its file was refused. Handed out once: a later call reads the file again.
     */
    synchronized Optional<Read<JobSearch>> takeJobs(String generation) {
        CompletableFuture<JobSearch> taken = generation.equals(this.generation) ? jobs : null;
        jobs = null;
        return Optional.ofNullable(taken).map(IndexPreload::outcome);
    }

    /** The same for the path index. */
    synchronized Optional<Read<PathIndex>> takePath(String generation) {
        CompletableFuture<PathIndex> taken = generation.equals(this.generation) ? path : null;
        path = null;
        return Optional.ofNullable(taken).map(IndexPreload::outcome);
    }

    /** A file read: its index, or why it was refused. */
    record Read<T>(T index, IndexFileException refused) {
    }

    private static <T> Read<T> outcome(CompletableFuture<T> future) {
        try {
            return new Read<>(future.join(), null);
        } catch (CompletionException e) {
            if (e.getCause() instanceof IndexFileException refused) {
                return new Read<>(null, refused);
            }
            // A bug or an OutOfMemoryError on the reading thread: reported as a refused file, then built from the cache.
            return new Read<>(null, new IndexFileException("lecture anticipée de l'index impossible : " + e.getCause(), e.getCause()));
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read() throws IndexFileException;
    }

    private static <T> CompletableFuture<T> onThread(String name, Reader<T> reader, java.util.concurrent.Executor starter) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(reader.read());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true); // a command that ends early (bad argument) does not wait for it
        starter.execute(thread::start);
        return result;
    }
}
