package fr.passerelle.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * French formats for people: {@code 13 120}, {@code 4 600 €}, {@code 12,5 km}, {@code 4 janvier 2027}. Thousands are
 * grouped with a no-break space (U+00A0), which every font draws and which keeps an amount on one line; the JDK's
 * own French locale uses U+202F, missing from some fonts. Also reads amounts and whole numbers as a counsellor types
 * them ("1 200,50", "1200.5", "1 200 €").
 */
public final class FrenchFormats {
    public static final char NBSP = '\u00A0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private FrenchFormats() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    /** 13120 → "13 120". */
    public static String number(long value) {
        return format("#,##0").format(value);
    }

    /** 2.345, 1 → "2,3"; trailing zeros dropped ("2"). */
    public static String decimal(double value, int maxDigits) {
        DecimalFormat f = format("#,##0");
        f.setMaximumFractionDigits(maxDigits);
        return f.format(value);
    }

    /** 460000 cents → "4 600 €"; 460050 → "4 600,50 €". */
    public static String money(long cents) {
        DecimalFormat f = format(cents % 100 == 0 ? "#,##0" : "#,##0.00");
        return f.format(BigDecimal.valueOf(cents, 2)) + NBSP + "€";
    }

    /** The amount, or {@code unknown} when null. */
    public static String money(Long cents, String unknown) {
        return cents == null ? unknown : money(cents);
    }

    /** 12.34 → "12,3 km"; below 1 km, "moins de 1 km" would hide the figure, so "0,4 km". */
    public static String distance(double km) {
        return decimal(km, 1) + NBSP + "km";
    }

    /** 1200 → "1 200 h". */
    public static String hours(int hours) {
        return number(hours) + NBSP + "h";
    }

    /** 2027-01-04 → "4 janvier 2027"; the first of a month is written "1er" as French does ("1er mars 2027"). */
    public static String date(LocalDate date) {
        return firstOfMonth(date, DATE.format(date));
    }

    /** 2027-09-20 → "20 sept. 2027" (the usual French abbreviations); "1er janv. 2027". */
    public static String shortDate(LocalDate date) {
        return firstOfMonth(date, SHORT_DATE.format(date));
    }

    private static String firstOfMonth(LocalDate date, String formatted) {
        return date.getDayOfMonth() == 1 ? "1er" + formatted.substring(1) : formatted;
    }

    /** 2027-01-04 → "janvier 2027". */
    public static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** 85.0 → "+85 %", -12.4 → "−12 %". */
    public static String signedPercent(double value) {
        long rounded = Math.round(value);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "") + number(Math.abs(rounded)) + NBSP + "%";
    }

    /** 47.0 → "47 %". */
    public static String percent(double value) {
        return decimal(value, 0) + NBSP + "%";
    }

    /**
     * Reads an amount in euros as typed: spaces (any kind) and a trailing € ignored, comma or point as decimal
     * separator, at most two decimals. Empty when it is not an amount.
     */
    public static Optional<BigDecimal> parseEuros(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replaceAll("[\\s\u00A0\u202F]", "").replace("€", "").replace(',', '.');
        if (!t.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    /** Reads a whole number as typed ("1 200"); empty when it is not one or does not fit an int. */
    public static Optional<Integer> parseWhole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replaceAll("[\\s\u00A0\u202F]", "");
        if (!t.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(t));
    }
}
