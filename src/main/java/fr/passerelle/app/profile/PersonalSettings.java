package fr.passerelle.app.profile;

import fr.passerelle.personal.InactivityLock;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.personal.PersonalRefusal;
import fr.passerelle.personal.RetentionPolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Properties;

/**
 * The personal-data settings a service may change in {@code <home>/personal-settings.properties}:
 * {@code retentionMonths} (default 12) and {@code lockMinutes} (default 10). A bad value is refused with the file, the
 * key and what is expected, rather than silently replaced by a default.
 */
public record PersonalSettings(RetentionPolicy retention, Duration lockAfter, KdfParameters kdf) {
    public static final PersonalSettings DEFAULT = new PersonalSettings(RetentionPolicy.DEFAULT, InactivityLock.DEFAULT_TIMEOUT,
            KdfParameters.DEFAULT);

    public static PersonalSettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed unicode escape, which Properties does not report as an IOException.
            throw new PersonalRefusal(PersonalFailure.message("personal.settings.unreadable", file, e.getClass().getSimpleName()));
        }
        int months = positive(file, p, "retentionMonths", 12, 120);
        int minutes = positive(file, p, "lockMinutes", 10, 240);
        return new PersonalSettings(new RetentionPolicy(Period.ofMonths(months)), Duration.ofMinutes(minutes), KdfParameters.DEFAULT);
    }

    private static int positive(Path file, Properties p, String key, int fallback, int max) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new PersonalRefusal(PersonalFailure.message("personal.settings.badValue", file, key, value.strip(), max));
    }
}
