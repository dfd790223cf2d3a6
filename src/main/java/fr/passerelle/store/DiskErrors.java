package fr.passerelle.store;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.importer.ImportWords;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a failed write of the cache into a French message that says what to do. A full disk (or a file-size limit,
 * or a quota) is recognised from the OS message anywhere in the cause chain, as H2 wraps it in its own exceptions.
 */
final class DiskErrors {
    private DiskErrors() {
    }

    /** True when the failure (or one of its causes) is the file system refusing to grow a file. */
    static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("file too large") || message.contains("quota")
                    || message.contains("not enough space") || message.contains("disk full")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A StoreException saying why the new cache state could not be written, or null when it is not a disk failure. */
    static StoreException translate(Throwable failure, Path folder) {
        if (isDiskFull(failure)) {
            return new StoreException(ImportWords.say("cache.disk.full", folder, free(folder)), failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.AccessDeniedException || t instanceof java.nio.file.ReadOnlyFileSystemException
                    || (t instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains("Read-only"))) {
                return new StoreException(ImportWords.say("cache.disk.denied", folder), failure);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (failure instanceof IOException io) {
            return new StoreException(ImportWords.say("cache.disk.failed", folder, io.getMessage()), failure);
        }
        return null;
    }

    /** The free space in mebibytes: "12 345 Mo" / "12,345 MB" (the renderer groups the digits per language). */
    private static Message free(Path folder) {
        try {
            long bytes = Files.getFileStore(folder).getUsableSpace();
            return ImportWords.say("cache.disk.free", Param.number(bytes / (1024 * 1024)));
        } catch (IOException e) {
            return ImportWords.say("cache.disk.freeUnknown");
        }
    }
}
