package fr.passerelle.ui.plan;

import fr.passerelle.engine.result.PathResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The action plan document as the plan screen needs it: built from the path for one occupation and session, shown
 * as a preview, written as PDF and CSV. The export package makes the document; this port keeps the screen apart
 * from its format.
 */
public interface PlanDocuments {

    /** One built plan. */
    interface Plan {
        /** The plan's text as the PDF says it, paragraph by paragraph, for the preview and printing. */
        List<String> preview();

        void writePdf(Path out) throws IOException;

        void writeCsv(Path out) throws IOException;
    }

    /**
     * @param sessionId the chosen training session, or null for the plan's own choice
     * @param personName as typed (null: "la personne accompagnée")
     */
    Plan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today);

    /**
     * The plan written in the window's language ({@code language}: English for an English locale, French otherwise).
     * A source of documents that speaks only French ignores it.
     */
    default Plan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today,
                       java.util.Locale language) {
        return build(path, targetRome, sessionId, personName, today);
    }
}
