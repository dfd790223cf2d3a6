package fr.passerelle.engine;

import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How good a bet an occupation is where she lives, compared with her current one. Bob Emploi's rule of thumb: a move
 * is worth proposing when the target has at least 1.5 times as many offers per job seeker.
 *
 * <p>Score (0..1) = 0.5 · min(1, gain / 3) + 0.5 · (tension − 1) / 4, where gain is the ratio of offers per job
 * seeker (target / current) at the most local level where both have figures; a missing part counts 0.5 (neutral).
 */
final class DemandAssessor {
    static final double BETTER_MARKET_RATIO = 1.5;

    /** The assessment: figures for the card, a 0..1 score, and the reasons. */
    record Assessment(Demand demand, double score, List<Reason> reasons) {
    }

    private final MarketIndex market;

    DemandAssessor(MarketIndex market) {
        this.market = market;
    }

    Assessment assess(String sourceV3, String targetV3, TerritoryIndex.Place place, String currentLabel) {
        List<Reason> reasons = new java.util.ArrayList<>();
        Optional<MarketIndex.Market[]> pair = market.comparable(sourceV3, targetV3, place);
        Optional<MarketIndex.Market> target = pair.map(p -> p[1]).or(() -> market.local(targetV3, place));
        Double gain = null;
        Double ratio = null;
        Double currentRatio = null;
        if (pair.isPresent()) {
            MarketIndex.Market s = pair.get()[0];
            MarketIndex.Market t = pair.get()[1];
            ratio = t.offersPerJobSeeker() >= 0 ? t.offersPerJobSeeker() : null;
            currentRatio = s.offersPerJobSeeker() > 0 ? s.offersPerJobSeeker() : null;
            if (ratio != null && currentRatio != null) {
                gain = ratio / currentRatio;
                reasons.add(new Reason("demande", String.format(Locale.FRANCE,
                        "%s%.0f %% d'offres par demandeur d'emploi par rapport à « %s » (%s %s, %d)",
                        gain >= 1 ? "+" : "", 100 * (gain - 1), currentLabel, t.level().label(), t.territory(), t.year()),
                        "offres / demandeurs (cible) ÷ offres / demandeurs (métier actuel), au niveau le plus local commun",
                        "Indicateurs de tension " + t.year()));
            }
        }
        Integer tension = target.map(MarketIndex.Market::tension).orElse(null);
        if (target.isPresent() && tension != null) {
            MarketIndex.Market t = target.get();
            reasons.add(new Reason("demande", String.format(Locale.FRANCE, "Tension %d/5 (%s %s, %d) : %s", tension,
                    t.level().label(), t.territory(), t.year(), tension >= 4 ? "les employeurs peinent à recruter"
                            : tension <= 2 ? "peu de difficultés de recrutement" : "tension moyenne"),
                    "indicateur de tension DARES / France Travail (1 à 5)", "Indicateurs de tension " + t.year()));
        }
        Integer offersDep = market.offersInDepartement(targetV3, place.departement());
        if (offersDep != null) {
            reasons.add(new Reason("demande", String.format(Locale.FRANCE, "%d offres d'emploi dans le département au %s",
                    offersDep, market.offersDate()), "somme des offres du code ROME dans le département",
                    "Offres d'emploi " + market.offersDate()));
        }
        Optional<BmoDifficulty> bmo = market.bmo(targetV3);
        bmo.ifPresent(b -> reasons.add(new Reason("demande", String.format(Locale.FRANCE,
                "Enquête BMO %d : %s %% des projets de recrutement jugés difficiles (France)", b.surveyYear(),
                b.difficultyPct().stripTrailingZeros().toPlainString().replace('.', ',')),
                "part nationale de recrutements difficiles", "BMO " + b.surveyYear())));
        double gainPart = gain == null ? 0.5 : Math.min(1, gain / 3);
        double tensionPart = tension == null ? 0.5 : (tension - 1) / 4.0;
        boolean better = gain != null && gain >= BETTER_MARKET_RATIO;
        Demand demand = new Demand(target.map(m -> m.level().label()).orElse(null), target.map(MarketIndex.Market::territory).orElse(null),
                target.map(MarketIndex.Market::year).orElse(null), target.map(MarketIndex.Market::offers).orElse(null),
                target.map(MarketIndex.Market::jobSeekers).orElse(null), ratio, currentRatio,
                gain == null ? null : Math.round(1000 * (gain - 1)) / 10.0, tension, offersDep, place.departement(),
                market.offersDate(), bmo.map(BmoDifficulty::difficultyPct).orElse(null),
                bmo.map(BmoDifficulty::surveyYear).orElse(null), better);
        return new Assessment(demand, 0.5 * gainPart + 0.5 * tensionPart, reasons);
    }
}
