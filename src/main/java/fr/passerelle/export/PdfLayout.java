package fr.passerelle.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A small line layout for the plan: text in spans (regular or bold) wrapped to a width, laid out as lines that can
 * carry a left column (a label, a bullet, a checkbox), then split into A4 pages. Headings keep with the line that
 * follows them. Measuring and drawing use the same widths, so what is measured is what is printed.
 */
final class PdfLayout {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 56;
    static final float MARGIN_TOP = 50;
    static final float MARGIN_BOTTOM = 62;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    static final float PAGE_BODY = PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    /** Line height as a multiple of the font size: generous, for reading at arm's length. */
    static final float LEADING = 1.32f;
    private static final float ASCENT = 0.93f;
    static final String ELLIPSIS = "…";

    /** A piece of text in one weight. */
    record Span(String text, boolean bold) {
        static Span of(String text) {
            return new Span(text, false);
        }

        static Span strong(String text) {
            return new Span(text, true);
        }
    }

    /** A piece of a word in one font (a word may mix weights: "**Lille**,"). */
    record Fragment(String text, PDFont font) {
    }

    /** A word as it will be drawn: its fragments, its width, the width of the space after it. */
    record Word(List<Fragment> fragments, float width, float space) {
    }

    /** What the paginator places: one line or one unbreakable box. */
    interface Item {
        float spaceBefore();

        float height();

        boolean keepWithNext();

        void draw(PDPageContentStream cs, float top) throws IOException;
    }

    /** One printed line: an optional left column at {@code leftX}, the words at {@code x}. */
    record Line(List<Word> left, float leftX, List<Word> words, float x, float size, float[] color, float spaceBefore,
                boolean keepWithNext, boolean underline) implements Item {
        @Override
        public float height() {
            return size * LEADING + (underline ? 4 : 0);
        }

        @Override
        public void draw(PDPageContentStream cs, float top) throws IOException {
            float baseline = top - size * ASCENT;
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            show(cs, left, leftX, baseline, size);
            show(cs, words, x, baseline, size);
            if (underline) {
                cs.setStrokingColor(0.75f, 0.78f, 0.82f);
                cs.setLineWidth(0.8f);
                cs.moveTo(MARGIN_X, baseline - size * 0.35f);
                cs.lineTo(MARGIN_X + WIDTH, baseline - size * 0.35f);
                cs.stroke();
            }
        }
    }

    /** Lines drawn on a tinted box with a border (the sample-data warning): never split across pages. */
    record Box(List<Line> lines, float[] fill, float[] border, float padding, float spaceBefore) implements Item {
        @Override
        public float height() {
            return 2 * padding + (float) lines.stream().mapToDouble(Line::height).sum();
        }

        @Override
        public boolean keepWithNext() {
            return false;
        }

        @Override
        public void draw(PDPageContentStream cs, float top) throws IOException {
            cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
            cs.setStrokingColor(border[0], border[1], border[2]);
            cs.setLineWidth(1.2f);
            cs.addRect(MARGIN_X, top - height(), WIDTH, height());
            cs.fillAndStroke();
            float y = top - padding;
            for (Line l : lines) {
                l.draw(cs, y);
                y -= l.height();
            }
        }
    }

    /** An item and the top of where it goes on its page. */
    record Placed(Item item, float top) {
    }

    private PdfLayout() {
    }

    /** Splits words over lines of at most {@code width}; beyond {@code maxLines} the last kept line ends with "…". */
    static List<List<Word>> wrap(PdfFonts fonts, List<Span> spans, float size, float width, int maxLines) throws IOException {
        List<Word> words = words(fonts, spans, size, width);
        List<List<Word>> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float used = 0;
        for (Word w : words) {
            float needed = current.isEmpty() ? w.width() : used + current.get(current.size() - 1).space() + w.width();
            if (!current.isEmpty() && needed > width) {
                lines.add(current);
                current = new ArrayList<>();
                needed = w.width();
            }
            current.add(w);
            used = needed;
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        if (lines.size() > maxLines) {
            List<List<Word>> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, withEllipsis(fonts, kept.get(maxLines - 1), size, width));
            return kept;
        }
        return lines;
    }

