package fr.passerelle.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Passerelle keeps its data: {@code --home DIR}, else $PASSERELLE_HOME, else the platform's user data folder
 * (~/.local/share/passerelle on Linux, %APPDATA%\Passerelle on Windows, ~/Library/Application Support/Passerelle
 * on macOS).
 */
public record Home(Path root) {

    public static Home resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return new Home(explicit.toAbsolutePath());
        }
        String fromEnv = env.get("PASSERELLE_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Home(Path.of(fromEnv).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome + "\\AppData\\Roaming");
            return new Home(Path.of(appData, "Passerelle"));
        }
        if (os.contains("mac")) {
            return new Home(Path.of(userHome, "Library", "Application Support", "Passerelle"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new Home(base.resolve("passerelle"));
    }

    public static Home resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** The national reference cache (H2). */
    public Path cacheFolder() {
        return root.resolve("cache");
    }

    /** Job seekers' personal data: the encrypted database and its wrapped key (issue 13, personal-data.md). */
    public Path personalFolder() {
        return root.resolve("personal");
    }

    /** The wrapped data key of the personal database (Argon2id + AES-GCM), beside it. */
    public Path personalKeyFile() {
        return personalFolder().resolve("key.properties");
    }

    /** Retention period and inactivity lock delay, when the defaults are changed (personal-data.md). */
    public Path personalSettingsFile() {
        return root.resolve("personal-settings.properties");
    }

    /** Journals of Passerelle (the retention purges): dates and counts, never a name. */
    public Path logsFolder() {
        return root.resolve("logs");
    }
}
