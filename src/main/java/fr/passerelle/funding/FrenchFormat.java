package fr.passerelle.funding;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as a counsellor reads them: "4 600 €", "103,20 €", "1er avril 2024". */
public final class FrenchFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private FrenchFormat() {
    }

    /** Whole euros without decimals, else two decimals; plain spaces as thousands separator. */
    public static String euros(long cents) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(cents % 100 == 0 ? 0 : 2);
        f.setMaximumFractionDigits(cents % 100 == 0 ? 0 : 2);
        f.setGroupingUsed(true);
        return f.format(cents / 100.0).replace('\u202F', ' ').replace('\u00A0', ' ') + " €";
    }

    public static String euros(Long cents, String unknown) {
        return cents == null ? unknown : euros(cents);
    }

    public static String date(LocalDate date) {
        if (date == null) {
            return "date inconnue";
        }
        String text = DATE.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }
}
