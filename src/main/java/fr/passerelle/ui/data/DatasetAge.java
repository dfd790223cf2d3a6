package fr.passerelle.ui.data;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.ui.common.Messages;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old a dataset's figures are: counted from the date its version names (an extraction date "2021-12-21" or
 * "20211221", a reference year "2021"), else from its import; said in words ("4 ans", "11 mois", "3 jours").
 */
public final class DatasetAge {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private DatasetAge() {
    }

    /** The date the figures refer to: the version's date, the 31 December of its year, or the import day. */
    public static LocalDate asOf(DatasetInfo d) {
        return fromVersion(d.version()).orElse(d.importedAt().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    static Optional<LocalDate> fromVersion(String version) {
        if (version == null) {
            return Optional.empty();
        }
        String v = version.strip();
        try {
            Matcher m = ISO.matcher(v);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = COMPACT.matcher(v);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return YEAR.matcher(v).matches() ? Optional.of(LocalDate.of(Integer.parseInt(v), 12, 31)) : Optional.empty();
    }

    /** A nomenclature (ROME, FAP, territories, NAF labels): its version is an edition, not the date of figures. */
    static boolean referential(DatasetInfo d) {
        String k = d.kind();
        return k.startsWith("rome") || k.startsWith("fap.") || k.startsWith("geo.") || k.equals("lbb.naf_labels");
    }

    /**
     * "4 ans", "1 an", "11 mois", "3 jours", "aujourd'hui" from the figures' date; "importé il y a 3 jours" when the
     * file names no date; "référentiel" for a nomenclature (and the English words).
     */
    public static String text(DatasetInfo d, LocalDate today, Messages messages) {
        if (referential(d)) {
            return messages.get("data.age.referential");
        }
        if (fromVersion(d.version()).isEmpty()) {
            LocalDate imported = asOf(d);
            return imported.isBefore(today) ? messages.get("data.age.imported", words(imported, today, messages))
                    : messages.get("data.age.importedToday");
        }
        return words(asOf(d), today, messages);
    }

    private static String words(LocalDate from, LocalDate today, Messages messages) {
        if (!from.isBefore(today)) {
            return messages.get("data.age.today");
        }
        Period p = Period.between(from, today);
        if (p.getYears() > 0) {
            return messages.get(p.getYears() == 1 ? "data.age.year" : "data.age.years", p.getYears());
        }
        if (p.getMonths() > 0) {
            return messages.get("data.age.months", p.getMonths());
        }
        return messages.get(p.getDays() == 1 ? "data.age.day" : "data.age.days", p.getDays());
    }
}
