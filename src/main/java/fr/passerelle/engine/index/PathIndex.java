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
        ReferentialIndex referential = new ReferentialIndex(source.occupations(), source.mobilityLinks(), source.items(),
                source.coherenceItems(), source.accessTexts(), source.appellations());
        TerritoryIndex territory = new TerritoryIndex(source.regions(), source.departements(), source.communes(),
                source.postalCodes(), source.employmentAreas(), source.communeEmploymentAreas());
        MarketIndex market = new MarketIndex(source.tension(), source.offers(), source.bmoDifficulty(), source.connexe(),
                territory);
        List<TrainingOffer> offers = new ArrayList<>();
        source.trainings(offers::add);
        CompanyIndex.Loader loader = new CompanyIndex.Loader();
        source.companies(loader::add);
        CompanyIndex companies = loader.finish();
        Coverage coverage = new Coverage();
        offers.stream().filter(TrainingOffer::hasPlace).forEach(o -> coverage.training(o.communeInsee(), territory));
        companies.countsByCommune().forEach((commune, n) -> coverage.companies(commune, n, territory));
        return new PathIndex(referential, territory, market, new TrainingIndex(offers), companies, coverage,
                source.datasets());
    }
}