    private static List<Word> words(PdfFonts fonts, List<Span> spans, float size, float width) throws IOException {
        List<Word> out = new ArrayList<>();
        List<Fragment> pending = new ArrayList<>();
        for (Span span : spans) {
            PDFont font = span.bold() ? fonts.bold : fonts.regular;
            String text = fonts.safe(font, span.text());
            int i = 0;
            while (i <= text.length()) {
                int space = text.indexOf(' ', i);
                int end = space < 0 ? text.length() : space;
                if (end > i) {
                    pending.add(new Fragment(text.substring(i, end), font));
                }
                if (space < 0) {
                    break;
                }
                if (binds(text, space)) {
                    pending.add(new Fragment(" ", font)); // French typography: no line break before ":" or inside « »
                } else {
                    flush(fonts, pending, size, width, out);
                }
                i = space + 1;
            }
        }
        flush(fonts, pending, size, width, out);
        return out;
    }

    /**
     * True when the space at {@code i} must not break: before : ; ! ? » and after «. The mark may be followed by a
     * space or by closing punctuation ("sécurité ».", "« Secouriste »,"), which must not leave it alone at a line start.
     */
    private static boolean binds(String text, int i) {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char previous = i > 0 ? text.charAt(i - 1) : ' ';
        boolean alone = i + 2 >= text.length() || " .,;:!?)…".indexOf(text.charAt(i + 2)) >= 0;
        return previous != ' ' && (":;!?»".indexOf(next) >= 0 && alone || previous == '«');
    }

    /** Ends the word being built; a word wider than a line is cut into pieces that fit. */
    private static void flush(PdfFonts fonts, List<Fragment> pending, float size, float width, List<Word> out) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        PDFont last = pending.get(pending.size() - 1).font();
        float space = fonts.width(last, size, " ");
        float w = 0;
        for (Fragment f : pending) {
            w += fonts.width(f.font(), size, f.text());
        }
        if (w <= width) {
            out.add(new Word(List.copyOf(pending), w, space));
        } else {
            for (Fragment f : pending) {
                StringBuilder piece = new StringBuilder();
                float pieceWidth = 0;
                for (int cp : f.text().codePoints().toArray()) {
                    float w1 = fonts.width(f.font(), size, new String(Character.toChars(cp)));
                    if (piece.length() > 0 && pieceWidth + w1 > width) {
                        out.add(new Word(List.of(new Fragment(piece.toString(), f.font())), pieceWidth, space));
                        piece.setLength(0);
                        pieceWidth = 0;
                    }
                    piece.appendCodePoint(cp);
                    pieceWidth += w1;
                }
                if (piece.length() > 0) {
                    out.add(new Word(List.of(new Fragment(piece.toString(), f.font())), pieceWidth, space));
                }
            }
        }
        pending.clear();
    }

    private static List<Word> withEllipsis(PdfFonts fonts, List<Word> line, float size, float width) throws IOException {
        List<Word> out = new ArrayList<>(line);
        float dots = fonts.width(fonts.regular, size, ELLIPSIS);
        while (!out.isEmpty() && lineWidth(out) + out.get(out.size() - 1).space() + dots > width) {
            out.remove(out.size() - 1);
        }
        out.add(new Word(List.of(new Fragment(ELLIPSIS, fonts.regular)), dots, fonts.width(fonts.regular, size, " ")));
        return out;
    }

    static float lineWidth(List<Word> words) {
        float w = 0;
        for (int i = 0; i < words.size(); i++) {
            w += words.get(i).width() + (i > 0 ? words.get(i - 1).space() : 0);
        }
        return w;
    }

    /** Puts items on pages of {@link #PAGE_BODY} height; a heading moves to the next page with what follows it. */
    static List<List<Placed>> paginate(List<Item> items) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            float before = page.isEmpty() ? 0 : item.spaceBefore();
            float need = before + item.height();
            // A chain of lines that keep together (a heading and its first block, a bullet's lines) moves as one,
            // unless it is taller than a page.
            for (int j = i; items.get(j).keepWithNext() && j + 1 < items.size() && need <= PAGE_BODY; j++) {
                need += items.get(j + 1).spaceBefore() + items.get(j + 1).height();
            }
            if (need > PAGE_BODY) {
                need = before + item.height();
            }
            if (!page.isEmpty() && used + need > PAGE_BODY) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                before = 0;
            }
            page.add(new Placed(item, PAGE.getHeight() - MARGIN_TOP - used - before));
            used += before + item.height();
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static void show(PDPageContentStream cs, List<Word> words, float x, float baseline, float size) throws IOException {
        if (words == null || words.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            for (Fragment f : w.fragments()) {
                cs.setFont(f.font(), size);
                cs.showText(f.text());
            }
            if (i + 1 < words.size()) {
                cs.showText(" "); // in the last fragment's font: the width measured as Word.space
            }
        }
        cs.endText();
    }
}
