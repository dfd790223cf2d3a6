package fr.passerelle.importer;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a dataset's version from the official file names ("..._v460_utf8.csv", "..._20211221_...", "bmo2020_..."). */
public final class VersionRules {
    private static final Pattern ROME = Pattern.compile("_v(\\d)(\\d{2})_");
    private static final Pattern DATE = Pattern.compile("(?<![0-9])(20\\d{2})(\\d{2})(\\d{2})(?![0-9])");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");

    private VersionRules() {
    }

    /** "4.60" for ROME exports, "2021-12-21" for a dated extraction, "2020" for a yearly file, else null. */
    public static String fromFileName(Path file) {
        String name = file.getFileName().toString();
        Matcher m = ROME.matcher(name);
        if (m.find()) {
            return m.group(1) + "." + m.group(2);
        }
        m = DATE.matcher(name);
        if (m.find()) {
            return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        }
        m = YEAR.matcher(name);
        return m.find() ? m.group(1) : null;
    }

    /** The file name without extension and dates: a newer extraction of the same region replaces the older one. */
    public static String scopeFromFileName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[A-Za-z]+$", "");
        name = DATE.matcher(name).replaceAll("");
        return name.replaceAll("_{2,}", "_").replaceAll("^_|_$", "");
    }
}
