package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.engine.result.PathResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The French plan is the default and must not move when another language is added: the four personas' PDF (its text,
 * as PDFBox extracts it) and CSV (byte for byte) are compared with golden copies written by the code as it was before
 * the plan could be written in English (commit df33cec), on the same fixed world ({@link SamplePlans}). Run with
 * {@code -Dgolden.write=true} to write the copies again after a deliberate change of the French plan.
 */
class FrenchPlanUnchangedTest {
    private static final Path GOLDEN = Path.of("src/test/resources/fr/passerelle/export/golden");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"juliette", "karim", "nadia", "thomas"})
    void theFrenchPlanOfEachPersonaIsTheSameAsBefore(String persona) throws Exception {
        PathResult path = SamplePlans.path(persona);
        ActionPlan plan = ActionPlanBuilder.build(path, path.occupations().get(0).rome(), null, SamplePlans.name(persona),
                SamplePlans.TODAY, SamplePlans.contacts());
        Path pdf = dir.resolve(persona + ".pdf");
        Path csv = dir.resolve(persona + ".csv");
        new PdfPlanWriter().write(plan, pdf);
        new CsvPlanWriter().write(plan, csv);
        String text = SamplePlans.pdfText(pdf);
        byte[] table = Files.readAllBytes(csv);
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve(persona + ".fr.txt"), text, StandardCharsets.UTF_8);
            Files.write(GOLDEN.resolve(persona + ".fr.csv"), table);
            return;
        }
        assertEquals(Files.readString(GOLDEN.resolve(persona + ".fr.txt"), StandardCharsets.UTF_8), text, persona + ": PDF text");
        assertEquals(new String(Files.readAllBytes(GOLDEN.resolve(persona + ".fr.csv")), StandardCharsets.UTF_8),
                new String(table, StandardCharsets.UTF_8), persona + ": CSV");
    }
}
