package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.store.TrainingContactStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Juliette's plan on the bundled samples, with the training addresses read from the cache. */
class JulietteActionPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static Workstation workstation;
    private static PathResult path;
    private static String name;

    @TempDir
    Path dir;

    @BeforeAll
    static void computeHerPath() throws Exception {
        workstation = Workstation.open(new Home(Files.createTempDirectory("passerelle-plan-test")));
        workstation.seedIfEmpty(ProgressListener.NONE);
        PathRequest request = PathRequest.fromFile(Path.of("data-samples/personas/juliette.json"));
        name = request.name();
        path = workstation.pathEngine().compute(new ProfileResolver(workstation.jobSearch(), workstation.pathEngine().index())
                .resolve(request), 5, TODAY);
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    private static ActionPlan plan(String rome, String session) {
        return ActionPlanBuilder.build(path, rome, session, name, TODAY, new TrainingContactStore(workstation.referenceDatabase()));
    }

    @Test
    void herFirstMoveNeedsNoTrainingAndSaysSo() {
        ActionPlan plan = plan(path.occupations().get(0).rome(), null);
        assertEquals("D1507", plan.occupation().rome());
        assertEquals("Juliette", plan.addressee());
        assertNull(plan.training());
        assertTrue(plan.trainingNote().startsWith("Pas de formation obligatoire"));
        assertFalse(plan.companies().isEmpty());
        assertTrue(plan.isSampleData());
    }

    @Test
    void aDriveMoveTakesTheTitreBoughtByTheRegionWithItsAddressAndEntryConditions() {
        ActionPlan plan = plan("N1113", null);
        PlanTraining t = plan.training();
        assertEquals("Titre professionnel Préparateur de commandes en entrepôt", t.title(),
                "bought by the Région, nothing left for her to pay: before the CACES she would pay 690 € for");
        assertEquals(LocalDate.of(2027, 1, 11), t.start());
        assertNotNull(t.contact(), "the cache knows the place of training");
        assertTrue(t.contact().address().endsWith("59500 Douai"), t.contact().address());
        assertNotNull(t.contact().entryConditions());
        assertEquals(420_000L, t.funding().priceCents());
        assertEquals(0L, t.funding().remainingCents(), "places bought by the Région and France Travail");
        assertTrue(plan.nextSteps().stream().anyMatch(s -> s.text().contains("Institut fictif de logistique du Hainaut")));
    }

    @Test
    void whoPaysWhatComesFromTheFundingAnswerOfHerPath() {
        ActionPlan plan = plan("N1113", null);
        PlanFunding f = plan.training().funding();

        assertEquals(1, f.lines().size(), f.lines().toString());
        assertEquals("Place financée (Conseil régional, France Travail)", f.lines().get(0).payer());
        assertEquals(FundingLine.Status.CERTAIN, f.lines().get(0).status());
        assertTrue(f.pay().contains("528"), "20 years old, no allowance: the France Travail trainee pay: " + f.pay());
        assertTrue(plan.nextSteps().stream().anyMatch(s -> s.text().equals(
                "Demander la prescription de la session à votre conseiller·ère France Travail")), plan.nextSteps().toString());
        assertEquals("dans quelques mois : après une formation courte ou un permis", plan.occupation().when());
    }

    @Test
    void everyTrainingOfThePathFindsItsContactInTheCache() {
        ActionPlan plan = plan("N1113", null);
        plan.trainings().forEach(t -> assertNotNull(t.contact(), t.sessionId()));
        assertTrue(new TrainingContactStore(workstation.referenceDatabase()).find("trainings.lheo/nope#EX_SE_0001").isEmpty());
        assertTrue(new TrainingContactStore(workstation.referenceDatabase()).find("no-hash").isEmpty());
    }

    @Test
    void herPdfReadsBackWithHerNameTheTrainingAndTheSampleLine() throws Exception {
        Path pdf = dir.resolve("juliette.pdf");
        new PdfPlanWriter().write(plan("N1113", null), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() <= 2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\R", " ");
            assertTrue(text.contains("Plan d'action de Juliette"));
            assertTrue(text.contains("Préparateur / Préparatrice au drive"));
            assertTrue(text.contains("Titre professionnel Préparateur de commandes en entrepôt"));
            assertTrue(text.contains("4\u202F200\u00A0€"), text);
            assertTrue(text.contains("59500 Douai"), "how to apply: the address from the catalogue");
            assertTrue(text.contains("ROME 4.60") && text.contains("Tension du marché du travail : 2021"));
            assertTrue(text.contains("Données d'exemple fictives"));
        }
    }
}
