package fr.passerelle.export;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The plan's two fonts, DejaVu Sans and DejaVu Sans Bold, embedded as subsets (only the glyphs used end up in the
 * PDF). The bundled files are themselves cut down to Latin, French punctuation, € and a few symbols (see plan.md), so
 * the standard-14 fonts' WinAnsi limit (no U+202F, no "œ" in some viewers) does not apply. A character the font lacks
 * is shown as its unaccented letter when it has one, otherwise as "?": a company name in another script never breaks
 * the document.
 */
final class PdfFonts {
    private static final String FOLDER = "/fr/passerelle/export/fonts/";

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> shown = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("police absente du programme : " + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The text with every character this font can draw; tabs and line breaks become spaces. */
    String safe(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || Character.isSpaceChar(cp) && cp != FrenchFormat.NBSP && cp != FrenchFormat.THIN) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "");
                boolean ok = !base.isEmpty() && base.codePoints().allMatch(c -> canShow(font, c));
                out.append(ok ? base : "?");
            }
        });
        return out.toString();
    }

    float width(PDFont font, float size, String safeText) throws IOException {
        return font.getStringWidth(safeText) / 1000f * size;
    }

    private boolean canShow(PDFont font, int cp) {
        return shown.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c))); // throws when the font has no glyph for it
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
