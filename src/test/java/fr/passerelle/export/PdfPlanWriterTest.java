package fr.passerelle.export;

import static fr.passerelle.export.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.export.ActionPlan.NextStep;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF read back with PDFBox's text extraction: what it says, in French formats, on at most two pages. */
class PdfPlanWriterTest {
    private static final char THIN = '\u202F';
    private static final char NBSP = '\u00A0';

    @TempDir
    Path dir;

    private Path write(ActionPlan plan) throws IOException {
        Path file = dir.resolve("plan.pdf");
        new PdfPlanWriter().write(plan, file);
        return file;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\R", " "); // a wrapped line reads on
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void julietteSPlanSaysWhoWhatWhereAndHowMuchInFrench() throws IOException {
        String text = text(write(ActionPlanBuilder.build(PlanFixtures.juliette(true), "D1507", "S1", "Juliette", TODAY)));
        assertTrue(text.contains("Plan d'action de Juliette"), text);
        assertTrue(text.contains("Entretien du 28" + NBSP + "novembre 2026"));
        assertTrue(text.contains("Employé / Employée de rayon libre-service"));
        assertTrue(text.contains("Titre professionnel Employé commercial en magasin"));
        assertTrue(text.contains("4" + THIN + "600" + NBSP + "€"), "price with a narrow no-break space");
        assertTrue(text.contains("4" + THIN + "100" + NBSP + "€ ; 0" + NBSP + "€ si les aides à demander sont accordées"),
                "what is left, at most and with the aids");
        assertTrue(text.contains("7,5" + NBSP + "km de chez vous"));
        assertTrue(text.contains("du 4" + NBSP + "janvier 2027 au 4" + NBSP + "juin 2027"));
        assertTrue(text.contains("Conseil régional, France Travail"));
        assertTrue(text.contains("ROME 4.60") && text.contains("au 21" + NBSP + "décembre 2021")
                && text.contains("Tension du marché du travail : 2021"), "the date of every figure");
        assertTrue(text.contains("Données d'exemple fictives"));
        assertTrue(text.contains("EXEMPLE FICTIF — Passerelle"), "the footer repeats it on every page");
        assertTrue(text.contains("Avant le 7" + NBSP + "décembre 2026 :"), "dated steps");
        assertTrue(text.contains("page 1 / "));
        assertTrue(pages(dir.resolve("plan.pdf")) <= 2);
    }

    @Test
    void everyFrenchCharacterOfOurDataIsDrawnWithARealGlyph() throws IOException {
        String french = "Cœur « à » été, crème, être, façon, Œuvre, 1" + THIN + "234" + NBSP + "€ — l’œil…";
        TrainingOption o = PlanFixtures.training("S1", french, 123_400L, 0, LocalDate.of(2027, 1, 4), List.of(), true);
        var target = PlanFixtures.target("D1507", "Employé", false, List.of(o), 1, List.of(), 0);
        Path pdf = write(ActionPlanBuilder.build(PlanFixtures.path(List.of(target), false), "D1507", null, "Zoé", TODAY));
        String text = text(pdf);
        assertTrue(text.contains(french), "extracted: " + text);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset: " + font.getName());
                fonts++;
            }
            assertEquals(2, fonts, "regular and bold");
        }
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkNotAnError() throws IOException {
        var companies = List.of(new CompanyOption("99900000000001", "北京 Café Ĳssel", "5610A", "59350", "Lille", 1, 60, false, "w"));
        var target = PlanFixtures.target("D1507", "Employé", true, List.of(), 0, companies, 1);
        String text = text(write(ActionPlanBuilder.build(PlanFixtures.path(List.of(target), false), "D1507", null, null, TODAY)));
        assertTrue(text.contains("?? Café Ĳssel"), text);
    }

