package fr.passerelle.export;

import fr.passerelle.engine.result.PathResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * The sheets a trainer prints at the end of a workshop: one per participant, each the action plan of the fictional
 * persona the group followed (same builder and PDF writer as a counsellor's plan, so the two never differ), made out
 * to "participant·e n° k" so that nobody's name is asked or kept. One PDF, sheets one after the other.
 */
public final class WorkshopSheetWriter {
    /** The most sheets in one print: a workshop group, not a mailing. */
    public static final int MAX_PARTICIPANTS = 40;

    private final TrainingContacts contacts;

    public WorkshopSheetWriter(TrainingContacts contacts) {
        this.contacts = contacts;
    }

    /** The name each sheet is made out to: the participant's number and the persona's, said to be fictional. */
    public static String sheetName(int participant, int participants, String personaName) {
        return "participant·e " + participant + "/" + participants + " (atelier, cas fictif de "
                + (personaName == null || personaName.isBlank() ? "la persona" : personaName) + ")";
    }

    /**
     * @param targetRome the occupation the group chose in the persona's path
     * @throws IllegalArgumentException in French when the number of participants is out of 1…{@value #MAX_PARTICIPANTS}
     *                                  or the occupation is not in the path
     */
    public void write(PathResult path, String targetRome, String personaName, int participants, LocalDate today, Path out)
            throws IOException {
        if (participants < 1 || participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("nombre de participants : de 1 à " + MAX_PARTICIPANTS + ", pas " + participants);
        }
        Path folder = Files.createTempDirectory("passerelle-atelier");
        try {
            List<Path> sheets = new ArrayList<>();
            PdfPlanWriter writer = new PdfPlanWriter();
            for (int k = 1; k <= participants; k++) {
                ActionPlan plan = ActionPlanBuilder.build(path, targetRome, null, sheetName(k, participants, personaName), today, contacts);
                Path sheet = folder.resolve("fiche-" + k + ".pdf");
                writer.write(plan, sheet);
                sheets.add(sheet);
            }
            AtomicFile.write(out, file -> {
                PDFMergerUtility merger = new PDFMergerUtility();
                for (Path sheet : sheets) {
                    merger.addSource(sheet.toFile());
                }
                merger.setDestinationFileName(file.getAbsolutePath());
                merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            });
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
        }
    }
}
