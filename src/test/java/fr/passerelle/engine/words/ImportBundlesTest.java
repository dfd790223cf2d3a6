package fr.passerelle.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The importers' and the cache's texts (imports.properties, imports_en.properties): every key
 * said by the code (written in src/main/java, or built from a prefix there). The behaviour tests
 * (ImportErrorLanguageTest, ImportLanguageTest, ImportErrorInEnglishUiTest) render them on real files.
 */
class ImportBundlesTest {
    /** Keys whose last part the code computes (ReferenceRules.whatKey): their prefix is written in the code. */
    private static final List<String> BUILT_PREFIXES = List.of("cache.what.");


    @Test
    void everyKeyIsSaidByTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/passerelle"))) {
            code = String.join("\n", files.filter(f -> f.toString().endsWith(".java")).map(ImportBundlesTest::read).toList());
        }
        List<String> unsaid = new ArrayList<>();
        for (String key : new TreeSet<>(TrainingBundlesTest.file("imports.properties").stringPropertyNames())) {
            boolean built = BUILT_PREFIXES.stream().anyMatch(p -> key.startsWith(p) && code.contains("\"" + p + "\""));
            if (!built && !code.contains("\"" + key + "\"")) {
                unsaid.add(key);
            }
        }
        assertEquals(List.of(), unsaid, "keys no code says");
    }

    @Test
    void theEnglishTextsAreNotTheFrenchOnes() {
        Properties fr = TrainingBundlesTest.file("imports.properties");
        Properties en = TrainingBundlesTest.file("imports_en.properties");
        // Texts made only of placeholders and punctuation, or of names that are the same in both, may be equal.
        Set<String> same = Set.of("import.text", "import.element", "import.reject", "import.lheo.named", "import.located");
        List<String> untranslated = new ArrayList<>();
        for (String key : fr.stringPropertyNames()) {
            if (!same.contains(key) && fr.getProperty(key).equals(en.getProperty(key))) {
                untranslated.add(key);
            }
        }
        assertEquals(List.of(), untranslated);
        // French punctuation and quotes do not leak into the English texts.
        en.forEach((key, text) -> assertFalse(text.toString().contains("« ") || text.toString().contains(" : "), key + ": " + text));
    }

    @Test
    void aLocatedProblemIsSaidInEachLanguageWithItsOwnWords() {
        Message problem = Message.of("import.column", Param.label("code_insee"),
                Param.of(Message.of("import.value.insee", Param.label("5935"))));
        assertEquals("colonne code_insee : '5935' n'est pas un code commune INSEE (5 caractères, ex. 59350 ou 2A004)",
                MessageRenderer.french().render(problem));
        assertEquals("column code_insee: \"5935\" is not an INSEE commune code (expected 5 characters, such as 59350 or 2A004)",
                MessageRenderer.english().render(problem));
        // The free space is a figure: grouped per language, as the French message always printed it.
        Message free = Message.of("cache.disk.free", Param.number(12_345));
        assertEquals("12 345 Mo", MessageRenderer.french().render(free));
        assertEquals("12,345 MB", MessageRenderer.english().render(free));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
