package fr.passerelle.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every family of messages the renderer reads (reasons, requests, trainings, imports, sync, personal…), each file read
 * on its own (the English one without the French keys it would inherit): the same keys and placeholders in French and
 * English, and no key in two families: the renderer takes the first family that has a key, so a repeated key would
 * silently say another family's text. A new family added to {@code MessageRenderer.BUNDLES} is checked here at once.
 */
class MessageBundlesParityTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[}?]");

    static List<String> families() {
        return MessageRenderer.bundleNames().stream().map(name -> name.substring(name.lastIndexOf('.') + 1)).toList();
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void frenchAndEnglishHaveTheSameKeysAndPlaceholders(String family) {
        Properties fr = TrainingBundlesTest.file(family + ".properties");
        Properties en = TrainingBundlesTest.file(family + "_en.properties");
        assertTrue(fr.size() > 0, family);
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), family + ": same keys");
        List<String> different = new ArrayList<>();
        for (String key : fr.stringPropertyNames()) {
            if (!placeholders(fr.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                different.add(key + ": " + fr.getProperty(key) + " | " + en.getProperty(key));
            }
        }
        assertEquals(List.of(), different, family + ": same placeholders");
    }

    @Test
    void noKeyBelongsToTwoFamilies() {
        List<String> families = families();
        assertTrue(families.containsAll(List.of("reasons", "requests", "trainings", "imports", "sync", "personal")), families.toString());
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            Set<String> mine = TrainingBundlesTest.file(families.get(i) + ".properties").stringPropertyNames();
            for (int j = i + 1; j < families.size(); j++) {
                Set<String> both = new TreeSet<>(mine);
                both.retainAll(TrainingBundlesTest.file(families.get(j) + ".properties").stringPropertyNames());
                for (String key : both) {
                    shared.add(key + " in " + families.get(i) + " and " + families.get(j));
                }
            }
        }
        assertEquals(List.of(), shared);
    }
}
