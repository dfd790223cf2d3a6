package fr.passerelle.importer;

import java.util.List;

/**
 * What every format that is not a CSV table (GeoJSON, LHEO XML, JSON, workbooks) shares: its kind, label and import
 * order, and no CSV header to sniff. Subclasses say how they recognise a file and how they read it.
 */
public abstract class NonCsvFormat implements DatasetFormat {
    private final String kind;
    private final String label;
    private final int order;

    protected NonCsvFormat(String kind, String label, int order) {
        this.kind = kind;
        this.label = label;
        this.order = order;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final int order() {
        return order;
    }

    /** By default such a file is recognised by its content ({@link #matchesContent}), not its name. */
    @Override
    public boolean matchesName(String fileName) {
        return false;
    }

    @Override
    public final boolean matchesHeader(List<String> header) {
        return false;
    }
}
