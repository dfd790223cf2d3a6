package fr.passerelle.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Text and background contrast of the theme's colour tokens, at least 4.5:1 (RGAA criterion 3.2, WCAG 2.1 AA 1.4.3),
 * computed from the CSS itself: our tokens ({@code -pa-*} in theme.css) resolved through AtlantaFX Primer light's
 * variables, and through the high-contrast sheet's replacements for the contrast theme (where we ask 7:1). A
 * translucent background is laid over the surface first, as the screen shows it.
 */
class ThemeContrastTest {
    private static final Pattern DECLARATION = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");

    /** The .root declarations of a stylesheet on the class path. */
    static Map<String, String> rootTokens(String resource) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, String> tokens = new HashMap<>();
            Matcher block = Pattern.compile("(?s)(?:^|})\\s*\\.root\\s*\\{(.*?)}").matcher(css);
            while (block.find()) {
                Matcher d = DECLARATION.matcher(block.group(1));
                while (d.find()) {
                    tokens.put(d.group(1), d.group(2).strip());
                }
            }
            return tokens;
        }
    }

    private static Map<String, String> theme(boolean highContrast) throws IOException {
        Map<String, String> all = new HashMap<>(rootTokens("/atlantafx/base/theme/primer-light.css"));
        all.putAll(rootTokens("/fr/passerelle/ui/theme.css"));
        if (highContrast) {
            all.putAll(rootTokens("/fr/passerelle/ui/high-contrast.css"));
        }
        return all;
    }

    /** {r, g, b, alpha} of a token, following looked-up names. */
    static double[] colour(Map<String, String> tokens, String name) {
        String value = name;
        for (int depth = 0; depth < 10 && value.startsWith("-"); depth++) {
            String next = tokens.get(value);
            if (next == null) {
                throw new AssertionError("colour token " + value + " is not defined");
            }
            value = next;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.matches("#[0-9a-f]{6}")) {
            return new double[] {Integer.parseInt(v.substring(1, 3), 16), Integer.parseInt(v.substring(3, 5), 16),
                    Integer.parseInt(v.substring(5, 7), 16), 1};
        }
        Matcher rgb = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)").matcher(v);
        if (rgb.matches()) {
            return new double[] {Double.parseDouble(rgb.group(1)), Double.parseDouble(rgb.group(2)), Double.parseDouble(rgb.group(3)),
                    rgb.group(4) == null ? 1 : Double.parseDouble(rgb.group(4))};
        }
        if (v.equals("white")) {
            return new double[] {255, 255, 255, 1};
        }
        if (v.equals("black")) {
            return new double[] {0, 0, 0, 1};
        }
        throw new AssertionError("cannot read the colour of " + name + ": " + value);
    }

    /** A translucent colour laid over an opaque one. */
    static double[] over(double[] top, double[] below) {
        double a = top[3];
        return new double[] {top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1};
    }

    static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            l[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    static double ratio(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theRatioIsTheWcagOne() {
        assertEquals(21, ratio(new double[] {0, 0, 0, 1}, new double[] {255, 255, 255, 1}), 0.01);
        assertEquals(4.54, ratio(new double[] {0x76, 0x76, 0x76, 1}, new double[] {255, 255, 255, 1}), 0.01);
    }

    /** Every pair of text and background the window uses (where, in the comment column). */
    @ParameterizedTest(name = "{0} on {1} ({2})")
    @CsvSource({
            "-pa-text, -pa-surface, screens",
            "-pa-muted, -pa-surface, notes and muted lines",
            "-pa-muted, -pa-surface-subtle, status bar and navigation",
            "-pa-text, -pa-surface-subtle, navigation and rescue",
            "-pa-accent-text, -pa-accent, header",
            "-pa-text, -pa-warning-bg, sample-data banner",
            "-pa-warning-text, -pa-surface, warnings and regulated occupations",
            "-pa-danger, -pa-surface, field errors",
            "-pa-good, -pa-surface, good news on cards",
            "-pa-accent, -pa-surface, codes and what-if titles",
            "-pa-text, -color-accent-subtle, chosen card",
    })
    void textIsReadableOnItsBackgroundInBothThemes(String text, String background, String where) throws IOException {
        for (boolean high : new boolean[] {false, true}) {
            Map<String, String> tokens = theme(high);
            double[] surface = colour(tokens, "-pa-surface");
            double[] bg = over(colour(tokens, background), surface);
            double[] fg = over(colour(tokens, text), bg);
            double r = ratio(fg, bg);
            double needed = high ? 7 : 4.5;
            assertTrue(r >= needed, String.format(Locale.ROOT, "%s on %s (%s, %s theme): %.2f:1, at least %.1f:1 needed",
                    text, background, where, high ? "high-contrast" : "light", r, needed));
        }
    }

    @Test
    void everyTokenOfTheThemeResolvesToAColour() throws IOException {
        List<String> unresolved = new ArrayList<>();
        Map<String, String> tokens = theme(false);
        for (String name : rootTokens("/fr/passerelle/ui/theme.css").keySet()) {
            if (name.startsWith("-pa-")) {
                try {
                    colour(tokens, name);
                } catch (AssertionError e) {
                    unresolved.add(e.getMessage());
                }
            }
        }
        assertEquals(List.of(), unresolved);
    }
}
