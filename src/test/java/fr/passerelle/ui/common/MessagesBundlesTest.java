package fr.passerelle.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English is the second language of the whole window: the two bundles hold the same keys with the same
 * placeholders, and every text an FXML file names exists in them.
 */
class MessagesBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeysAndPlaceholders() {
        ResourceBundle fr = Messages.french().bundle();
        ResourceBundle en = new Messages(Locale.ENGLISH).bundle();
        assertEquals(new TreeSet<>(fr.keySet()), new TreeSet<>(Collections.list(en.getKeys())), "same keys");
        List<String> different = new ArrayList<>();
        for (String key : fr.keySet()) {
            if (!placeholders(fr.getString(key)).equals(placeholders(en.getString(key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different, "same placeholders");
    }

    @Test
    void theEnglishBundleIsNotTheFrenchOneUnderAnotherName() {
        assertEquals("Market", new Messages(Locale.ENGLISH).get("nav.marche"));
        assertEquals("Marché local", Messages.french().get("nav.marche"));
    }

    @Test
    void everyTextAnFxmlFileNamesExists() throws IOException {
        ResourceBundle fr = Messages.french().bundle();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/fr/passerelle/ui"))) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher m = Pattern.compile("\"%([\\w.]+)\"").matcher(Files.readString(fxml));
                while (m.find()) {
                    if (!fr.containsKey(m.group(1))) {
                        missing.add(fxml.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }
}
