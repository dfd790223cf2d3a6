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

    /**
     * The richest detail that fits on two pages. As a last resort (every list is bounded at the most compact detail,
     * but a funding answer with many long rows could still overflow), the body is cut where it must, with a line
     * saying so, and the dates of the figures are kept.
     */
    private static List<List<Placed>> fit(ActionPlan plan, PdfFonts fonts) throws IOException {
        PdfPlanContent.Content content = null;
        for (PdfPlanContent.Detail detail = PdfPlanContent.Detail.FULL; detail != null; detail = detail.shorter()) {
            content = PdfPlanContent.items(plan, fonts, detail);
            List<List<Placed>> pages = PdfLayout.paginate(content.items());
            if (pages.size() <= MAX_PAGES) {
                return pages;
            }
        }
        List<Item> body = content.items().subList(0, content.tailStart());
        List<Item> tail = content.items().subList(content.tailStart(), content.items().size());
        PdfItems note = new PdfItems(fonts, 2);
        note.paragraph(List.of(PdfLayout.Span.strong(plan.language().t("plan.cut"))));
        int lo = 0;
        int hi = body.size();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (PdfLayout.paginate(cut(body, mid, note.items(), tail)).size() <= MAX_PAGES) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return PdfLayout.paginate(cut(body, lo, note.items(), tail));
    }

    private static List<Item> cut(List<Item> body, int keep, List<Item> note, List<Item> tail) {
        List<Item> out = new ArrayList<>(body.subList(0, keep));
        out.addAll(note);
        out.addAll(tail);
        return out;
    }

    private static void footer(PDPageContentStream cs, PdfFonts fonts, ActionPlan plan, int page, int pages) throws IOException {
        float y = PdfLayout.MARGIN_BOTTOM - 30;
        float size = PdfItems.SMALL;
        PlanLanguage in = plan.language();
        String left = fonts.safe(fonts.regular, (plan.isSampleData() ? in.t("plan.footer.sample") : "")
                + in.t("plan.footer", plan.title(), in.date(plan.interviewDate())));
        String right = fonts.safe(fonts.regular, in.t("plan.footer.page", page, pages));
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
        PlanLanguage in = plan.language();
        info.setSubject(in.t("plan.subject", plan.occupation().label(), plan.occupation().rome(),
                plan.training() == null ? "" : in.t("plan.subject.training", plan.training().title()), in.date(plan.interviewDate())));
        info.setKeywords(in.t("plan.keywords", plan.occupation().rome()) + (plan.isSampleData() ? in.t("plan.keywords.sample") : ""));
        Calendar now = GregorianCalendar.getInstance(Locale.FRANCE);
        info.setCreationDate(now);
        info.setModificationDate(now);
        document.getDocumentCatalog().setLanguage(in.tag());
        PDViewerPreferences prefs = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        prefs.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