    @Test
    void metadataNamesThePlanItsAuthorSubjectAndDate() throws IOException {
        Calendar before = Calendar.getInstance();
        before.add(Calendar.MINUTE, -1);
        Path pdf = write(ActionPlanBuilder.build(PlanFixtures.juliette(false), "D1507", null, "Juliette", TODAY));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Plan d'action de Juliette — Employé / Employée de rayon libre-service", info.getTitle());
            assertEquals("Passerelle", info.getAuthor());
            assertTrue(info.getSubject().contains("ROME D1507") && info.getSubject().contains("28" + NBSP + "novembre 2026"),
                    info.getSubject());
            assertNotNull(info.getCreationDate());
            assertTrue(info.getCreationDate().after(before));
            assertEquals("fr-FR", doc.getDocumentCatalog().getLanguage());
            assertEquals(595.28f, doc.getPage(0).getMediaBox().getWidth(), 0.5f, "A4");
        }
    }

    @Test
    void aTrainingFreePlanHasNoFundingTableAndSaysWhy() throws IOException {
        String text = text(write(ActionPlanBuilder.build(PlanFixtures.juliette(false), "D1424", null, "Juliette", TODAY)));
        assertTrue(text.contains("Pas de formation obligatoire pour ce métier"));
        assertFalse(text.contains("Qui paie quoi"));
        assertFalse(text.contains("EXEMPLE FICTIF") || text.contains("fictives"), "real data: no sample line");
    }

    @Test
    void anOverlongFundingAnswerIsCutWithANoteAndTheDatesAreKept() throws IOException {
        List<FundingLine> lines = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new FundingLine("Dispositif de financement au nom très long numéro " + i, 10_000L * i,
                    FundingLine.Status.UNKNOWN, "condition à vérifier ".repeat(12)));
            questions.add("Question à poser numéro " + i + " : " + "précision nécessaire ".repeat(10));
        }
        PlanFunding overlong = new PlanFunding(460_000L, lines, 460_000L, 0L, questions, List.of(), "Moteur ".repeat(40));
        Path pdf = write(hugePlan(overlong));
        assertEquals(2, pages(pdf));
        String text = text(pdf);
        assertTrue(text.contains("… suite non imprimée : voir le plan dans le poste de travail."), text);
        assertTrue(text.contains("D'où viennent ces informations") && text.contains("au 21" + NBSP + "décembre 2021"));
        assertInsideMargins(pdf);
    }

    @Test
    void aHugePlanStillFitsTwoPagesInsideTheMargins() throws IOException {
        Path pdf = write(hugePlan(null));
        assertEquals(2, pages(pdf));
        String text = text(pdf);
        assertFalse(text.contains("suite non imprimée"), "shortening lists is enough");
        assertTrue(text.contains("… et 998 autres entreprises"), "companies cut short, said so");
        assertTrue(text.contains("… et 499 autres formations trouvées"));
        assertTrue(text.contains("… et 30 autres étapes"));
        assertTrue(text.contains("D'où viennent ces informations") && text.contains("au 21" + NBSP + "décembre 2021"),
                "the data dates are never dropped");
        assertInsideMargins(pdf);
    }

    /** 60 trainings, 200 companies, 30 reasons and 30 extra steps, every text far too long; funding as given if any. */
    private static ActionPlan hugePlan(PlanFunding funding) {
        String longTitle = "Titre professionnel " + "très long intitulé de formation ".repeat(20);
        String noSpaces = "Formation" + "x".repeat(400);
        List<TrainingOption> trainings = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            trainings.add(PlanFixtures.training("S" + i, i % 2 == 0 ? longTitle : noSpaces, 460_000L, 50_000, LocalDate.of(2027, 1, 4),
                    List.of("Conseil régional", "France Travail", "Agefiph", "FSE"), null));
        }
        List<CompanyOption> companies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            companies.add(new CompanyOption("999" + String.format("%011d", i), "Entreprise au nom interminable " + "et encore ".repeat(15) + i,
                    "4711D", "59350", "Lille", i, 50, true, "w"));
        }
        var target = PlanFixtures.target("D1507", "Employé / Employée de rayon libre-service " + "libellé ".repeat(30), false,
                trainings, 500, companies, 1_000);
        ActionPlan built = ActionPlanBuilder.build(PlanFixtures.path(List.of(target), true), "D1507", null, "Marie-Évangéline "
                + "de La Tour d'Auvergne-Lauraguais", TODAY);
        List<String> why = new ArrayList<>();
        List<NextStep> steps = new ArrayList<>(built.nextSteps());
        for (int i = 0; i < 30; i++) {
            why.add("Raison numéro " + i + " : " + "une explication fort longue ".repeat(12));
            steps.add(new NextStep(TODAY.plusDays(i), "Étape supplémentaire " + "à ne pas oublier ".repeat(10)));
        }
        var occupation = new ActionPlan.PlanOccupation("D1507", built.occupation().label(), why, List.of(longTitle, longTitle,
                longTitle, longTitle, longTitle), List.of(noSpaces, noSpaces, noSpaces, noSpaces, noSpaces, noSpaces), false);
        List<PlanTraining> trainingsOut = built.trainings().stream().map(t -> funding == null ? t : t.withFunding(funding)).toList();
        return new ActionPlan(built.personName(), TODAY, built.situation(), occupation, trainingsOut.get(0),
                null, trainingsOut, 500, built.companies(), 1_000, steps, built.dataDates(), built.sampleNotice());
    }

    /** Every glyph on every page lies within the side margins and above the footer line's bottom. */
    private static void assertInsideMargins(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            float height = doc.getPage(0).getMediaBox().getHeight();
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float x = p.getXDirAdj();
                        float y = p.getYDirAdj();
                        if (x < PdfLayout.MARGIN_X - 0.5f || x + p.getWidthDirAdj() > width - PdfLayout.MARGIN_X + 0.5f
                                || y < PdfLayout.MARGIN_TOP - 5 || y > height - 20) {
                            outside.add(p.getUnicode() + "@" + x + "," + y + " in «" + text + "»");
                        }
                    }
                }
            };
            stripper.getText(doc);
            assertTrue(outside.isEmpty(), outside.stream().limit(5).toList().toString());
        }
    }
}
