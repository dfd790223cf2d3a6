package fr.passerelle.engine;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as French readers expect them in the reason texts: {@code 13 120}, {@code 21 décembre 2021}. */
final class FrenchFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private FrenchFormat() {
    }

    static String of(long n) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(n).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** "0 compétence", "1 compétence", "2 compétences": the count with the French form (0 and 1 are singular). */
    static String count(long n, String singular, String plural) {
        return of(n) + " " + (n <= 1 ? singular : plural);
    }

    static String of(LocalDate date) {
        return date == null ? "date inconnue" : DATE.format(date);
    }
}
