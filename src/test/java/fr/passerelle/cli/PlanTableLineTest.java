package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The line {@code plan --csv} prints counts its rows in words that agree with their number, in both languages, on the
 * sample personas: "0 formation, 1 entreprise" (French reads 0 as singular), "0 trainings, 1 company". Before, it said
 * "(0 formation(s), 1 entreprise(s))" and "(0 training(s), 1 company(ies))".
 */
class PlanTableLineTest {
    @TempDir
    static Path home;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "juliette | fr | Tableau écrit : | (5 formations, 5 entreprises)",
            "nadia    | fr | Tableau écrit : | (0 formation, 1 entreprise)",
            "thomas   | fr | Tableau écrit : | (0 formation, 0 entreprise)",
            "juliette | en | Table written:  | (5 trainings, 5 companies)",
            "nadia    | en | Table written:  | (0 trainings, 1 company)",
            "thomas   | en | Table written:  | (0 trainings, 0 companies)"})
    void theTableLineCountsItsRowsInWordsThatAgree(String persona, String lang, String start, String counts, @TempDir Path out) {
        Path csv = out.resolve(persona + ".csv");
        CliRun run = CliRun.in(home, "--lang", lang, "plan", "--profile", SharedData.sample("personas/" + persona + ".json").toString(),
                "--out", out.resolve(persona + ".pdf").toString(), "--csv", csv.toString());
        assertEquals(0, run.exit(), run.err());
        String line = run.out().lines().filter(l -> l.startsWith(start.strip())).findFirst().orElseThrow(() -> new AssertionError(run.out()));
        assertEquals(start.strip() + " " + csv.toAbsolutePath().normalize() + " " + counts, line);
        assertTrue(!run.out().contains("(s)") && !run.out().contains("(ies)"), run.out());
    }
}
