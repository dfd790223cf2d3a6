package fr.passerelle.cli;

import java.util.Locale;

/** Numbers as a French reader writes them: {@code 13 120} (a space between thousands). */
final class FrenchNumbers {
    private FrenchNumbers() {
    }

    static String of(long value) {
        // Locale.FRANCE groups with a narrow no-break space; a plain space reads the same and survives any terminal.
        return String.format(Locale.FRANCE, "%,d", value).replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
