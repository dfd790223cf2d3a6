package fr.passerelle.store.personal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * One Passerelle at a time on the personal data: an OS lock on {@code personal/open.lock}, dropped by the OS when the
 * process dies. Within one JVM, a set of held paths refuses a second holder (H2 would otherwise share the open
 * database between two stores of the same process, and closing a second channel would drop the OS lock on Linux).
 */
final class PersonalLock implements AutoCloseable {
    private static final Set<Path> HELD = new HashSet<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private PersonalLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static PersonalLock acquire(Path file) {
        Path key = file.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.contains(key)) {
                throw new PersonalBusyException();
            }
            try {
                FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new PersonalBusyException();
                }
                HELD.add(key);
                return new PersonalLock(key, channel, lock);
            } catch (java.nio.channels.OverlappingFileLockException e) {
                throw new PersonalBusyException();
            } catch (IOException e) {
                throw new PersonalStoreException(fr.passerelle.personal.PersonalFailure.message("personal.lock.unavailable", key,
                        e.getClass().getSimpleName()), e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the OS drops the lock with the process anyway
            }
            HELD.remove(file);
        }
    }

}
