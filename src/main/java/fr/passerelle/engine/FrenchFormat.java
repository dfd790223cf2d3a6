package fr.passerelle.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as French readers expect them in the reason texts: {@code 13 120}, {@code 21 décembre 2021}. */
final class FrenchFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private FrenchFormat() {
    }

    /** Groups of three digits separated by a space (what NumberFormat gives for Locale.FRANCE, without building one). */
    static String of(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** "0 compétence", "1 compétence", "2 compétences": the count with the French form (0 and 1 are singular). */
    static String count(long n, String singular, String plural) {
        return of(n) + " " + (n <= 1 ? singular : plural);
    }

    static String of(LocalDate date) {
        return date == null ? "date inconnue" : DATE.format(date);
    }
}
