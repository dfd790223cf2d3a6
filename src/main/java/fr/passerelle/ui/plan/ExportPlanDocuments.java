package fr.passerelle.ui.plan;

import fr.passerelle.engine.result.PathResult;
import fr.passerelle.export.ActionPlan;
import fr.passerelle.export.ActionPlanBuilder;
import fr.passerelle.export.PlanLanguage;
import fr.passerelle.export.CsvPlanWriter;
import fr.passerelle.export.PdfPlanWriter;
import fr.passerelle.export.TrainingContacts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The plan screen's documents made by the export package: the same PDF and CSV as the {@code plan} command. */
public final class ExportPlanDocuments implements PlanDocuments {
    private final TrainingContacts contacts;

    public ExportPlanDocuments(TrainingContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Plan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today) {
        return build(path, targetRome, sessionId, personName, today, java.util.Locale.FRENCH);
    }

    @Override
    public Plan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today,
                      java.util.Locale language) {
        ActionPlan plan = ActionPlanBuilder.build(path, targetRome, sessionId, personName, today, contacts,
                PlanLanguage.of(language));
        return new Plan() {
            @Override
            public List<String> preview() {
                return PlanPreview.of(plan);
            }

            @Override
            public void writePdf(Path out) throws IOException {
                new PdfPlanWriter().write(plan, out);
            }

            @Override
            public void writeCsv(Path out) throws IOException {
                new CsvPlanWriter().write(plan, out);
            }
        };
    }
}
