package fr.passerelle.export;

import fr.passerelle.export.ActionPlan.DataDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path's {@code dataAsOf} (dataset key → "version, importé le AAAA-MM-JJ[, données d'exemple fictives]") retold as
 * the dates a job seeker needs: one line per kind of figure the plan shows, and whether the data are samples.
 */
final class DataDates {
    /** The engine's marker for datasets seeded from the bundled, invented samples. */
    static final String SAMPLE_MARK = "données d'exemple fictives";
    private static final Pattern VALUE = Pattern.compile("^(?:(.+?), )?importé le (\\d{4}-\\d{2}-\\d{2})(?:, (.*))?$");

    /** What the plan shows, the dataset-key prefixes it comes from, and how to name a version. */
    private record Kind(String what, String versionPrefix, String... prefixes) {
    }

    /** The kinds as plan.properties names them ({@code data.*}); a version prefix key is said in the language. */
    private static final List<Kind> KINDS = List.of(
            new Kind("data.rome", "ROME ", "rome4.occupations"),
            new Kind("data.tension", "", "market.tension"),
            new Kind("data.offers", "data.offers.version", "market.offers_departement", "market.offers_commune"),
            new Kind("data.bmo", "", "market.bmo_difficulty"),
            new Kind("data.trainings", "", "trainings."),
            new Kind("data.companies", "", "companies.", "lbb.establishments"));

    private DataDates() {
    }

    static List<DataDate> of(Map<String, String> dataAsOf) {
        return of(dataAsOf, PlanLanguage.FRENCH);
    }

    static List<DataDate> of(Map<String, String> dataAsOf, PlanLanguage in) {
        List<DataDate> out = new ArrayList<>();
        for (Kind kind : KINDS) {
            TreeSet<String> versions = new TreeSet<>();
            TreeSet<LocalDate> imported = new TreeSet<>();
            for (Map.Entry<String, String> e : dataAsOf.entrySet()) {
                if (!matches(kind, e.getKey())) {
                    continue;
                }
                Matcher m = VALUE.matcher(e.getValue());
                if (!m.matches()) {
                    versions.add(e.getValue());
                    continue;
                }
                if (m.group(1) != null) {
                    versions.add(m.group(1));
                }
                imported.add(LocalDate.parse(m.group(2)));
            }
            if (versions.isEmpty() && imported.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String v : versions) {
                String prefix = kind.versionPrefix().startsWith("data.") ? in.t(kind.versionPrefix()) : kind.versionPrefix();
                parts.add(prefix + version(v, in));
            }
            out.add(new DataDate(in.t(kind.what()), parts.isEmpty() ? null : String.join(", ", parts),
                    imported.isEmpty() ? null : imported.last()));
        }
        return out;
    }

    /** The sample-data line, or null when no figure comes from the samples. */
    static String sampleNotice(Map<String, String> dataAsOf) {
        return sampleNotice(dataAsOf, PlanLanguage.FRENCH);
    }

    static String sampleNotice(Map<String, String> dataAsOf, PlanLanguage in) {
        long samples = dataAsOf.values().stream().filter(v -> v.contains(SAMPLE_MARK)).count();
        if (samples == 0) {
            return null;
        }
        return in.t("plan.sample.notice", in.t(samples == dataAsOf.size() ? "plan.sample.all" : "plan.sample.some"));
    }

    private static boolean matches(Kind kind, String key) {
        for (String p : kind.prefixes()) {
            if (key.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** "2021-12-21" → "21 décembre 2021" / "21 December 2021"; any other version ("2021", "4.60") as it is. */
    private static String version(String v, PlanLanguage in) {
        try {
            return in.date(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return v;
        }
    }
}
