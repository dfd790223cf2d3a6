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
        progress.progress("référentiel ROME", 0, 5);
        ReferentialIndex referential = new ReferentialIndex(source.occupations(), source.mobilityLinks(), source.items(),
                source.coherenceItems(), source.accessTexts(), source.appellations());
        progress.checkCancelled();
        progress.progress("communes", 1, 5);
        TerritoryIndex territory = new TerritoryIndex(source.regions(), source.departements(), source.communes(),
                source.postalCodes(), source.employmentAreas(), source.communeEmploymentAreas());
        progress.checkCancelled();
        progress.progress("marché du travail", 2, 5);
        MarketIndex market = new MarketIndex(source.tension(), source.offers(), source.bmoDifficulty(), source.connexe(),
                territory);
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
        PathIndex index = new PathIndex(referential, territory, market, new TrainingIndex(offers), companies, coverage,
                source.datasets());
        progress.progress("index prêt", 5, 5);
        return index;
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
