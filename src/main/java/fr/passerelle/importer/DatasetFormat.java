package fr.passerelle.importer;

import java.nio.file.Path;
import java.util.List;

/** One official file format Passerelle reads (a ROME CSV export, the communes table, a GeoJSON outline...). */
public interface DatasetFormat {

    /** Stable key of the dataset kind, stored with its provenance, e.g. "rome4.appellations". */
    String kind();

    /** What it is, in French, for status screens ("ROME 4 – appellations"). */
    String label();

    /** Import order: a file whose rows reference another file's codes comes after it. */
    int order();

    /** True when the file name is this format's official name. */
    boolean matchesName(String fileName);

    /** True when the first line of the file is this format's header (for files renamed by hand). */
    boolean matchesHeader(List<String> header);

    /**
     * True when the start of the file shows it is this format, for formats that have neither an official file name
     * nor a CSV header (an XML root element, a JSON shape). Asked only after name and header found nothing; must
     * read no more than the file's first elements, and answer false for a file it cannot read.
     */
    default boolean matchesContent(Path file) {
        return false;
    }

    /**
     * True for data about the territory and its market (the default): importing it as real data removes the
     * demonstration samples, which must never mix with real figures. False for what is valid beside any data, such as
     * the funding rules: updating them leaves a demonstration cache in demonstration mode.
     */
    default boolean replacesSamples() {
        return true;
    }

    /** "" for a national referential (replaces the previous one); else what the file covers (replaces only itself). */
    default String scope(Path file) {
        return "";
    }

    /** Version or extraction date read from the file name, or null. */
    String version(Path file);

    /** Streams the file into the context, row by row. */
    void read(Path file, ReadContext context) throws ImportException;
}
