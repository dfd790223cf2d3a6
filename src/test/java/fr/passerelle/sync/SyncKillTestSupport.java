package fr.passerelle.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of a template home for each kill (the kill tests start from the same cache every time). */
final class SyncKillTestSupport {
    private SyncKillTestSupport() {
    }

    static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
