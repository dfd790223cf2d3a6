package fr.passerelle.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The engine's English sentences are not the French ones under another name. Same keys and placeholders (a plain
 * {@code {0}} or a choice {@code {0?one|other}} count alike): MessageBundlesParityTest; that every key the engine uses
 * exists is checked by running the engine ({@code ReasonsInBothLanguagesTest}).
 */
class ReasonBundlesTest {
    private static final String BUNDLE = "fr.passerelle.engine.words.reasons";

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void theEnglishFileIsNotTheFrenchOneUnderAnotherName() {
        assertEquals("Mobilité officielle ROME 4 depuis {0}, rang {1}", bundle(Locale.ROOT).getString("proximity.rome4"));
        assertNotEquals(bundle(Locale.ROOT).getString("proximity.rome4"), bundle(Locale.ENGLISH).getString("proximity.rome4"));
    }

}
