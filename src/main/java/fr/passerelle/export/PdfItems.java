package fr.passerelle.export;

import fr.passerelle.export.PdfLayout.Box;
import fr.passerelle.export.PdfLayout.Item;
import fr.passerelle.export.PdfLayout.Line;
import fr.passerelle.export.PdfLayout.Span;
import fr.passerelle.export.PdfLayout.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's typographic vocabulary, as items for {@link PdfLayout}: title, heading, paragraph, bullet, label/value
 * row, small print, warning box. Sizes in points: body 11, headings 14, title 21, small print 9 — readable on paper
 * held at arm's length. Colours are few and dark enough to print in grey.
 */
final class PdfItems {
    static final float BODY = 11f;
    static final float HEADING = 14f;
    static final float TITLE = 21f;
    static final float SMALL = 9f;
    static final float LABEL_COLUMN = 132f;
    static final float BULLET_INDENT = 16f;
    static final float[] INK = {0.10f, 0.10f, 0.12f};
    static final float[] MUTED = {0.33f, 0.35f, 0.40f};
    static final float[] ACCENT = {0.09f, 0.23f, 0.42f};
    static final float[] WARN_FILL = {1.00f, 0.96f, 0.81f};
    static final float[] WARN_BORDER = {0.79f, 0.54f, 0.00f};

    private final PdfFonts fonts;
    private final int maxLines;
    private final List<Item> items = new ArrayList<>();

    /** @param maxLines how many lines a paragraph or a value may take before it is cut with "…" */
    PdfItems(PdfFonts fonts, int maxLines) {
        this.fonts = fonts;
        this.maxLines = maxLines;
    }

    List<Item> items() {
        return items;
    }

    void title(String text) throws IOException {
        lines(null, 0, List.of(Span.strong(text)), 0, TITLE, ACCENT, 0, false, false, 2);
    }

    void subtitle(String text) throws IOException {
        lines(null, 0, List.of(Span.of(text)), 0, BODY, MUTED, 2, false, false, 2);
    }

    void heading(String text) throws IOException {
        lines(null, 0, List.of(Span.strong(text)), 0, HEADING, ACCENT, 14, true, true, 2);
    }

    void paragraph(List<Span> spans) throws IOException {
        lines(null, 0, spans, 0, BODY, INK, 5, false, false, maxLines);
    }

    void paragraph(String text) throws IOException {
        paragraph(List.of(Span.of(text)));
    }

    /** A paragraph kept whole up to {@code lines} lines, whatever the detail (a figure with its year and source). */
    void paragraph(String text, int lines) throws IOException {
        lines(null, 0, List.of(Span.of(text)), 0, BODY, INK, 5, false, false, lines);
    }

    void small(String text) throws IOException {
        small(text, maxLines);
    }

    /** Small print that must be kept whole up to {@code lines} lines (the dates of the figures). */
    void small(String text, int lines) throws IOException {
        lines(null, 0, List.of(Span.of(text)), 0, SMALL, MUTED, 2, false, false, lines);
    }

    /** A line led by a marker ("•", "☐") with its text indented under itself. */
    void bullet(String marker, List<Span> spans) throws IOException {
        lines(List.of(Span.of(marker)), 0, spans, BULLET_INDENT, BODY, INK, 3, false, false, maxLines);
    }

    void bullet(String marker, String text) throws IOException {
        bullet(marker, List.of(Span.of(text)));
    }

    /** A line that belongs to what precedes it ("… et 3 autres"): never alone at the top of a page. */
    void continuation(String text) throws IOException {
        int last = items.size() - 1;
        if (last >= 0 && items.get(last) instanceof Line l) {
            items.set(last, new Line(l.left(), l.leftX(), l.words(), l.x(), l.size(), l.color(), l.spaceBefore(), true, l.underline()));
        }
        bullet("", text);
    }

    /** A label in bold in the left column, its value beside it. */
    void field(String label, List<Span> value) throws IOException {
        lines(List.of(Span.strong(label)), 0, value, LABEL_COLUMN, BODY, INK, 3, false, false, maxLines);
    }

    void field(String label, String value) throws IOException {
        field(label, List.of(Span.of(value)));
    }

    /** The warning box (sample data): bold text on a tinted background, never split. */
    void warning(String text) throws IOException {
        float padding = 7;
        List<Line> lines = new ArrayList<>();
        List<List<Word>> wrapped = PdfLayout.wrap(fonts, List.of(Span.strong(text)), BODY, PdfLayout.WIDTH - 2 * padding, 4);
        for (List<Word> w : wrapped) {
            lines.add(new Line(null, 0, w, PdfLayout.MARGIN_X + padding, BODY, INK, 0, false, false));
        }
        items.add(new Box(lines, WARN_FILL, WARN_BORDER, padding, 10));
    }

    private void lines(List<Span> left, float leftOffset, List<Span> spans, float indent, float size, float[] color,
                       float spaceBefore, boolean keepWithNext, boolean underline, int max) throws IOException {
        float x = PdfLayout.MARGIN_X + indent;
        float width = PdfLayout.WIDTH - indent;
        List<List<Word>> right = PdfLayout.wrap(fonts, spans, size, width, max);
        List<List<Word>> leftLines = left == null ? List.of()
                : PdfLayout.wrap(fonts, left, size, indent > 0 ? indent - 8 : PdfLayout.WIDTH, 3);
        int n = Math.max(right.size(), leftLines.size());
        for (int i = 0; i < n; i++) {
            boolean first = i == 0;
            items.add(new Line(i < leftLines.size() ? leftLines.get(i) : null, PdfLayout.MARGIN_X + leftOffset,
                    i < right.size() ? right.get(i) : List.of(), x, size, color, first ? spaceBefore : 0,
                    keepWithNext || i < n - 1, underline && i == n - 1));
        }
    }
}
