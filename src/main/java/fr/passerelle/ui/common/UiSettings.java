package fr.passerelle.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * How the window looks for the person at the keyboard, remembered between starts in a small file of the home folder
 * ({@code fenetre.properties}): the zoom of the whole interface, the high-contrast theme, the language. Nothing
 * personal. A missing or damaged file gives the defaults (100 %, normal theme, French); a value out of range is
 * brought back into it rather than refused, so that a hand-edited file never keeps the window from opening.
 */
public final class UiSettings {
    public static final String FILE_NAME = "fenetre.properties";
    public static final int MIN_ZOOM = 80;
    public static final int MAX_ZOOM = 250;
    public static final int ZOOM_STEP = 10;

    private final Path file;
    private int zoomPercent = 100;
    private boolean highContrast;
    private Locale language = Locale.FRENCH;

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Settings kept in memory only (tests, workshop mode started with its own). */
    public static UiSettings inMemory() {
        return new UiSettings(null);
    }

    /** Reads the settings of a home folder; defaults when the file is absent or unreadable. */
    public static UiSettings load(Path homeFolder) {
        UiSettings settings = new UiSettings(homeFolder.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                p.load(in);
                settings.zoomPercent = clampZoom(parse(p.getProperty("zoom"), 100));
                settings.highContrast = Boolean.parseBoolean(p.getProperty("contraste.eleve", "false"));
                settings.language = "en".equals(p.getProperty("langue")) ? Locale.ENGLISH : Locale.FRENCH;
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file is not worth a refusal: the defaults apply and the next change rewrites it.
            }
        }
        return settings;
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static int clampZoom(int percent) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent));
    }

    public int zoomPercent() {
        return zoomPercent;
    }

    public boolean highContrast() {
        return highContrast;
    }

    public Locale language() {
        return language;
    }

    public void setZoomPercent(int percent) {
        zoomPercent = clampZoom(percent);
        save();
    }

    public void setHighContrast(boolean on) {
        highContrast = on;
        save();
    }

    public void setLanguage(Locale locale) {
        language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        save();
    }

    /** Written aside then moved, so that a crash never leaves half a file. A failure only loses the preference. */
    private void save() {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("zoom", Integer.toString(zoomPercent));
        p.setProperty("contraste.eleve", Boolean.toString(highContrast));
        p.setProperty("langue", language.getLanguage());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Passerelle : zoom, contraste et langue de la fenêtre");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Read-only home: the window keeps working with the setting for this session.
        }
    }
}
