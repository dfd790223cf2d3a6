package fr.passerelle.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.cli.PasserelleCommand;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.store.TrainingContactStore;
import fr.passerelle.ui.UiFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's plan and the {@code plan} command print the same document for the same person, occupation and day:
 * the same path service, the same builder, the same funding answers.
 */
class SamePlanAsTheCommandTest {
    @TempDir
    Path out;

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theWindowAndTheCommandWriteTheSamePlan() throws Exception {
        // The command seeds its own home with the same samples (the window's cache is open, and H2 locks its file).
        LocalDate day = UiFixtures.paths().today();
        Path fromCommand = out.resolve("commande.pdf");
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window");
        }, new PrintWriter(new StringWriter()), new PrintWriter(err), "--home", out.resolve("home").toString(),
                "plan", "--profile", "data-samples/personas/juliette.json", "--rome", "N1113", "--date", day.toString(),
                "--out", fromCommand.toString());
        assertEquals(0, exit, err.toString());

        PathResult path = UiFixtures.paths().path(UiFixtures.julietteProfile(), 5);
        Path fromWindow = out.resolve("fenetre.pdf");
        new ExportPlanDocuments(new TrainingContactStore(UiFixtures.workstation().referenceDatabase()))
                .build(path, "N1113", null, "Juliette", day).writePdf(fromWindow);

        String window = text(fromWindow);
        assertEquals(text(fromCommand), window);
        assertTrue(window.contains("Place financée"), "who pays what, from the funding answer: " + window);
    }
}
