package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.LiveOfferWords;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.store.TrainingContactStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan lists the live offers of the chosen occupation from the same {@code LiveOffers} as her path (the samples'
 * offers fetched on 1 December 2026): the count within her radius, the fetch day, the latest few, in the PDF and CSV.
 */
class LiveOffersPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static Workstation workstation;
    private static PathResult path;
    private static String name;

    @TempDir
    Path dir;

    @BeforeAll
    static void computeHerPath() throws Exception {
        workstation = Workstation.open(new Home(Files.createTempDirectory("passerelle-offers-plan")));
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

    private static ActionPlan plan(String rome) {
        return ActionPlanBuilder.build(path, rome, null, name, TODAY, new TrainingContactStore(workstation.referenceDatabase()));
    }

    private static TargetOccupation target(String rome) {
        return path.occupations().stream().filter(t -> t.rome().equals(rome)).findFirst().orElseThrow();
    }

    @Test
    void thePlanCarriesTheOffersHerPathShowsForTheChosenOccupation() {
        TargetOccupation rayon = target("D1507");
        PlanOffers offers = plan("D1507").offers();

        assertNotNull(offers);
        assertEquals(rayon.liveOffers().count(), offers.count());
        assertEquals(LocalDate.of(2026, 12, 1), offers.fetchedOn());
        assertEquals(LiveOfferWords.summary(rayon.liveOffers(), path.profile().radiusKm()), offers.summary());
        assertTrue(offers.summary().contains("(relevées le 1er décembre 2026)"), offers.summary());
        assertEquals(rayon.liveOffers().latest().size(), offers.latest().size());
        assertEquals("Employé de rayon libre-service (H/F)", offers.latest().get(0).title(), "newest first");
        assertEquals("Supermarché des Weppes (fictif)", offers.latest().get(0).employer());
        assertEquals(LocalDate.of(2026, 11, 28), offers.latest().get(0).date());
    }

    @Test
    void thePdfSaysHowManyOffersWhenTheyWereFetchedAndTheLatestOnes() throws Exception {
        ActionPlan plan = plan("D1507");
        Path pdf = dir.resolve("juliette.pdf");
        new PdfPlanWriter().write(plan, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() <= 2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\R", " ").replaceAll("[\u00A0\u202F]", " ");
            assertTrue(text.contains("Les offres d'emploi en ligne"), text);
            assertTrue(text.contains(plan.offers().summary().replaceAll("[\u00A0\u202F]", " ")), "the path's own sentence: " + text);
            assertTrue(text.contains("relevées le 1er décembre 2026"), text);
            for (PlanOffers.PlanOffer o : plan.offers().latest()) {
                assertTrue(text.contains(o.title()), o.title() + " in " + text);
                if (o.employer() != null) {
                    assertTrue(text.contains(o.employer()), o.employer());
                }
            }
            assertTrue(text.contains("Contrat à durée indéterminée"), text);
        }
    }

    @Test
    void theCsvHasACountRowAndOneRowPerLatestOffer() throws Exception {
        ActionPlan plan = plan("D1507");
        Path csv = dir.resolve("juliette.csv");
        new CsvPlanWriter().write(plan, csv);
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';')
                .ofCsvRecord(Files.readString(csv, StandardCharsets.UTF_8).substring(1))) {
            rows = reader.stream().toList();
        }
        List<String> header = rows.get(0).getFields();
        List<CsvRecord> count = rows.stream().filter(r -> r.getField(0).equals("Offres en ligne")).toList();
        List<CsvRecord> offers = rows.stream().filter(r -> r.getField(0).equals("Offre d'emploi")).toList();

        assertEquals(1, count.size());
        assertEquals(Integer.toString(plan.offers().count()), count.get(0).getField(header.indexOf("Offres en ligne dans le rayon")));
        assertEquals("01/12/2026", count.get(0).getField(header.indexOf("Relevée le")));
        assertEquals(plan.offers().latest().size(), offers.size());
        CsvRecord first = offers.get(0);
        assertEquals("Employé de rayon libre-service (H/F)", first.getField(header.indexOf("Intitulé ou nom")));
        assertEquals("Supermarché des Weppes (fictif)", first.getField(header.indexOf("Employeur")));
        assertEquals("Lille", first.getField(header.indexOf("Commune")));
        assertEquals("28/11/2026", first.getField(header.indexOf("Date de l'offre")));
        assertEquals("Contrat à durée indéterminée", first.getField(header.indexOf("Contrat")));
        assertEquals("D1507", first.getField(header.indexOf("Code ROME")));
    }

    @Test
    void aCacheWithoutOffersPrintsNoOfferSection() throws Exception {
        ActionPlan plan = plan("D1507").withOffers(null);
        Path pdf = dir.resolve("none.pdf");
        new PdfPlanWriter().write(plan, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(!text.contains("offres d'emploi en ligne") && text.contains("Les entreprises à contacter"), text);
        }
        assertNull(plan.offers());
    }
}
