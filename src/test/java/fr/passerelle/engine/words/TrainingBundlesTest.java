package fr.passerelle.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The funding and training texts (trainings.properties, trainings_en.properties) said by the renderer in each language
 * with its formats; {@link #file} reads one file of engine/words as written. Same keys and placeholders in both
 * languages, and no key shared with another family: MessageBundlesParityTest, for every family.
 */
public class TrainingBundlesTest {

    /** A file of engine/words as written (the English one without the French keys it would inherit). */
    public static Properties file(String name) {
        Properties p = new Properties();
        try (var in = TrainingBundlesTest.class.getResourceAsStream("/fr/passerelle/engine/words/" + name)) {
            assertTrue(in != null, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }


    @Test
    void theRendererSaysTheTrainingTextsInEachLanguageWithItsFormats() {
        Message left = Message.of("funding.left.certain", Param.money(460_000));
        assertEquals("Reste à payer 4 600 € à coup sûr", MessageRenderer.french().render(left));
        assertEquals("Left to pay €4,600 for sure", MessageRenderer.english().render(left));
        // The window's variant keeps an amount on one line: no-break spaces inside the figure, none elsewhere.
        assertEquals("Reste à payer 4\u00A0600\u00A0€ à coup sûr", MessageRenderer.french().noBreakSpaces().render(left));
        assertEquals(MessageRenderer.english().render(left), MessageRenderer.english().noBreakSpaces().render(left));
        Message start = Message.of("funding.panel.title.start", Param.date(java.time.LocalDate.of(2027, 1, 4)));
        assertEquals(", début le 4 janvier 2027", MessageRenderer.french().render(start));
        assertEquals(", starts on 4 January 2027", MessageRenderer.english().render(start));
        Message effect = Message.of("rescue.effect", Param.number(1), Param.number(13_120), Param.number(0));
        assertEquals("1 formation, 13 120 entreprises, 0 métier au marché plus porteur", MessageRenderer.french().render(effect));
        assertEquals("1 training, 13,120 companies, 0 occupations with a better market", MessageRenderer.english().render(effect));
    }
}
