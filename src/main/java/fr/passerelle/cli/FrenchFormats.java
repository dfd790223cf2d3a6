package fr.passerelle.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one helper for every figure the command line prints for people: {@code 13 120}, {@code 29 312 Ko},
 * {@code 4 600 €}, {@code 7,5 km}, {@code 4 janvier 2027}, {@code 1er mars 2027 à 09:05}. Thousands are grouped with
 * a plain space: the JDK's French locale uses U+202F, which some terminals and log viewers show as a box or a '?'.
 * JSON outputs never go through it: they keep plain numbers and ISO dates.
 */
final class FrenchFormats {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    private FrenchFormats() {
    }

    /** 13120 → "13 120". */
    static String number(long value) {
        return decimal(BigDecimal.valueOf(value), 0);
    }

    /** 2.345 with 1 decimal → "2,3"; 28.0 → "28" (trailing zeros dropped). */
    static String decimal(double value, int maxDecimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal(rounded, Math.max(0, rounded.scale()));
    }

    /** A size in bytes in kilo-octets, as file managers show it: 30015488 → "29 312 Ko". */
    static String kiloBytes(long bytes) {
        return number(bytes / 1024) + " Ko";
    }

    /** A size in bytes in mega-octets with one decimal: 12345678 → "12,3 Mo". */
    static String megaBytes(long bytes) {
        return decimal(bytes / 1e6, 1) + " Mo";
    }

    /** 460000 cents → "4 600 €", 460050 → "4 600,50 €". */
    static String money(long cents) {
        return decimal(BigDecimal.valueOf(cents, 2), cents % 100 == 0 ? 0 : 2) + " €";
    }

    /** 7.46 → "7,5 km" (straight-line distances are no more precise than that). */
    static String km(double km) {
        return decimal(km, 1) + " km";
    }

    /** 1200 → "1 200 h". */
    static String hours(long hours) {
        return number(hours) + " h";
    }

    /** 12 345 ms → "12,3 s". */
    static String seconds(Duration duration) {
        return decimal(duration.toMillis() / 1000.0, 1) + " s";
    }

    /** 2027-01-04 → "4 janvier 2027"; 2027-03-01 → "1er mars 2027". */
    static String date(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }

    /** An instant in the machine's time zone: "1er décembre 2026 à 00:26". */
    static String dateTime(Instant instant) {
        var local = instant.atZone(ZoneId.systemDefault());
        return date(local.toLocalDate()) + " à " + TIME.format(local);
    }

    private static String decimal(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols).format(value);
    }
}
