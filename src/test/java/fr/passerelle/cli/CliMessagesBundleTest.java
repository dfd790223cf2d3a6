package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two files of the command line's texts read each on their own (not through the bundle's fallback, which would hide
 * a key missing in English): the same keys, the same placeholders, MessageFormat patterns that keep their apostrophes.
 * The help's descriptions ({@code passerelle.*}) are English only: French is in the annotations (HelpLanguageTest).
 */
class CliMessagesBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("'");
    /** {@code {1,choice,0#items|1#item|1<items}}: a number that chooses a word, never printed itself. */
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),choice,");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliMessagesBundleTest.class.getResourceAsStream("/fr/passerelle/cli/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Keys picocli reads itself (its headings, the help's descriptions): plain text, not MessageFormat. */
    private static boolean readByPicocli(String key) {
        return key.startsWith("usage.") || key.startsWith("mixinStandardHelpOptions.") || key.startsWith("passerelle.");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyMessageHasItsEnglishWithTheSamePlaceholders() throws IOException {
        Properties french = load("CliMessages.properties");
        Properties english = load("CliMessages_en.properties");
        Set<String> frenchKeys = new TreeSet<>(french.stringPropertyNames());
        Set<String> englishKeys = new TreeSet<>(english.stringPropertyNames());
        englishKeys.removeIf(k -> k.startsWith("passerelle."));

        assertEquals(frenchKeys, englishKeys);
        List<String> different = new ArrayList<>();
        for (String key : frenchKeys) {
            if (!placeholders(french.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different, "placeholders differ");
        assertTrue(frenchKeys.contains("funding.hours.range") && frenchKeys.contains("generate.summary"), "read the right files");
    }

    @Test
    void everyMessageFormatPatternKeepsItsApostrophesAndArguments() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String file : List.of("CliMessages.properties", "CliMessages_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                if (readByPicocli(key)) {
                    continue;
                }
                String pattern = p.getProperty(key);
                Set<Integer> printed = new TreeSet<>();
                placeholders(pattern).forEach(i -> printed.add(Integer.parseInt(i)));
                Set<Integer> choosing = new TreeSet<>();
                Matcher choice = CHOICE.matcher(pattern);
                while (choice.find()) {
                    choosing.add(Integer.parseInt(choice.group(1)));
                }
                int count = java.util.stream.Stream.concat(printed.stream(), choosing.stream())
                        .mapToInt(Integer::intValue).max().orElse(-1) + 1;
                Object[] args = new Object[count];
                for (int i = 0; i < count; i++) {
                    args[i] = choosing.contains(i) ? (Object) 2 : "<" + i + ">";
                }
                String said = new MessageFormat(pattern).format(args);
                // A single apostrophe starts a quoted run: it vanishes, and so do the arguments after it.
                boolean lone = SINGLE_APOSTROPHE.matcher(pattern.replace("''", "")).find();
                boolean allArguments = printed.stream().filter(i -> !choosing.contains(i))
                        .allMatch(i -> said.contains("<" + i + ">"));
                if (lone || !allArguments || said.contains("{")) {
                    wrong.add(file + ": " + key + " = " + pattern);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
