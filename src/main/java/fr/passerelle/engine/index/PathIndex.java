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
        return read(source, progress).index();
    }

    /** What was read from the cache and the index built from it (a persisted index stores the first two). */
    public record Built(PathSources sources, PathIndex index) {
    }

    /** Reads everything from the source (five parts; cancellable between them) and builds the index. */
    public static Built read(PathDataSource source, fr.passerelle.core.ProgressListener progress) {
        progress.progress("référentiel ROME", 0, 5);
        var occupations = source.occupations();
        var links = source.mobilityLinks();
        var items = source.items();
        var coherence = source.coherenceItems();
        var texts = source.accessTexts();
        var appellations = source.appellations();
        progress.checkCancelled();
        progress.progress("communes", 1, 5);
        var regions = source.regions();
        var departements = source.departements();
        var communes = source.communes();
        var postalCodes = source.postalCodes();
        var areas = source.employmentAreas();
        var areaLinks = source.communeEmploymentAreas();
        progress.checkCancelled();
        progress.progress("marché du travail", 2, 5);
        var tension = source.tension();
        var offerCounts = source.offers();
        var bmo = source.bmoDifficulty();
        var connexe = source.connexe();
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
        PathSources sources = new PathSources(source.datasets(), occupations, links, items, coherence, texts, appellations,
                regions, departements, communes, postalCodes, areas, areaLinks, tension, offerCounts, bmo, connexe, offers);
        PathIndex index = of(sources, companies);
        progress.progress("index prêt", 5, 5);
        return new Built(sources, index);
    }

    /** The index of what was read (from the cache, or from a persisted index). */
    public static PathIndex of(PathSources s, CompanyIndex companies) {
        ReferentialIndex referential = new ReferentialIndex(s.occupations(), s.mobilityLinks(), s.items(),
                s.coherenceItems(), s.accessTexts(), s.appellations());
        TerritoryIndex territory = new TerritoryIndex(s.regions(), s.departements(), s.communes(), s.postalCodes(),
                s.employmentAreas(), s.communeEmploymentAreas());
        MarketIndex market = new MarketIndex(s.tension(), s.offers(), s.bmoDifficulty(), s.connexe(), territory);
        Coverage coverage = new Coverage();
        s.trainings().stream().filter(TrainingOffer::hasPlace).forEach(o -> coverage.training(o.communeInsee(), territory));
        companies.countsByCommune().forEach((commune, n) -> coverage.companies(commune, n, territory));
        return new PathIndex(referential, territory, market, new TrainingIndex(s.trainings()), companies, coverage,
                s.datasets());
    }

    /**
     * The index of a persisted one: the small sources are built again with the same code; the sessions, the
     * companies and the coverage come as they were (their own sources are not in {@code s}).
     */
    public static PathIndex of(PathSources s, TrainingIndex trainings, CompanyIndex companies, Coverage coverage) {
        ReferentialIndex referential = new ReferentialIndex(s.occupations(), s.mobilityLinks(), s.items(),
                s.coherenceItems(), s.accessTexts(), s.appellations());
        TerritoryIndex territory = new TerritoryIndex(s.regions(), s.departements(), s.communes(), s.postalCodes(),
                s.employmentAreas(), s.communeEmploymentAreas());
        MarketIndex market = new MarketIndex(s.tension(), s.offers(), s.bmoDifficulty(), s.connexe(), territory);
        return new PathIndex(referential, territory, market, trainings, companies, coverage, s.datasets());
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
