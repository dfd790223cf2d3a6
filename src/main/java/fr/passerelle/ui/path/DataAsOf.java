package fr.passerelle.ui.path;

import fr.passerelle.ui.common.FrenchFormats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Données : …" line under a path: the version of the datasets its figures come from and when they were
 * imported, dates in French ("offres 21 décembre 2021"), and a warning when they are sample data.
 */
public final class DataAsOf {
    /** The engine writes each dataset as "VERSION, importé le YYYY-MM-DD[, données d'exemple fictives]". */
    private static final Pattern ENTRY = Pattern.compile("(?:(.*?), )?importé le (\\d{4}-\\d{2}-\\d{2}).*");

    private DataAsOf() {
    }

    public static String line(Map<String, String> dataAsOf) {
        List<String> parts = new ArrayList<>();
        TreeSet<String> imported = new TreeSet<>();
        add(parts, imported, dataAsOf, "rome4.occupations", "ROME");
        add(parts, imported, dataAsOf, "market.tension", "tension");
        add(parts, imported, dataAsOf, "market.offers", "offres");
        add(parts, imported, dataAsOf, "training", "formations");
        add(parts, imported, dataAsOf, "compan", "entreprises");
        if (parts.isEmpty()) {
            return "";
        }
        boolean sample = dataAsOf.values().stream().anyMatch(v -> v.contains("exemple"));
        String when = imported.isEmpty() ? "" : imported.size() == 1 ? ", importées le " + french(imported.first())
                : ", importées du " + french(imported.first()) + " au " + french(imported.last());
        return "Données : " + String.join(" · ", parts) + when
                + (sample ? " — données d'exemple fictives, pas de vraies statistiques" : "");
    }

    private static void add(List<String> parts, TreeSet<String> imported, Map<String, String> dataAsOf, String prefix, String label) {
        Optional<String> value = dataAsOf.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).findFirst();
        if (value.isEmpty()) {
            return;
        }
        Matcher m = ENTRY.matcher(value.get());
        if (!m.matches()) {
            parts.add(label + " " + value.get());
            return;
        }
        imported.add(m.group(2));
        parts.add(m.group(1) == null || m.group(1).isBlank() ? label : label + " " + french(m.group(1)));
    }

    private static String french(String version) {
        try {
            return FrenchFormats.date(LocalDate.parse(version));
        } catch (DateTimeParseException e) {
            return version;
        }
    }
}
