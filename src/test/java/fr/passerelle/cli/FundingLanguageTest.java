package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code funding --lang en} reads the answer aloud in English (figures in English formats); the rules' own texts
 * (scheme names, conditions, sources) stay as written; French stays the default and the JSON does not change.
 */
class FundingLanguageTest {
    private static Path home;

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-funding-lang");
        assertEquals(0, FundingCommandTest.run(home, "jobs", "caisse").exit()); // seeds the samples
    }

    private static final String[] CACES = {"funding", "--profile", "data-samples/personas/juliette.json", "--training", "EX_SE_0015",
            "--on", "2026-11-30"};

    private static FundingCommandTest.Run run(String... args) {
        return FundingCommandTest.run(home, args);
    }

    private static String[] english(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = "en";
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    @Test
    void langEnReadsTheAnswerAloudInEnglish() {
        FundingCommandTest.Run run = run(english(CACES));
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("CACES R489 catégorie 3"), out);
        assertTrue(out.contains("\nFor her: job seeker registered with France Travail, "), out);
        assertTrue(out.contains("On 30 November 2026, funding rules 2026-11-30, price €990:"), out);
        assertTrue(out.contains("• Compte personnel de formation (CPF): secured — €500"), out);
        assertTrue(out.contains("• Aide individuelle à la formation (AIF, France Travail): possible — up to €490"), out);
        assertTrue(out.contains("Left to pay: €490 for sure, €0 if the possible aids are granted."), out);
        assertTrue(out.contains("about €528 a month (amount as of 1 April 2024)"), out);
        assertTrue(out.contains("Questions to ask:"), out);
        assertTrue(out.contains("    Source: "), out);
        assertTrue(out.endsWith("Funding rules: version 2026-11-30, shipped with the software." + System.lineSeparator()), out);
        for (String french : new String[] {"Reste à payer", "Pendant la formation", "Questions à poser", " : acquis", "jusqu'à",
                "Pour elle", "Au 30 novembre", "Démarches :", "non renseigné"}) {
            assertFalse(out.contains(french), french + " in: " + out);
        }
    }

    @Test
    void frenchStaysTheDefaultAndTheJsonIsTheSameInBothLanguages() {
        FundingCommandTest.Run french = run(CACES);
        assertTrue(french.out().contains("Reste à payer : 490 € à coup sûr, 0 € si les aides possibles sont accordées."), french.out());
        String[] json = java.util.stream.Stream.concat(java.util.Arrays.stream(CACES), java.util.stream.Stream.of("--json"))
                .toArray(String[]::new);
        assertEquals(run(json).out(), run(english(json)).out());
    }
}
