package fr.passerelle.engine.index;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.data.PathDataSource;
import fr.passerelle.engine.data.TrainingOffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Every in-memory index the path engine needs, built once per data version from the cache and shared (read-only,
 * thread-safe) by the CLI and the UI.
 */
public record PathIndex(ReferentialIndex referential, TerritoryIndex territory, MarketIndex market,
                        TrainingIndex trainings, CompanyIndex companies, Coverage coverage, List<DatasetInfo> datasets) {

    public static PathIndex build(PathDataSource source) {
        return build(source, fr.passerelle.core.ProgressListener.NONE);
    }

    /** Same, telling {@code progress} which part is being read (five parts; cancellable between them). */
    public static PathIndex build(PathDataSource source, fr.passerelle.core.ProgressListener progress) {
        return read(source, progress, false).index();
    }

    /** What was read from the cache and the index built from it (a persisted index stores both). */
    public record Built(PathSources sources, PathIndex index) {
    }

    /**
     * Reads everything from the source (five parts; cancellable between them), builds the index and keeps what it was
     * built from, for a persisted index (about 440,000 small records more on the heap while it is written).
     */
    public static Built read(PathDataSource source, fr.passerelle.core.ProgressListener progress) {
        return read(source, progress, true);
    }

    /**
     * Each part is indexed as soon as it is read, before the companies (a million rows sorted by H2): without
     * {@code keep}, the rows of the small parts are garbage by then (the benchmark's 512 MB heap needs it).
     */
    private static Built read(PathDataSource source, fr.passerelle.core.ProgressListener progress, boolean keep) {
        progress.progress("référentiel ROME", 0, 5);
        var occupations = source.occupations();
        var links = source.mobilityLinks();
        var items = source.items();
        var coherence = source.coherenceItems();
        var texts = source.accessTexts();
        var appellations = source.appellations();
        ReferentialIndex referential = new ReferentialIndex(occupations, links, items, coherence, texts, appellations);
        progress.checkCancelled();
        progress.progress("communes", 1, 5);
        var regions = source.regions();
        var departements = source.departements();
        var communes = source.communes();
        var postalCodes = source.postalCodes();
        var areas = source.employmentAreas();
        var areaLinks = source.communeEmploymentAreas();
        TerritoryIndex territory = new TerritoryIndex(regions, departements, communes, postalCodes, areas, areaLinks);
        progress.checkCancelled();
        progress.progress("marché du travail", 2, 5);
        var tension = source.tension();
        var offerCounts = source.offers();
        var bmo = source.bmoDifficulty();
        var connexe = source.connexe();
        MarketIndex market = new MarketIndex(tension, offerCounts, bmo, connexe, territory);
        PathSources kept = keep ? new PathSources(List.of(), occupations, links, items, coherence, texts, appellations,
                regions, departements, communes, postalCodes, areas, areaLinks, tension, offerCounts, bmo, connexe, List.of())
                : null;
        occupations = null;
        links = null;
        items = null;
        coherence = null;
        texts = null;
        appellations = null;
        communes = null;
        postalCodes = null;
        areaLinks = null;
        tension = null;
        offerCounts = null;
        connexe = null;
        progress.checkCancelled();
        progress.progress("formations", 3, 5);
        List<TrainingOffer> offers = new ArrayList<>();
        source.trainings(offer -> {
            offers.add(offer);
            tick(progress, "formations", 3, offers.size());
        });
        progress.checkCancelled();
        progress.progress("entreprises", 4, 5);
        CompanyIndex.Loader loader = new CompanyIndex.Loader();
        int[] rows = {0};
        source.companies(row -> {
            loader.add(row);
            tick(progress, "entreprises", 4, ++rows[0]);
        });
        CompanyIndex companies = loader.finish();
        Coverage coverage = new Coverage();
        offers.stream().filter(TrainingOffer::hasPlace).forEach(o -> coverage.training(o.communeInsee(), territory));
        companies.countsByCommune().forEach((commune, n) -> coverage.companies(commune, n, territory));
        List<fr.passerelle.domain.DatasetInfo> datasets = source.datasets();
        PathIndex index = new PathIndex(referential, territory, market, new TrainingIndex(offers), companies, coverage,
                datasets);
        progress.progress("index prêt", 5, 5);
        PathSources sources = kept == null ? null : new PathSources(datasets, kept.occupations(), kept.mobilityLinks(),
                kept.items(), kept.coherenceItems(), kept.accessTexts(), kept.appellations(), kept.regions(),
                kept.departements(), kept.communes(), kept.postalCodes(), kept.employmentAreas(),
                kept.communeEmploymentAreas(), kept.tension(), kept.offers(), kept.bmoDifficulty(), kept.connexe(), offers);
        return new Built(sources, index);
    }

    /** Every 50,000 rows of a long part: says how far it got and stops if asked to. */
    private static void tick(fr.passerelle.core.ProgressListener progress, String part, int step, int rows) {
        if (rows % 50_000 == 0) {
            progress.progress(part + " : " + String.format(java.util.Locale.FRANCE, "%,d", rows).replace('\u202F', ' ')
                    .replace('\u00A0', ' ') + " lignes lues", step, 5);
            progress.checkCancelled();
        }
    }
}
