package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --lang en} writes the whole plan (PDF, CSV, the command's own lines) in English; French stays the default. */
class PlanLanguageTest {
    private static final String KARIM = "data-samples/personas/karim.json";
    private static Path home;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-plan-lang");
        assertEquals(0, run("jobs", "caisse").exit()); // seeds the samples
    }

    private static CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    private static String text(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void langEnWritesTheWholePlanInEnglish() throws IOException {
        Path pdf = dir.resolve("karim.pdf");
        Path csv = dir.resolve("karim.csv");
        CliRun en = run("plan", "--lang", "en", "--profile", KARIM, "--out", pdf.toString(), "--csv", csv.toString(), "--date", "2026-12-01");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().startsWith("Action plan written: " + pdf.toAbsolutePath().normalize() + " (Action plan for Karim, Cariste, "),
                en.out());
        assertTrue(en.out().contains("Table written: "), en.out());
        assertTrue(en.out().contains("Warning: fictional sample data"), en.out());
        String text = text(pdf);
        assertTrue(text.contains("Action plan for Karim"), text);
        assertTrue(text.contains("Who pays what"), text);
        assertTrue(text.contains("Price €1,190"), text);
        assertTrue(text.contains("By 6 December 2026:"), text);
        assertFalse(text.contains("Qui paie quoi") || text.contains("Avant le"), text);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFType;Chosen in the plan;ROME code;Occupation;"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Training;yes;N1101;Cariste;"), lines.get(1));
    }

    @Test
    void frenchStaysTheDefault() throws IOException {
        Path pdf = dir.resolve("karim-fr.pdf");
        Path csv = dir.resolve("karim-fr.csv");
        CliRun fr = run("plan", "--profile", KARIM, "--out", pdf.toString(), "--csv", csv.toString(), "--date", "2026-12-01");
        assertEquals(0, fr.exit(), fr.err());
        assertTrue(fr.out().startsWith("Plan d'action écrit : "), fr.out());
        String text = text(pdf);
        assertTrue(text.contains("Plan d'action de Karim"), text);
        assertTrue(text.contains("Qui paie quoi"), text);
        assertTrue(text.contains("Prix 1\u202F190\u00A0€"), text);
        assertTrue(Files.readAllLines(csv, StandardCharsets.UTF_8).get(1).startsWith("Formation;oui;N1101;Cariste;"));
    }
}
