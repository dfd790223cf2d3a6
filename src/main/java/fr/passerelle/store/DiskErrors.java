package fr.passerelle.store;

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
            return new StoreException("plus de place pour écrire le cache dans " + folder + " (disque plein, quota ou taille"
                    + " de fichier limitée ; " + free(folder) + " libres sur ce disque) : libérez de la place puis relancez"
                    + " l'import ; le cache n'a pas changé", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.AccessDeniedException || t instanceof java.nio.file.ReadOnlyFileSystemException
                    || (t instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains("Read-only"))) {
                return new StoreException("écriture refusée dans le dossier du cache " + folder + " : vérifiez ses droits"
                        + " (ou choisissez un autre dossier avec --home) ; le cache n'a pas changé", failure);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (failure instanceof IOException io) {
            return new StoreException("écriture impossible dans le dossier du cache " + folder + " : " + io.getMessage()
                    + " ; le cache n'a pas changé", failure);
        }
        return null;
    }

    private static String free(Path folder) {
        try {
            long bytes = Files.getFileStore(folder).getUsableSpace();
            return String.format(Locale.FRANCE, "%,d Mo", bytes / (1024 * 1024)).replace('\u202F', ' ').replace('\u00A0', ' ');
        } catch (IOException e) {
            return "espace libre inconnu";
        }
    }
}
