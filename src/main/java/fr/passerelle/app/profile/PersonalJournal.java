package fr.passerelle.app.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code logs/personal-data.log}: one line per purge or erasure with its date and count, so that a data protection
 * officer can see the retention rule applied. Callers pass counts and rules only, never a name, id or note.
 */
final class PersonalJournal {
    static final String FILE = "personal-data.log";

    private PersonalJournal() {
    }

    static void append(Path logs, Clock clock, String line) {
        try {
            Files.createDirectories(logs);
            Files.writeString(logs.resolve(FILE), clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The purge itself happened; a journal that cannot be written must not undo nor block it.
            System.err.println("passerelle: journal " + logs.resolve(FILE) + " impossible à écrire (" + e.getClass().getSimpleName() + ")");
        }
    }
}
