package fr.passerelle.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names as people write them. The official files name employment areas in capitals ("LILLE",
 * "BOULOGNE-SUR-MER", "AIX  GARDANNE SALON"): a reason read aloud, a card or a printed plan says "Lille",
 * "Boulogne-sur-Mer", "Aix Gardanne Salon". A name already in mixed case is kept as written. Accents the source
 * dropped ("ALENCON") cannot be restored and are not guessed.
 */
public final class PlaceNames {
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et",
            "lès", "lez", "aux", "au", "l", "d");
    private static final Pattern PARTS = Pattern.compile("\\p{L}+|[^\\p{L}]+");

    private PlaceNames() {
    }

    /** "ROUBAIX-TOURCOING" → "Roubaix-Tourcoing", "BOULOGNE-SUR-MER" → "Boulogne-sur-Mer"; null stays null. */
    public static String readable(String name) {
        if (name == null) {
            return null;
        }
        String t = name.strip().replaceAll("\\s+", " ");
        if (!t.equals(t.toUpperCase(Locale.FRENCH))) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        Matcher parts = PARTS.matcher(t.toLowerCase(Locale.FRENCH));
        while (parts.find()) {
            String w = parts.group();
            boolean word = Character.isLetter(w.charAt(0));
            boolean particle = out.length() > 0 && PARTICLES.contains(w);
            out.append(!word || particle ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
