package fr.passerelle.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling then a rename, so that a failure half-way (disk full, crash) never leaves
 * a truncated plan where an earlier good one was, and a reader never sees half a file.
 */
final class AtomicFile {
    /** What writes the content to the temporary file. */
    interface Content {
        void writeTo(java.io.File file) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path tmp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            content.writeTo(tmp.toFile());
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
