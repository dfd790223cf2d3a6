package fr.passerelle.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.PathResult;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.path.CardGrouping;
import fr.passerelle.ui.path.PathViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan screen without a toolkit: choices, the document asked for, saved where she says. */
class PlanViewModelTest {
    /** What the screen asked the documents for. */
    private record Asked(String rome, String sessionId, String name, LocalDate today) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private final PlanDocuments documents = (PathResult path, String rome, String sessionId, String name, LocalDate today) -> {
        asked.add(new Asked(rome, sessionId, name, today));
        return new PlanDocuments.Plan() {
            @Override
            public List<String> preview() {
                return List.of("Plan d'action de " + name, "Métier visé : " + rome, "Session : " + sessionId);
            }

            @Override
            public void writePdf(Path out) throws IOException {
                Files.writeString(out, "pdf " + rome);
            }

            @Override
            public void writeCsv(Path out) throws IOException {
                Files.writeString(out, "csv " + rome);
            }
        };
    };
    private final InterviewState state = new InterviewState();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final PathViewModel path = new PathViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), s -> { },
            Messages.french(), CardGrouping.byHorizon());
    private final PlanViewModel plan = new PlanViewModel(state, TaskRunner.synchronous(), dialogs, Messages.french(), UiFixtures.CLOCK,
            documents);

    private void juliette() {
        state.personNameProperty().set("Juliette");
        state.profileProperty().set(UiFixtures.julietteProfile());
    }

    @Test
    void withoutAPathThereIsNothingToSave() {
        assertFalse(plan.readyProperty().get());
        assertEquals(List.of("Aucun parcours pour l'instant : ouvrez d'abord le parcours de la personne."), plan.preview());
    }

    @Test
    void theFirstTargetAndThePlansOwnTrainingAreTheDefault() {
        juliette();

        String first = state.pathProperty().get().occupations().get(0).rome();
        assertEquals(first, plan.targetProperty().get().rome());
        assertNull(plan.trainingProperty().get().sessionId());
        assertEquals(new Asked(first, null, "Juliette", LocalDate.of(2026, 11, 28)), asked.get(asked.size() - 1));
        assertEquals("Plan d'action de Juliette", plan.preview().get(0));
        assertTrue(plan.readyProperty().get());
    }

    @Test
    void theTargetChosenOnTheCardsIsTheOnePlanned() {
        juliette();
        String third = state.pathProperty().get().occupations().get(2).rome();

        path.plan(third);

        assertEquals(third, plan.targetProperty().get().rome());
        assertEquals("Métier visé : " + third, plan.preview().get(1));
    }

    @Test
    void aChosenSessionIsPassedToTheDocument() {
        juliette();
        var target = state.pathProperty().get().occupations().stream().filter(t -> t.trainings().size() > 1).findFirst().orElseThrow();
        path.plan(target.rome());

        plan.trainingProperty().set(plan.trainings().get(2));

        assertEquals(target.trainings().get(1).sessionId(), asked.get(asked.size() - 1).sessionId());
        assertEquals(target.trainings().size() + 1, plan.trainings().size());
    }

    @Test
    void savingWritesWhereSheChoseWithHerNameInTheSuggestedFileName(@TempDir Path dir) throws IOException {
        juliette();
        dialogs.toSave = dir.resolve("plan.pdf");

        plan.savePdf();

        String rome = plan.targetProperty().get().rome();
        assertEquals(List.of("plan-juliette-" + rome + ".pdf"), dialogs.initialNames);
        assertEquals("pdf " + rome, Files.readString(dir.resolve("plan.pdf")));
        assertEquals("Enregistré : " + dir.resolve("plan.pdf"), plan.messageProperty().get());
    }

    @Test
    void theCsvIsSavedToo(@TempDir Path dir) throws IOException {
        juliette();
        dialogs.toSave = dir.resolve("plan.csv");

        plan.saveCsv();

        assertEquals("csv " + plan.targetProperty().get().rome(), Files.readString(dir.resolve("plan.csv")));
    }

    @Test
    void aWriteFailureIsReportedInFrench(@TempDir Path dir) {
        juliette();

        plan.write(dir.resolve("absent").resolve("plan.pdf"), "pdf");

        assertTrue(plan.messageProperty().get().startsWith("Le document n'a pas pu être enregistré : "), plan.messageProperty().get());
    }

    @Test
    void aHiddenPlanIsBuiltOnlyWhenItsScreenIsShown() {
        plan.setActive(false);
        juliette();
        path.radiusProperty().set(20);
        path.radiusProperty().set(25);
        assertTrue(asked.isEmpty(), "nothing built while hidden: " + asked);

        plan.setActive(true);

        assertEquals(1, asked.size());
        assertTrue(plan.readyProperty().get());
    }

    @Test
    void theRealPreviewSaysWhoPaysWhatAndWhenAsThePdfDoes() {
        PlanViewModel real = new PlanViewModel(state, TaskRunner.synchronous(), dialogs, Messages.french(), UiFixtures.CLOCK,
                new ExportPlanDocuments(new fr.passerelle.store.TrainingContactStore(UiFixtures.workstation().referenceDatabase())));
        juliette();

        path.plan("N1113");

        String preview = String.join("\n", real.preview());
        assertTrue(preview.contains("Quand : dans quelques mois : après une formation courte ou un permis."), preview);
        assertTrue(preview.contains("• Place financée (Conseil régional, France Travail) : 4\u00A0200\u00A0€, acquis"), preview);
        assertTrue(preview.contains("Reste à payer pour vous : 0\u00A0€."), preview);
        assertTrue(preview.contains("Pendant la formation : Rémunération des formations de France Travail (RFFT)"), preview);
        assertTrue(preview.contains("Avant le 21 décembre 2026 : Demander la prescription de la session à votre conseiller·ère France Travail"),
                preview);
    }
}
