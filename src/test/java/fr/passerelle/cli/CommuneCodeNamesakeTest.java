package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A five-digit commune is read as an INSEE code first (programs and the window's form give INSEE codes), but about
 * 3,000 INSEE codes are also the postal code of other communes: 59650 is Wattrelos's INSEE code and
 * Villeneuve-d'Ascq's postal code, both in the samples. A counsellor who typed the postal code must be told which
 * commune was taken and how to ask for the other, on stderr (the JSON on stdout stays clean).
 */
class CommuneCodeNamesakeTest {
    @TempDir
    static Path home;

    private static CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void aCodeThatIsAlsoAnotherCommunesPostalCodeIsSaidOnStderr() {
        CliRun run = run("path", "--rome", "D1505", "--commune", "59650", "--limit", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wattrelos (59)"), "the INSEE code still wins: " + run.out().lines().findFirst().orElse(""));
        assertTrue(run.err().contains("« 59650 » est lu comme le code INSEE de Wattrelos (59)"), run.err());
        assertTrue(run.err().contains("code postal de : Villeneuve-d'Ascq (59, code INSEE 59009)."), run.err());
        assertFalse(run.out().contains("Villeneuve-d'Ascq (59) ; "), "nothing of the note on stdout");
    }

    @Test
    void theNoteIsInEnglishUnderLangEnAndStaysOffTheJson() throws Exception {
        CliRun run = run("--lang", "en", "path", "--rome", "D1505", "--commune", "59650", "--limit", "1", "--json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("\"59650\" is read as the INSEE code of Wattrelos (59)"), run.err());
        assertEquals("59650", new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("profile").get("commune").asText());
    }

    @Test
    void aCodeThatIsOnlyOneCommunesSaysNothing() {
        CliRun byInsee = run("path", "--rome", "D1505", "--commune", "59350", "--limit", "1");
        CliRun byPostal = run("path", "--rome", "D1505", "--commune", "59000", "--limit", "1");
        CliRun byName = run("path", "--rome", "D1505", "--commune", "Wattrelos", "--limit", "1");
        for (CliRun r : new CliRun[] {byInsee, byPostal, byName}) {
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.err().contains("INSEE"), r.err());
        }
    }
}
