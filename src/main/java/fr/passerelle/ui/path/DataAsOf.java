package fr.passerelle.ui.path;

import fr.passerelle.ui.common.Messages;
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
        return line(dataAsOf, Messages.french());
    }

    /** The line in the window's language (the engine's map is French; its dates and words are said again here). */
    public static String line(Map<String, String> dataAsOf, Messages messages) {
        List<String> parts = new ArrayList<>();
        TreeSet<String> imported = new TreeSet<>();
        add(parts, imported, dataAsOf, "rome4.occupations", messages.get("path.data.rome"), messages);
        add(parts, imported, dataAsOf, "market.tension", messages.get("path.data.tension"), messages);
        add(parts, imported, dataAsOf, "market.offers", messages.get("path.data.offers"), messages);
        add(parts, imported, dataAsOf, "training", messages.get("path.data.trainings"), messages);
        add(parts, imported, dataAsOf, "compan", messages.get("path.data.companies"), messages);
        if (parts.isEmpty()) {
            return "";
        }
        boolean sample = dataAsOf.values().stream().anyMatch(v -> v.contains("exemple"));
        String when = imported.isEmpty() ? "" : imported.size() == 1 ? messages.get("path.data.imported", day(imported.first(), messages))
                : messages.get("path.data.imported.range", day(imported.first(), messages), day(imported.last(), messages));
        return messages.get("path.data", String.join(" · ", parts)) + when + (sample ? messages.get("path.data.sample") : "");
    }

    private static void add(List<String> parts, TreeSet<String> imported, Map<String, String> dataAsOf, String prefix, String label,
                            Messages messages) {
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
        parts.add(m.group(1) == null || m.group(1).isBlank() ? label : label + " " + day(m.group(1), messages));
    }

    /** A version that is a date is said as a date ("offres 21 décembre 2021"); any other version as it is. */
    private static String day(String version, Messages messages) {
        try {
            return messages.date(LocalDate.parse(version));
        } catch (DateTimeParseException e) {
            return version;
        }
    }
}
