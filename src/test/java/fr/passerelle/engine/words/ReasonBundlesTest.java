package fr.passerelle.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The engine's French and English sentences have the same keys and the same placeholders (a plain {@code {0}} or a
 * choice {@code {0?one|other}} count alike: either way parameter 0 is used). That every key the engine uses exists is
 * checked by running the engine ({@code ReasonsInBothLanguagesTest}).
 */
class ReasonBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[}?]");
    private static final String BUNDLE = "fr.passerelle.engine.words.reasons";

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

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
        ResourceBundle fr = bundle(Locale.ROOT);
        ResourceBundle en = bundle(Locale.ENGLISH);
        // The English file's own keys: the bundle would also list those it inherits from the French base file.
        assertEquals(new TreeSet<>(fr.keySet()), new TreeSet<>(ownKeys()), "same keys");
        List<String> different = new ArrayList<>();
        for (String key : fr.keySet()) {
            if (!placeholders(fr.getString(key)).equals(placeholders(en.getString(key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different, "same placeholders");
    }

    @Test
    void theEnglishFileIsNotTheFrenchOneUnderAnotherName() {
        assertEquals("Mobilité officielle ROME 4 depuis {0}, rang {1}", bundle(Locale.ROOT).getString("proximity.rome4"));
        assertNotEquals(bundle(Locale.ROOT).getString("proximity.rome4"), bundle(Locale.ENGLISH).getString("proximity.rome4"));
    }

    /** The keys written in reasons_en.properties itself. */
    private static Set<String> ownKeys() {
        try (var in = ReasonBundlesTest.class.getResourceAsStream("/fr/passerelle/engine/words/reasons_en.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p.stringPropertyNames();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
