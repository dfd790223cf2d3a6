package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts of the path text agree with their number, in French (0 and 1 take the singular) and in English: on the
 * samples Nadia's first target (K2204) has one company and her rescue finds no occupation with a better market.
 */
class PathTextPluralsTest {
    @TempDir
    static Path home;

    private static String nadia(String... lang) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] head = {"--home", home.toString()};
        String[] tail = {"path", "--profile", "data-samples/personas/nadia.json"};
        String[] all = new String[head.length + lang.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(lang, 0, all, head.length, lang.length);
        System.arraycopy(tail, 0, all, head.length + lang.length, tail.length);
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all);
        assertEquals(0, exit, err.toString());
        return out.toString();
    }

    @Test
    void frenchCountsOfZeroAndOneAreSingular() {
        String text = nadia();
        assertTrue(text.contains("   Entreprises qui recrutent (1 trouvée) :\n"), text);
        assertTrue(text.contains("   Entreprises qui recrutent (2 trouvées) :\n"), text);
        assertTrue(text.contains("   Formations (4 trouvées, distances à vol d'oiseau) :\n"), text);
        assertTrue(text.contains("   • Élargir le rayon à 30 km : 0 métier au marché plus porteur, 4 formations, 6 entreprises\n"), text);
        assertFalse(text.contains("(1 trouvées)"), text);
        assertFalse(text.contains(" 0 métiers "), text);
    }

    @Test
    void englishCountsOfOneAreSingular() {
        String text = nadia("--lang", "en");
        assertTrue(text.contains("   Companies that hire (1 found):\n"), text);
        assertTrue(text.contains("   • Widen the radius to 30 km: 0 occupations with a better market, 4 trainings, 6 companies\n"), text);
    }
}
