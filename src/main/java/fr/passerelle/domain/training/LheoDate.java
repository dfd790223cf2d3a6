package fr.passerelle.domain.training;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it. {@code date} is the first day of the period it names (the day itself,
 * the 1st of the month, January 1st) and is null only when the date is unknown.
 */
public record LheoDate(LocalDate date, DatePrecision precision) {
    public static final LheoDate UNKNOWN = new LheoDate(null, DatePrecision.UNKNOWN);
    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");

    public LheoDate {
        Objects.requireNonNull(precision, "precision");
        if ((date == null) != (precision == DatePrecision.UNKNOWN)) {
            throw new IllegalArgumentException("a date is null exactly when its precision is UNKNOWN");
        }
        if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
            throw new IllegalArgumentException("a " + precision + " date is stored as the first day of its period: " + date);
        }
    }

    /**
     * Parses LHEO's AAAAMMJJ: AAAAMM00 = month only, AAAA0000 = year only, 00000000 and 99999999 = unknown.
     *
     * @throws IllegalArgumentException for anything else (wrong length, month 13, February 30...)
     */
    public static LheoDate parse(String text) {
        if (text == null || !EIGHT_DIGITS.matcher(text).matches()) {
            throw invalid(text);
        }
        if (text.equals("00000000") || text.equals("99999999")) {
            return UNKNOWN;
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(4, 6));
        int day = Integer.parseInt(text.substring(6, 8));
        try {
            if (month == 0 && day == 0) {
                return new LheoDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            if (day == 0) {
                return new LheoDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new LheoDate(LocalDate.of(year, month, day), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw invalid(text);
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' n'est pas une date LHEO (AAAAMMJJ, AAAAMM00 pour un mois, "
                + "AAAA0000 pour une année, 00000000 ou 99999999 si inconnue)");
    }

    public boolean isKnown() {
        return precision != DatePrecision.UNKNOWN;
    }

    /** The first day the date can be, or null when unknown. */
    public LocalDate earliest() {
        return date;
    }

    /** The last day the date can be, or null when unknown. */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
            case UNKNOWN -> null;
        };
    }

    /** Back to LHEO's notation. */
    public String toLheo() {
        return switch (precision) {
            case DAY -> String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            case MONTH -> String.format("%04d%02d00", date.getYear(), date.getMonthValue());
            case YEAR -> String.format("%04d0000", date.getYear());
            case UNKNOWN -> "00000000";
        };
    }

    @Override
    public String toString() {
        return toLheo();
    }
}
