package fr.passerelle.sync;

import java.util.Locale;

/** Counts in French format for people: 13 120 (a plain space, as the CLI prints them, survives any terminal). */
public final class FrenchCounts {
    private FrenchCounts() {
    }

    public static String of(long n) {
        return String.format(Locale.FRANCE, "%,d", n).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** 4,1 or 1 253: one decimal when the figure has one, none when it is whole or large. */
    public static String decimal(double x) {
        if (Math.abs(x) >= 100 || x == Math.rint(x)) {
            return of(Math.round(x));
        }
        return String.format(Locale.FRANCE, "%.1f", x);
    }
}
