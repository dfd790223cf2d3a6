package fr.passerelle.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.Personas;
import fr.passerelle.export.TrainingContacts;
import fr.passerelle.export.WorkshopSheetWriter;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.market.MarketFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workshop without a toolkit: a persona's market, path and trainings one screen at a time, then one sheet per
 * participant in one PDF (read back), and personas the trainer creates, checked and saved where they choose.
 */
class WorkshopViewModelTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final WorkshopViewModel workshop = new WorkshopViewModel(UiFixtures.paths(), MarketFixtures.source(),
            (path, rome, name, n, today, out) -> new WorkshopSheetWriter(TrainingContacts.NONE).write(path, rome, name, n, today, out),
            TaskRunner.synchronous(), dialogs, Messages.french(), UiFixtures.personas());

    private Personas.Persona juliette() {
        return workshop.personas().stream().filter(p -> "Juliette".equals(p.name())).findFirst().orElseThrow();
    }

    @Test
    void theFourBundledPersonasAreOffered() {
        assertEquals(List.of("Juliette", "Karim", "Nadia", "Thomas"), workshop.personas().stream().map(Personas.Persona::name).sorted().toList());
    }

    @Test
    void nothingMovesOnBeforeAPersonaIsChosen() {
        workshop.next();
        assertEquals(WorkshopStep.PERSONA, workshop.stepProperty().get());
        assertEquals("Choisissez d'abord une persona dans la liste.", workshop.messageProperty().get());
    }

    @Test
    void theTrainerWalksThroughHerMarketPathAndTrainingsOneIdeaPerScreen() {
        workshop.personaProperty().set(juliette());

        workshop.next();
        assertEquals(WorkshopStep.MARKET, workshop.stepProperty().get());
        assertEquals("Étape 2 sur 5 · Son marché", workshop.stepTitleProperty().get());
        assertEquals("Le marché autour de Lille", workshop.headlineProperty().get());
        assertTrue(workshop.ideaProperty().get().contains("(offres par an, 2021)"), workshop.ideaProperty().get());
        assertFalse(workshop.lines().isEmpty());
        assertTrue(workshop.lines().size() <= WorkshopViewModel.MAX_LINES);

        workshop.next();
        assertEquals(WorkshopStep.PATH, workshop.stepProperty().get());
        assertFalse(workshop.targets().isEmpty());
        assertEquals(workshop.targets().get(0), workshop.targetProperty().get());

        var second = workshop.targets().get(1);
        workshop.targetProperty().set(second);
        workshop.next();
        assertEquals(WorkshopStep.TRAININGS, workshop.stepProperty().get());
        assertEquals("Pour devenir " + second.label(), workshop.headlineProperty().get());
        assertTrue(workshop.lines().size() <= WorkshopViewModel.MAX_LINES);

        workshop.next();
        workshop.next();
        assertEquals(WorkshopStep.SHEETS, workshop.stepProperty().get());
        assertTrue(workshop.ideaProperty().get().contains(second.label()));
        workshop.previous();
        assertEquals(WorkshopStep.TRAININGS, workshop.stepProperty().get());
    }

    @Test
    void oneSheetPerParticipantIsPrintedWithNoNameButTheirNumber() throws Exception {
        workshop.personaProperty().set(juliette());
        String target = workshop.targetProperty().get().label();
        workshop.participantsProperty().set(3);
        dialogs.toSave = folder.resolve("atelier.pdf");

        workshop.printSheets();

        assertEquals("3 fiches enregistrées dans " + dialogs.toSave + ".", workshop.messageProperty().get());
        assertEquals("atelier-juliette.pdf", dialogs.initialNames.get(0));
        try (PDDocument pdf = Loader.loadPDF(dialogs.toSave.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(pdf.getNumberOfPages() >= 3, "one sheet (1 or 2 pages) per participant");
            for (int k = 1; k <= 3; k++) {
                assertTrue(text.contains("participant·e " + k + "/3 (atelier, cas fictif de Juliette)"), "sheet " + k);
            }
            assertFalse(text.contains("participant·e 4/3"));
            assertTrue(text.contains(target), "the occupation the group chose");
        }
        // Nothing else is written: the sheets where the trainer said, no temporary file left beside them.
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(dialogs.toSave), files.toList());
        }
    }

    @Test
    void aWrongNumberOfParticipantsIsRefusedBeforeAnyFileIsAsked() {
        workshop.personaProperty().set(juliette());
        workshop.participantsProperty().set(WorkshopSheetWriter.MAX_PARTICIPANTS + 1);
        workshop.printSheets();
        assertEquals("De 1 à 40 participant·es.", workshop.messageProperty().get());
        assertTrue(dialogs.saveTitles.isEmpty());
    }

    @Test
    void aNewPersonaIsCheckedAgainstTheDataThenSavedWhereTheTrainerChoosesAndChosen() throws Exception {
        dialogs.toSave = folder.resolve("leila.json");
        workshop.createPersona(new PersonaDraft("Leïla", "Vendeuse qui veut bouger", "hôtesse de caisse", "Arras", "20", "cap", "300", null));

        assertTrue(Files.exists(dialogs.toSave));
        PathRequest saved = PathRequest.fromFile(dialogs.toSave);
        assertEquals("Leïla", saved.name());
        assertEquals("Arras", saved.commune());
        assertEquals(20, saved.radiusKm());
        assertEquals("Leïla", workshop.personaProperty().get().name());
        assertEquals("Vendeuse qui veut bouger", workshop.personaProperty().get().description());
        assertEquals(5, workshop.personas().size());
        assertNotNull(workshop.pathProperty().get(), "her path is computed at once");
    }

    @Test
    void aPersonaWithAWrongFieldIsRefusedNamingItAndNothingIsSaved() throws Exception {
        dialogs.toSave = folder.resolve("x.json");
        workshop.createPersona(new PersonaDraft("Léo", "", "vendeur", "Arras", "vingt", null, null, null));
        assertEquals("Rayon : « vingt » n'est pas un nombre de kilomètres.", workshop.messageProperty().get());

        workshop.createPersona(new PersonaDraft("Léo", "", "hôtesse de caisse", "Zzyzx-sur-Mer", "20", null, null, null));
        assertTrue(workshop.messageProperty().get().toLowerCase().contains("commune"), workshop.messageProperty().get());

        assertFalse(Files.exists(dialogs.toSave));
        assertEquals(4, workshop.personas().size());
    }

    @Test
    void aPersonaFileTheTrainerKeptIsOpenedAndChosen() throws Exception {
        dialogs.toOpen = Files.writeString(folder.resolve("sam.json"),
                "{\"name\":\"Sam\",\"description\":\"Cariste\",\"job\":\"cariste\",\"commune\":\"Lille\",\"radiusKm\":30}");
        workshop.openPersona();
        assertEquals("Sam", workshop.personaProperty().get().name());
        assertNotNull(workshop.pathProperty().get());
    }

    @Test
    void startedOnAPersonaFileItOpensOnHerMarketWithHerStory() {
        workshop.open(UiFixtures.juliette());
        assertEquals(WorkshopStep.MARKET, workshop.stepProperty().get());
        assertEquals(juliette(), workshop.personaProperty().get());
        assertEquals(4, workshop.personas().size(), "the bundled Juliette, not a second one");
    }
}
