package fr.passerelle.export;

import fr.passerelle.export.PdfLayout.Item;
import fr.passerelle.export.PdfLayout.Placed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes the action plan as an A4 PDF of one or two pages: headings, page numbers and the interview date in the
 * footer, the sample-data warning on top when it applies. When the plan would run to a third page, lists are
 * shortened ("… et N autres") and long texts cut, one step at a time, until it fits; nothing ever runs off a page.
 */
public final class PdfPlanWriter {
    /** The most pages a plan may take. */
    public static final int MAX_PAGES = 2;

    public void write(ActionPlan plan, Path out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            List<List<Placed>> pages = fit(plan, fonts);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PdfLayout.PAGE);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    for (Placed p : pages.get(i)) {
                        p.item().draw(cs, p.top());
                    }
                    footer(cs, fonts, plan, i + 1, pages.size());
                }
            }
            describe(document, plan);
            AtomicFile.write(out, document::save);
        }
    }

    /** The richest detail that fits on two pages; as a last resort the second page is cut. */
    private static List<List<Placed>> fit(ActionPlan plan, PdfFonts fonts) throws IOException {
        List<List<Placed>> pages = null;
        for (PdfPlanContent.Detail detail = PdfPlanContent.Detail.FULL; detail != null; detail = detail.shorter()) {
            pages = PdfLayout.paginate(PdfPlanContent.items(plan, fonts, detail));
            if (pages.size() <= MAX_PAGES) {
                return pages;
            }
        }
        // Every list and paragraph is bounded at the last level, so this should not happen; if it does, say so.
        List<List<Placed>> cut = new ArrayList<>(pages.subList(0, MAX_PAGES));
        List<Placed> last = new ArrayList<>(cut.get(MAX_PAGES - 1));
        PdfItems note = new PdfItems(fonts, 1);
        note.small("… suite non imprimée : voir le plan dans le poste de travail.");
        Item item = note.items().get(0);
        float bottom = PdfLayout.MARGIN_BOTTOM + item.height();
        while (!last.isEmpty() && last.get(last.size() - 1).top() - last.get(last.size() - 1).item().height() < bottom) {
            last.remove(last.size() - 1);
        }
        float top = last.isEmpty() ? PdfLayout.PAGE.getHeight() - PdfLayout.MARGIN_TOP
                : last.get(last.size() - 1).top() - last.get(last.size() - 1).item().height();
        last.add(new Placed(item, Math.min(top, PdfLayout.MARGIN_BOTTOM + item.height())));
        cut.set(MAX_PAGES - 1, last);
        return cut;
    }

    private static void footer(PDPageContentStream cs, PdfFonts fonts, ActionPlan plan, int page, int pages) throws IOException {
        float y = PdfLayout.MARGIN_BOTTOM - 30;
        float size = PdfItems.SMALL;
        String left = fonts.safe(fonts.regular, (plan.isSampleData() ? "EXEMPLE FICTIF — " : "") + "Passerelle — "
                + plan.title() + " — entretien du " + FrenchFormat.date(plan.interviewDate()));
        String right = fonts.safe(fonts.regular, "page " + page + " / " + pages);
        cs.setStrokingColor(0.75f, 0.78f, 0.82f);
        cs.setLineWidth(0.6f);
        cs.moveTo(PdfLayout.MARGIN_X, y + size + 4);
        cs.lineTo(PdfLayout.MARGIN_X + PdfLayout.WIDTH, y + size + 4);
        cs.stroke();
        float[] c = PdfItems.MUTED;
        cs.setNonStrokingColor(c[0], c[1], c[2]);
        float rightWidth = fonts.width(fonts.regular, size, right);
        List<List<PdfLayout.Word>> leftLines = PdfLayout.wrap(fonts, List.of(PdfLayout.Span.of(left)), size,
                PdfLayout.WIDTH - rightWidth - 12, 1);
        new PdfLayout.Line(null, 0, leftLines.get(0), PdfLayout.MARGIN_X, size, c, 0, false, false).draw(cs, y + size);
        cs.beginText();
        cs.setFont(fonts.regular, size);
        cs.newLineAtOffset(PdfLayout.MARGIN_X + PdfLayout.WIDTH - rightWidth, y + size - size * 0.93f);
        cs.showText(right);
        cs.endText();
    }

    /** Title, author, subject, keywords, language and dates, so that the file is findable and announced correctly. */
    private static void describe(PDDocument document, ActionPlan plan) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(plan.title() + " — " + plan.occupation().label());
        info.setAuthor("Passerelle");
        info.setCreator("Passerelle");
        info.setSubject("Plan d'action : " + plan.occupation().label() + " (ROME " + plan.occupation().rome() + ")"
                + (plan.training() == null ? "" : ", formation " + plan.training().title())
                + ", entretien du " + FrenchFormat.date(plan.interviewDate()));
        info.setKeywords("plan d'action; reconversion; " + plan.occupation().rome()
                + (plan.isSampleData() ? "; données d'exemple fictives" : ""));
        Calendar now = GregorianCalendar.getInstance(Locale.FRANCE);
        info.setCreationDate(now);
        info.setModificationDate(now);
        document.getDocumentCatalog().setLanguage("fr-FR");
        PDViewerPreferences prefs = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        prefs.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
