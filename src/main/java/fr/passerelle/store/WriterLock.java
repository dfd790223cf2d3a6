package fr.passerelle.store;

import fr.passerelle.importer.ImportWords;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The cache's writer lock: an OS file lock on {@code cache/writer.lock}, held by the one process that imports (or
 * seeds, upgrades, cleans up). The OS drops it when the process dies, kill -9 included, so a crash never leaves the
 * cache locked. Locks are per process: within this JVM, a set of held paths refuses a second holder without opening
 * the file again (closing any channel of a locked file would release the lock on Linux).
 */
final class WriterLock implements AutoCloseable {
    private static final Set<Path> HELD = new HashSet<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process (or another cache object of this one) holds it. */
    static WriterLock tryAcquire(Path file) {
        synchronized (HELD) {
            if (HELD.contains(file)) {
                return null;
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (AccessDeniedException e) {
                throw new ReadOnlyFolderException(file.getParent());
            } catch (FileSystemException e) {
                if (e.getReason() != null && e.getReason().contains("Read-only")) {
                    throw new ReadOnlyFolderException(file.getParent());
                }
                throw new StoreException(ImportWords.say("cache.lock", file, e.getMessage()), e);
            } catch (IOException e) {
                throw new StoreException(ImportWords.say("cache.lock", file, e.getMessage()), e);
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null;
                }
                HELD.add(file);
                return new WriterLock(file, channel, lock);
            } catch (OverlappingFileLockException | IOException e) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
                return null;
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // The OS releases the lock with the channel or the process anyway.
            } finally {
                HELD.remove(file);
            }
        }
    }

    /** The cache folder cannot be written: reading still works, importing does not. */
    static final class ReadOnlyFolderException extends StoreException {
        private static final long serialVersionUID = 1L;

        ReadOnlyFolderException(Path folder) {
            super(ImportWords.say("cache.readOnly", folder));
        }
    }
}
