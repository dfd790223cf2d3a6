package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The workstation's sync settings, from {@code HOME/sync.properties}: {@code central.url} (the bundle server),
 * {@code agency.url} (where the outbox is pushed), {@code retry.minutes} (how soon to try again when offline, default
 * 15) and {@code laptop} (this laptop's name in pushed items, default the host name). Absent file: nothing configured,
 * the window says so.
 */
public record SyncSettings(String centralUrl, String agencyUrl, Duration retry, String laptop) {

    public static SyncSettings load(Path home) throws IOException {
        Properties p = new Properties();
        Path file = home.resolve("sync.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
        }
        long minutes;
        try {
            minutes = Long.parseLong(p.getProperty("retry.minutes", "15").trim());
        } catch (NumberFormatException e) {
            throw new SettingsException(Message.of("sync.settings.retry", Param.label(file.toString()),
                    Param.label(p.getProperty("retry.minutes"))));
        }
        return new SyncSettings(blankToNull(p.getProperty("central.url")), blankToNull(p.getProperty("agency.url")),
                Duration.ofMinutes(Math.max(1, minutes)), p.getProperty("laptop", hostName()));
    }

    public boolean hasCentral() {
        return centralUrl != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "poste";
        }
    }
}
