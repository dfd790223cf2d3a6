package fr.passerelle.importer.bmo;

import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.ImportWords;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each BMO column sits, found by name: the order changed in 2023 and 2026 and the names changed in 2019 and
 * 2020 (see shared/specs/bmo.md). Names are compared without case, accents, underscores or surrounding blanks, so
 * {@code "code métier BMO "} (2017) and {@code "Code métier BMO"} (2025) are the same column. Columns not listed
 * here (e.g. 2026's {@code clpe}, whose meaning is unknown) are ignored.
 */
record BmoColumns(int year, int occupationCode, int occupationLabel, int familyCode, int familyLabel, int region,
                  int departement, int area, int areaLabel, int areaYear, int projects, int difficult, int seasonal,
                  int width) {
    private static final Pattern AREA = Pattern.compile("be(\\d{2})");
    private static final Pattern AREA_LABEL = Pattern.compile("nombe\\d{2}");

    /** Resolves the header; throws IllegalArgumentException saying which required column is missing. */
    static BmoColumns of(List<String> header) {
        List<String> names = header.stream().map(BmoColumns::normalise).toList();
        int area = -1;
        int areaYear = -1;
        int areaLabel = -1;
        for (int i = 0; i < names.size(); i++) {
            Matcher m = AREA.matcher(names.get(i));
            if (m.matches()) {
                area = i;
                areaYear = 2000 + Integer.parseInt(m.group(1));
            } else if (AREA_LABEL.matcher(names.get(i)).matches()) {
                areaLabel = i;
            }
        }
        List<String> missing = new ArrayList<>();
        int code = find(names, missing, "Code métier BMO", "code metier bmo", "metier", "code metier");
        int projects = find(names, missing, "met", "met");
        int difficult = find(names, missing, "xmet", "xmet");
        int seasonal = find(names, missing, "smet", "smet");
        int departement = find(names, missing, "Dept", "dept", "departement", "dep");
        if (area < 0 || !missing.isEmpty()) {
            // The employment area's column is described, not named (its name carries the year): it comes last.
            Message named = area >= 0 ? ImportWords.say("import.text", String.join(", ", missing))
                    : missing.isEmpty() ? ImportWords.say("import.bmo.areaColumn")
                    : ImportWords.say("import.bmo.andAreaColumn", String.join(", ", missing));
            throw ImportWords.invalid("import.bmo.header", named, String.join(", ", header));
        }
        return new BmoColumns(optional(names, "annee"),
                code, optional(names, "nom metier bmo", "nommetier", "nom metier"),
                optional(names, "famille met", "famille metier"),
                optional(names, "lbl fam met", "libelle de famille de metier"),
                optional(names, "reg", "region"), departement, area, areaLabel, areaYear, projects, difficult, seasonal,
                header.size());
    }

    /** True when the header looks like a BMO data sheet (used to recognise renamed files). */
    static boolean looksLike(List<String> header) {
        try {
            of(header);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String normalise(String name) {
        String n = name.startsWith("\uFEFF") ? name.substring(1) : name;
        n = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").trim();
    }

    private static int find(List<String> names, List<String> missing, String shown, String... accepted) {
        int index = optional(names, accepted);
        if (index < 0) {
            missing.add(shown);
        }
        return index;
    }

    private static int optional(List<String> names, String... accepted) {
        for (String a : accepted) {
            int index = names.indexOf(a);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }
}
