package fr.passerelle.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and ages in French for people ("1er décembre 2026 à 9 h 05", "il y a 3 jours"), in the time of France. */
public final class FrenchDates {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H 'h' mm", Locale.FRENCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private FrenchDates() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "jamais" : first(DATE_TIME.format(instant.atZone(PARIS)));
    }

    public static String date(Instant instant) {
        return instant == null ? "jamais" : first(DATE.format(instant.atZone(PARIS)));
    }

    /** "1 décembre" → "1er décembre", as French writes the first day of a month (and every other date of the app). */
    private static String first(String text) {
        return text.startsWith("1 ") ? "1er" + text.substring(1) : text;
    }

    /** "à l'instant", "il y a 5 minutes", "il y a 2 heures", "il y a 3 jours". */
    public static String age(Instant then, Instant now) {
        if (then == null) {
            return "jamais";
        }
        Duration d = Duration.between(then, now);
        if (d.toMinutes() < 1) {
            return "à l'instant";
        }
        if (d.toHours() < 1) {
            return "il y a " + plural(d.toMinutes(), "minute");
        }
        if (d.toDays() < 1) {
            return "il y a " + plural(d.toHours(), "heure");
        }
        return "il y a " + plural(d.toDays(), "jour");
    }

    private static String plural(long n, String unit) {
        return FrenchCounts.of(n) + " " + unit + (n > 1 ? "s" : "");
    }
}
