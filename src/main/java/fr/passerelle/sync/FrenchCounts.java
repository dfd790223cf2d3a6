package fr.passerelle.sync;

import java.util.Locale;

/** Counts in French format for people: 13 120 (a plain space, as the CLI prints them, survives any terminal). */
public final class FrenchCounts {
    private FrenchCounts() {
    }

    public static String of(long n) {
        return String.format(Locale.FRANCE, "%,d", n).replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
