package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code path --lang en} writes its own lines in English, not only the reasons: headings, training and company lines,
 * the funding lines under each training and the funding questions, the live offers, the rescue, the data line, with
 * English figures. What stays French is said here: texts from the data (occupation, skill, training, provider, company
 * and town names, the funding rules' scheme names, an offer's title and contract).
 */
class PathTextEnglishTest {
    private static final List<String> PERSONAS = List.of("juliette", "karim", "nadia", "thomas");

    /**
     * Words of the command line's own French sentences; none of them occurs in the sample data's names. ("Diplômes du
     * métier visé" is not among them: no sample persona reaches it.)
     */
    private static final List<String> FRENCH_MARKERS = List.of("Parcours pour", "Élargir le rayon", ", niveau ", "reste à", "Compétences déjà",
            "À acquérir", "Formation :", "Formations (", "vol d'oiseau", "prix non publié", "début ",
            "financeurs", "Entreprises qui recrutent", "score d'embauche", "publié", "estimé", "Pistes pour",
            "Accepter les", "au marché plus porteur", "Données :", "importé le", "données d'exemple", "règles de financement",
            "TOUT DE SUITE", "DANS QUELQUES MOIS", "PROJET PLUS LONG", "[métier réglementé]", "[marché pas", "offre en ligne",
            "offres en ligne", "relevées le", " au 21 ", "à coup sûr", "Pour préciser", "Qui paie", "Pendant la formation",
            "achat collectif", "par mois", "montant au", " novembre 20");

    private static Path home;
    private static final Map<String, String> FRENCH = new LinkedHashMap<>();
    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    @BeforeAll
    static void runEveryPersonaInBothLanguages() throws IOException {
        home = Files.createTempDirectory("passerelle-path-text-en");
        for (String persona : PERSONAS) {
            String file = "data-samples/personas/" + persona + ".json";
            FRENCH.put(persona, run("path", "--profile", file));
            ENGLISH.put(persona, run("--lang", "en", "path", "--profile", file));
        }
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        assertEquals(0, exit, err.toString());
        return out.toString();
    }

    @Test
    void noFrenchSentenceOfOursIsLeftInEnglish() {
        for (String persona : PERSONAS) {
            for (String line : ENGLISH.get(persona).lines().toList()) {
                for (String marker : FRENCH_MARKERS) {
                    assertTrue(!line.contains(marker), persona + ": « " + marker + " » in: " + line);
                }
            }
        }
    }

    @Test
    void everyMarkerIsWrittenInFrenchSoTheCheckAbove() {
        // A marker the French output never writes would make the English check pass for nothing.
        String all = String.join("\n", FRENCH.values());
        for (String marker : FRENCH_MARKERS) {
            assertTrue(all.contains(marker), "the French paths never write « " + marker + " »");
        }
    }

    @Test
    void theHeaderTheHeadingsAndTheCompanyLinesReadInEnglishWithEnglishFigures() {
        String juliette = ENGLISH.get("juliette");
        assertTrue(juliette.startsWith("Path from Hôte / Hôtesse de caisse (D1505), Lille (59), radius 30 km, level no diploma, "
                + "CPF €500, can pay up to €0\n"), juliette.lines().findFirst().orElse(""));
        // No article before the occupation: "a" read wrong before a vowel ("Path for a Agent / Agente de propreté").
        String nadia = ENGLISH.get("nadia");
        assertTrue(nadia.startsWith("Path from Agent / Agente de propreté"), nadia.lines().findFirst().orElse(""));
        assertTrue(juliette.contains("\nRIGHT NOW — no mandatory training\n"), "horizon heading");
        assertTrue(juliette.contains("   Trainings (6 found, straight-line distances):\n"), "trainings heading");
        assertTrue(juliette.lines().anyMatch(l -> l.matches("     - .*: 525 h, €4,600, left to pay €0, starts 4 January 2027, "
                + "Villeneuve-d'Ascq \\(7\\.5 km\\); funders: .*")), "a training line with English figures");
        assertTrue(juliette.lines().anyMatch(l -> l.matches("     - .* — hiring score \\d+/100 (published|estimated from the sector's "
                + "hirings \\(NAF \\w+\\)), \\d+\\.\\d km away")), "a company's why in English");
        assertTrue(juliette.contains("\nData: ") && juliette.contains(", imported on " + java.time.LocalDate.now() + ", fictional sample data; "), "data line");
    }

    @Test
    void theRescueIsSaidInEnglish() {
        String thomas = ENGLISH.get("thomas");
        assertTrue(thomas.contains("Ways to widen the search:\n   • Widen the radius to 30 km: 0 occupations with a better market, "),
                thomas);
        assertTrue(thomas.contains("   • Accept remote trainings: "), thomas);
    }
}
