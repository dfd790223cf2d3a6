package fr.passerelle.ui.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.export.ActionPlan;
import fr.passerelle.export.ActionPlanBuilder;
import fr.passerelle.export.PlanLanguage;
import fr.passerelle.export.TrainingContacts;
import fr.passerelle.ui.UiFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The window's plan preview says its count of companies with the right number: on the samples Nadia's K2204 plan has
 * one company, and the preview said "Entreprises à contacter (1 trouvées)".
 */
class PlanPreviewCountsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static String preview(PlanLanguage language) throws Exception {
        PathResult path = UiFixtures.paths().path(PathRequest.fromFile(Path.of("data-samples/personas/nadia.json")), 5, TODAY);
        ActionPlan plan = ActionPlanBuilder.build(path, "K2204", null, "Nadia", TODAY, TrainingContacts.NONE, language);
        return String.join("\n", PlanPreview.of(plan));
    }

    @Test
    void oneCompanyIsSaidInTheSingular() throws Exception {
        String french = preview(PlanLanguage.FRENCH);
        assertTrue(french.contains("Entreprises à contacter (1 trouvée) :\n"), french);
        String english = preview(PlanLanguage.ENGLISH);
        assertTrue(english.contains("Companies to contact (1 found):\n"), english);
    }
}
