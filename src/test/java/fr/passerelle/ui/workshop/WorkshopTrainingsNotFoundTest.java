package fr.passerelle.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Personas;
import fr.passerelle.export.TrainingContacts;
import fr.passerelle.export.WorkshopSheetWriter;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.market.MarketFixtures;
import org.junit.jupiter.api.Test;

/**
 * When no training leads to the target, the workshop's trainings screen suggests distance learning only to a persona
 * who does not accept it: Nadia accepts it, and her first target (K2204) has no training within 25 km nor remote on the
 * samples; the projector must not tell the group to do what she already does.
 */
class WorkshopTrainingsNotFoundTest {
    private final WorkshopViewModel workshop = new WorkshopViewModel(UiFixtures.paths(), MarketFixtures.source(),
            (path, rome, name, n, today, out) -> new WorkshopSheetWriter(TrainingContacts.NONE).write(path, rome, name, n, today, out),
            TaskRunner.synchronous(), new FakeDialogs(), Messages.french(), UiFixtures.personas());

    @Test
    void aPersonaWhoAcceptsDistanceLearningIsNotToldToAcceptIt() {
        workshop.personaProperty().set(workshop.personas().stream().filter(p -> "Nadia".equals(p.name())).findFirst().orElseThrow());
        workshop.next();
        workshop.next();
        workshop.targetProperty().set(workshop.targets().stream().filter(t -> t.rome().equals("K2204")).findFirst().orElseThrow());
        workshop.next();
        assertEquals(WorkshopStep.TRAININGS, workshop.stepProperty().get());
        assertEquals("Aucune formation trouvée à moins de 25 km ni à distance : élargir le rayon.", workshop.ideaProperty().get());
        assertTrue(workshop.lines().isEmpty(), workshop.lines().toString());
    }
}
