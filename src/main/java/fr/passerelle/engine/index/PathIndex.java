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
        return read(source, progress);
    }

    /**
     * Each part is indexed as soon as it is read, before the companies (a million rows sorted by H2): the rows of the
     * small parts are garbage by then (the benchmark's 512 MB heap needs it; a persisted index reads them again,
     * {@link #smallSources}).
     */
    private static PathIndex read(PathDataSource source, fr.passerelle.core.ProgressListener progress) {
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
        BmoIndex projects = new BmoIndex(source.bmoProjects(), source.romeFap());
        MarketIndex market = new MarketIndex(tension, offerCounts, bmo, connexe, projects, territory);
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
        return index;
    }

    /**
     * What a persisted index stores besides the index itself: the small parts (referential, territory, labour market),
     * read again from the source once the index is built. Keeping them from the build instead would hold about 440,000
     * more records on the heap while the million companies are read, which a national build cannot afford in the
     * launcher's 1 GB (measured: out of memory in PathBenchmark's persisted case).
     */
    public static PathSources smallSources(PathDataSource source) {
        return new PathSources(source.datasets(), source.occupations(), source.mobilityLinks(), source.items(),
                source.coherenceItems(), source.accessTexts(), source.appellations(), source.regions(),
                source.departements(), source.communes(), source.postalCodes(), source.employmentAreas(),
                source.communeEmploymentAreas(), source.tension(), source.offers(), source.bmoDifficulty(),
                source.connexe(), List.of(), source.bmoProjects(), source.romeFap());
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
