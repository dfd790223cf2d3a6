package fr.passerelle.sync;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ReadContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a dataset that a broken export changes while its line count stays plausible (a shifted column, a
 * unit change, a failed geocoding, a truncated referential): measured on the file by its own importer
 * ({@link FigureSink}), compared with those of the version the cache holds by {@link SanityRules}.
 *
 * @param values     named figures (the constants below); a figure the file does not have is absent
 * @param codes      the ROME occupation codes of a referential (to count the codes a new version removes)
 * @param areaOffers offers per employment area of the tension indicators (to count the areas that move a lot)
 */
public record KeyFigures(Map<String, Double> values, Set<String> codes, Map<String, Double> areaOffers) {
    public static final KeyFigures NONE = new KeyFigures(Map.of(), Set.of(), Map.of());
    public static final String AREAS = "zones";
    public static final String OFFERS_PER_AREA = "offres_par_zone";
    public static final String SIRETS = "sirets";
    public static final String SIRETS_PLACED = "sirets_localises_pct";
    public static final String ACTIONS = "actions";
    public static final String ACTIONS_PLACED = "actions_localisees_pct";
    public static final String PRICE_MEDIAN = "prix_median_euros";
    public static final String OCCUPATIONS = "metiers";
    public static final String OFFERS = "offres";

    public KeyFigures {
        values = Map.copyOf(values);
        codes = Set.copyOf(codes);
        areaOffers = Map.copyOf(areaOffers);
    }

    /** Reads {@code file} with {@code format}'s own reader into a sink that only measures. */
    public static KeyFigures of(Path file, DatasetFormat format) throws ImportException {
        FigureSink sink = new FigureSink();
        format.read(file, new ReadContext(sink, ProgressListener.NONE, "Chiffres clés", format.version(file)));
        return sink.figures();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
