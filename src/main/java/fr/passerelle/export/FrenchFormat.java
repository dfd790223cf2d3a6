package fr.passerelle.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * French formats for people, as the French typographic rules and Java's French locale write them: thousands grouped
 * with a narrow no-break space (U+202F), a no-break space (U+00A0) before the unit, a decimal comma, "1er" for the
 * first day of a month. The PDF font has every one of these characters.
 */
public final class FrenchFormat {
    /** Narrow no-break space: thousands separator ("4 600"). */
    public static final char THIN = '\u202F';
    /** No-break space: between a number and its unit ("4 600 €", "7,5 km"). */
    public static final char NBSP = '\u00A0';
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private FrenchFormat() {
    }

    /** 460000 → "4 600 €", 460050 → "4 600,50 €". */
    public static String money(long cents) {
        BigDecimal euros = BigDecimal.valueOf(cents, 2);
        return number(euros, cents % 100 == 0 ? 0 : 2) + NBSP + "€";
    }

    /** Money or the given text when unknown. */
    public static String money(Long cents, String unknown) {
        return cents == null ? unknown : money(cents);
    }

    /** 13120 → "13 120". */
    public static String integer(long n) {
        return number(BigDecimal.valueOf(n), 0);
    }

    /** 7.46 → "7,5 km", 28.0 → "28 km" (one decimal at most, straight-line distances are no more precise). */
    public static String km(double km) {
        BigDecimal rounded = BigDecimal.valueOf(km).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return number(rounded, Math.max(0, rounded.scale())) + NBSP + "km";
    }

    /** 525 → "525 heures", 1 → "1 heure". */
    public static String hours(int hours) {
        return integer(hours) + NBSP + (hours > 1 ? "heures" : "heure");
    }

    /** 2027-01-04 → "4 janvier 2027"; 2027-03-01 → "1er mars 2027". */
    public static String date(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + NBSP + MONTH_YEAR.format(date);
    }

    /** "du 4 janvier 2027 au 30 juin 2027", "à partir du 4 janvier 2027", or null when no date is known. */
    public static String period(LocalDate start, LocalDate end) {
        if (start == null) {
            return end == null ? null : "jusqu'au " + date(end);
        }
        return end == null ? "à partir du " + date(start) : "du " + date(start) + " au " + date(end);
    }

    private static String number(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(THIN);
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        return format.format(value);
    }
}
