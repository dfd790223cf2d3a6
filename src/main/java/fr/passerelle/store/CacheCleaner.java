package fr.passerelle.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Removes what no one uses any more: staging folders of imports that died, generations older (or newer, never
 * published) than CURRENT that no process reads, and the file of a pre-generation cache once adopted. Runs only
 * under the writer lock, so no import is building anything meanwhile. A reader holds H2's shared lock on the
 * generation it reads; an exclusive lock that cannot be had means "in use": the folder stays for next time. On
 * Windows a file in use cannot be deleted either: the same "next time" applies. Never fails an import.
 */
final class CacheCleaner {
    private CacheCleaner() {
    }

    static void clean(CacheFolder folder) {
        for (Path staging : folder.stagingDirs()) {
            CacheFolder.deleteTree(staging);
        }
        for (Path template : folder.staleTemplates()) {
            CacheFolder.deleteTree(template);
        }
        Optional<String> current = folder.readCurrent();
        if (current.isEmpty()) {
            return;
        }
        for (String id : folder.generations()) {
            if (!id.equals(current.get())) {
                Path dir = folder.generationDir(id);
                if (unused(CacheFolder.databaseFile(dir))) {
                    CacheFolder.deleteTree(dir);
                }
            }
        }
        Path legacy = folder.legacyDatabase();
        if (Files.exists(legacy) && unused(legacy)) {
            try {
                Files.deleteIfExists(legacy);
                Files.deleteIfExists(legacy.resolveSibling(CacheFolder.DATABASE_NAME + ".trace.db"));
            } catch (IOException e) {
                // next time
            }
        }
    }

    /** True when no process has the database file open (or it is already gone). */
    private static boolean unused(Path file) {
        if (!Files.exists(file)) {
            return true;
        }
        if (Generation.isOpenInThisJvm(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }
}
