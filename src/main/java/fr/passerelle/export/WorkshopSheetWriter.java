package fr.passerelle.export;

import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.words.Param;
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
    private final PlanLanguage language;

    /** Sheets in French. */
    public WorkshopSheetWriter(TrainingContacts contacts) {
        this(contacts, PlanLanguage.FRENCH);
    }

    /** Sheets in the workshop window's language. */
    public WorkshopSheetWriter(TrainingContacts contacts, PlanLanguage language) {
        this.contacts = contacts;
        this.language = java.util.Objects.requireNonNull(language, "language");
    }

    /** The name each sheet is made out to: the participant's number and the persona's, said to be fictional. */
    public static String sheetName(int participant, int participants, String personaName) {
        return sheetName(participant, participants, personaName, PlanLanguage.FRENCH);
    }

    public static String sheetName(int participant, int participants, String personaName, PlanLanguage in) {
        return in.t("sheet.name", participant, participants,
                personaName == null || personaName.isBlank() ? in.t("sheet.persona") : personaName);
    }

    /**
     * The BMO hiring projects of the persona's employment area for the occupation, as the path's reason
     * ({@code demand.projects}) says them in the sheet's language, with the survey's year and source; null when the
     * market data has none for this area and occupation.
     */
    static ActionPlan.PlanProjects projects(PathResult path, String targetRome, PlanLanguage in) {
        return path.occupations().stream().filter(t -> t.rome().equalsIgnoreCase(targetRome.strip())).findFirst()
                .flatMap(t -> t.reasons().stream().filter(r -> "demand.projects".equals(r.key())).findFirst())
                .filter(r -> !r.params().isEmpty() && r.params().get(0) instanceof Param.Year)
                .map(r -> {
                    int year = ((Param.Year) r.params().get(0)).value();
                    String text = r.text(in.reasons());
                    return new ActionPlan.PlanProjects(year, text.endsWith(".") ? text : text + ".", in.t("projects.source", year));
                }).orElse(null);
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
        ActionPlan.PlanProjects projects = projects(path, targetRome, language);
        Path folder = Files.createTempDirectory("passerelle-atelier");
        try {
            List<Path> sheets = new ArrayList<>();
            PdfPlanWriter writer = new PdfPlanWriter();
            for (int k = 1; k <= participants; k++) {
                ActionPlan plan = ActionPlanBuilder.build(path, targetRome, null, sheetName(k, participants, personaName, language),
                        today, contacts, language).withProjects(projects);
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
