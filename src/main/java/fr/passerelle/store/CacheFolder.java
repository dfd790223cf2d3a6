package fr.passerelle.store;

import fr.passerelle.core.CrashPoints;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the reference cache folder and the only code that writes {@code CURRENT}:
 * <pre>
 * cache/CURRENT                 "g000042": the published generation (replaced by an atomic rename, never edited)
 * cache/g000042/reference.mv.db a published generation: a complete H2 database, never written again
 * cache/staging-g000043/        an import in progress (or abandoned by a killed one)
 * cache/writer.lock             held (FileChannel lock) by the one process that imports
 * cache/reference.mv.db         a cache of Passerelle before generations, adopted at the first open
 * </pre>
 */
final class CacheFolder {
    static final String DATABASE_NAME = "reference";
    private static final Pattern GENERATION = Pattern.compile("g(\\d{6,9})");
    private static final Pattern STAGING = Pattern.compile("staging-g(\\d{6,9})");

    private final Path root;

    CacheFolder(Path root) {
        this.root = root.toAbsolutePath();
    }

    Path root() {
        return root;
    }

    Path current() {
        return root.resolve("CURRENT");
    }

    Path writerLock() {
        return root.resolve("writer.lock");
    }

    /**
     * An empty database at this build's schema, kept to start fresh builds from (a copy instead of a Flyway run):
     * {@code empty-v5.mv.db}. Written under the writer lock, replaced by an atomic rename.
     */
    Path emptyTemplate() {
        return root.resolve("empty-v" + SchemaVersion.latest() + ".mv.db");
    }

    /** Templates of other schema versions (left by an earlier Passerelle). */
    List<Path> staleTemplates() {
        Path current = emptyTemplate();
        return entries().stream().filter(p -> p.getFileName().toString().matches("empty-v\\d+\\.mv\\.db(\\.tmp)?"))
                .filter(p -> !p.equals(current)).toList();
    }

    Path legacyDatabase() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    Path generationDir(String id) {
        return root.resolve(id);
    }

    Path stagingDir(String id) {
        return root.resolve("staging-" + id);
    }

    /** The H2 name of the database in a generation or staging folder (H2 adds ".mv.db"). */
    static Path databaseBase(Path dir) {
        return dir.resolve(DATABASE_NAME);
    }

    static Path databaseFile(Path dir) {
        return dir.resolve(DATABASE_NAME + ".mv.db");
    }

    static String id(long number) {
        return String.format("g%06d", number);
    }

    static boolean isGenerationId(String text) {
        return GENERATION.matcher(text).matches();
    }

    /** The generation CURRENT names, if CURRENT exists and holds a generation id. */
    Optional<String> readCurrent() {
        try {
            String text = Files.readString(current(), StandardCharsets.US_ASCII).strip();
            return isGenerationId(text) ? Optional.of(text) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("lecture impossible de " + current() + " : " + e.getMessage(), e);
        }
    }

    /** Generation folders present, oldest first (published or not: CURRENT says which one is). */
    List<String> generations() {
        List<String> ids = new ArrayList<>();
        for (Path entry : entries()) {
            String name = entry.getFileName().toString();
            if (GENERATION.matcher(name).matches() && Files.isDirectory(entry)) {
                ids.add(name);
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Staging folders present (an import running in the lock holder, or left by a killed one). */
    List<Path> stagingDirs() {
        return entries().stream().filter(p -> STAGING.matcher(p.getFileName().toString()).matches()).toList();
    }

    /** One more than any generation number seen in the folder or in CURRENT. */
    long nextNumber() {
        long max = readCurrent().map(CacheFolder::number).orElse(0L);
        for (Path entry : entries()) {
            Matcher g = GENERATION.matcher(entry.getFileName().toString());
            Matcher s = STAGING.matcher(entry.getFileName().toString());
            if (g.matches()) {
                max = Math.max(max, Long.parseLong(g.group(1)));
            } else if (s.matches()) {
                max = Math.max(max, Long.parseLong(s.group(1)));
            }
        }
        return max + 1;
    }

    static long number(String id) {
        return Long.parseLong(id.substring(1));
    }

    /**
     * Publishes a generation: CURRENT.tmp is written and forced to disk, renamed over CURRENT in one atomic step,
     * then the folder entry is forced too. A crash at any instant leaves CURRENT naming the old generation or the new
     * one, never a torn file.
     */
    void publish(String id) throws IOException {
        Path tmp = root.resolve("CURRENT.tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        CrashPoints.reach("publish.current-tmp-written");
        moveAtomically(tmp, current());
        CrashPoints.reach("publish.current-renamed");
        forceDirectory(root);
        CrashPoints.reach("publish.folder-synced");
    }

    /** Renames within the folder in one step (a rename on the same file system is atomic on Linux, macOS, Windows). */
    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("le système de fichiers du cache ne sait pas renommer de façon atomique : " + e.getMessage(), e);
        }
    }

    /** Forces a file's content to disk. */
    static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (a rename, a new file) to disk. Works on Linux and macOS; Windows cannot open a
     * folder this way, and makes renames durable by itself (NTFS journals its metadata).
     */
    static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: see above.
        }
    }

    private List<Path> entries() {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            stream.forEach(entries::add);
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException e) {
            throw new StoreException("lecture impossible du dossier du cache " + root + " : " + e.getMessage(), e);
        }
        return entries;
    }

    /** Deletes a folder and what it holds; false when something could not be deleted (in use on Windows). */
    static boolean deleteTree(Path dir) {
        boolean all = true;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    all &= deleteTree(entry);
                } else {
                    all &= deleteQuietly(entry);
                }
            }
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
        return deleteQuietly(dir) && all;
    }

    private static boolean deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
