package fr.passerelle.importer;

import fr.passerelle.engine.words.Message;
import java.util.regex.Pattern;

/**
 * A file name (regular expression on the whole name) that is recognised but deliberately not imported, and why. Its own
 * file, not nested in {@code importer.catalog.FormatCatalog}: the format families declare theirs without knowing the catalog that lists
 * them (no cycle between the catalog and the families).
 */
public record IgnoredFile(Pattern fileName, Message reason) {
    public static IgnoredFile of(String fileNameRegex, Message reason) {
        return new IgnoredFile(Pattern.compile(fileNameRegex), reason);
    }

    /** A reason written in French: said as written in every language (prefer words of imports.properties). */
    public static IgnoredFile of(String fileNameRegex, String reason) {
        return of(fileNameRegex, ImportWords.asWritten(reason));
    }
}
