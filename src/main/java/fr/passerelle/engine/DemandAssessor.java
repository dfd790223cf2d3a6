package fr.passerelle.engine;

import static fr.passerelle.engine.rules.EngineRules.BETTER_MARKET_RATIO;
import static fr.passerelle.engine.rules.EngineRules.GAIN_SATURATION;
import static fr.passerelle.engine.rules.EngineRules.GAIN_SHARE;
import static fr.passerelle.engine.rules.EngineRules.NEUTRAL;
import static fr.passerelle.engine.rules.EngineRules.TENSION_HIGH;
import static fr.passerelle.engine.rules.EngineRules.TENSION_LOW;
import static fr.passerelle.engine.rules.EngineRules.TRUST_DEPARTEMENT;
import static fr.passerelle.engine.rules.EngineRules.TRUST_FRANCE;
import static fr.passerelle.engine.rules.EngineRules.TRUST_REGION;

import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.engine.index.BmoIndex;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How good a bet an occupation is where she lives, compared with her current one. Bob Emploi's rule of thumb: a move
 * is worth proposing when the target has at least {@code BETTER_MARKET_RATIO} times as many offers per job seeker.
 *
 * <p>Raw score (0..1) = {@code GAIN_SHARE·min(1, gain / GAIN_SATURATION) + (1 − GAIN_SHARE)·(tension − 1) / 4}, where
 * gain is the ratio of offers per job seeker (target / current) at the most local level where both have figures; a
 * missing part counts {@code NEUTRAL}. A figure measured at a coarser level than her employment area counts for less:
 * {@code demand = NEUTRAL + trust·(raw − NEUTRAL)}, trust 1 in her area, {@code TRUST_DEPARTEMENT},
 * {@code TRUST_REGION} or {@code TRUST_FRANCE} above, and the reasons say so in plain words.
 */
final class DemandAssessor {

    /** The assessment: figures for the card, a 0..1 score, and the reasons. */
    record Assessment(Demand demand, double score, List<Reason> reasons) {
    }

    private final MarketIndex market;
    private final TerritoryIndex territory;

    DemandAssessor(MarketIndex market, TerritoryIndex territory) {
        this.market = market;
        this.territory = territory;
    }

    /** How much of the signal is kept at each level. */
    static double trust(MarketIndex.Level level) {
        return switch (level) {
            case BASSIN -> 1;
            case DEPARTEMENT -> TRUST_DEPARTEMENT.value();
            case REGION -> TRUST_REGION.value();
            case FRANCE -> TRUST_FRANCE.value();
        };
    }

    /**
     * Where a figure was measured, in plain words: "dans son bassin d'emploi (Lille)", "au niveau national, faute de
     * chiffre local". The sources write area names in capitals; people read them in the usual case.
     */
    static String where(MarketIndex.Market m) {
        return MessageRenderer.french().render(whereMessage(m));
    }

    /** {@link #where} as a message, for the reasons. */
    static Message whereMessage(MarketIndex.Market m) {
        Param name = Param.label(PlaceNames.readable(m.territory()));
        return switch (m.level()) {
            case BASSIN -> Message.of("demand.where.bassin", name);
            case DEPARTEMENT -> Message.of("demand.where.departement", name);
            case REGION -> Message.of("demand.where.region", name);
            case FRANCE -> Message.of("demand.where.france");
        };
    }

    /**
     * The BMO hiring projects of her employment area for the target's métiers (context, outside the score): the
     * métier's whole figure, shared by its ROME codes; a sum with masked cells is "au moins".
     */
    static Reason projectsReason(BmoIndex.Figures f, String area) {
        List<Message> faps = f.faps().stream()
                .map(p -> Message.of("demand.projects.fap", Param.label(p.label() == null ? p.code() : p.label()))).toList();
        BmoIndex.Count d = f.difficult();
        Message difficult = d.isEmpty() || d.unknown() ? Message.NONE
                : Message.of("demand.projects.difficult", Param.of(atLeast(d.partial())), Param.number(d.known()));
        Message shared = f.sharedWith().isEmpty() ? Message.NONE
                : Message.of("demand.projects.shared", Param.number(f.sharedWith().size() + 1L));
        return Reason.of("demande", Message.of("demand.projects", Param.year(f.year()), Param.of(atLeast(f.projects().partial())),
                        Param.number(f.projects().known()), Param.label(PlaceNames.readable(area)), Param.of(difficult),
                        Param.joined(faps), Param.of(shared)),
                "projets de recrutement de l'enquête BMO dans son bassin, métiers FAP-2009 rattachés par la table DARES (contexte, hors score)",
                "BMO " + f.year());
    }

    private static Message atLeast(boolean partial) {
        return partial ? Message.of("demand.projects.atLeast") : Message.NONE;
    }

    Assessment assess(String sourceV3, String targetV3, TerritoryIndex.Place place, String currentLabel) {
        List<Reason> reasons = new ArrayList<>();
        Optional<MarketIndex.Market[]> pair = market.comparable(sourceV3, targetV3, place);
        Optional<MarketIndex.Market> target = pair.map(p -> p[1]).or(() -> market.local(targetV3, place));
        double trust = target.map(m -> trust(m.level())).orElse(1.0);
        Message weight = trust < 1 ? Message.of("demand.weight", Param.percent(100 * trust)) : Message.NONE;
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
                reasons.add(Reason.of("demande", Message.of("demand.gain", new Param.Percent(100 * (gain - 1), gain >= 1),
                        Param.label(currentLabel), Param.year(t.year()), Param.of(whereMessage(t)), Param.of(weight)),
                        "offres / demandeurs (cible) ÷ offres / demandeurs (métier actuel), au niveau le plus local commun ; "
                                + "hors de son bassin le signal est réduit (département × " + TRUST_DEPARTEMENT.fr() + ", région × "
                                + TRUST_REGION.fr() + ", France × " + TRUST_FRANCE.fr() + ")",
                        "Indicateurs de tension " + t.year()));
            }
        }
        Integer tension = target.map(MarketIndex.Market::tension).orElse(null);
        if (target.isPresent() && tension != null) {
            MarketIndex.Market t = target.get();
            String level = tension >= TENSION_HIGH.asInt() ? "high" : tension <= TENSION_LOW.asInt() ? "low" : "medium";
            reasons.add(Reason.of("demande", Message.of("demand.tension", Param.number(tension), Param.year(t.year()),
                    Param.of(whereMessage(t)), Param.of(Message.of("demand.tension." + level)), Param.of(gain == null ? weight : Message.NONE)),
                    "indicateur de tension DARES / France Travail (1 à 5)", "Indicateurs de tension " + t.year()));
        }
        Integer offersDep = market.offersInDepartement(targetV3, place.departement());
        if (offersDep != null) {
            reasons.add(Reason.of("demande", Message.of("demand.offers", Param.number(offersDep),
                    Param.label(territory.departementName(place.departement())), Param.date(market.offersDate())),
                    "somme des offres du code ROME dans le département", "Offres d'emploi " + market.offersDate()));
        }
        Optional<BmoDifficulty> bmo = market.bmo(targetV3);
        bmo.ifPresent(b -> reasons.add(Reason.of("demande", Message.of("demand.bmo", Param.year(b.surveyYear()),
                Param.decimal(b.difficultyPct().stripTrailingZeros())),
                "part nationale de recrutements difficiles (contexte, hors score)", "BMO " + b.surveyYear())));
        BmoIndex.Figures projects = place.bmoArea() == null ? null : market.projects().inAreas(targetV3, List.of(place.bmoArea()));
        if (projects != null && !projects.projects().unknown()) {
            reasons.add(projectsReason(projects, territory.bmoAreaLabel(place.bmoArea())));
        }
        double gainPart = gain == null ? NEUTRAL.value() : Math.min(1, gain / GAIN_SATURATION.value());
        double tensionPart = tension == null ? NEUTRAL.value() : (tension - 1) / 4.0;
        double raw = GAIN_SHARE.value() * gainPart + (1 - GAIN_SHARE.value()) * tensionPart;
        double score = NEUTRAL.value() + trust * (raw - NEUTRAL.value());
        boolean better = gain != null && gain >= BETTER_MARKET_RATIO.value();
        Demand demand = new Demand(target.map(m -> m.level().label()).orElse(null), target.map(MarketIndex.Market::territory).orElse(null),
                target.map(MarketIndex.Market::year).orElse(null), target.map(MarketIndex.Market::offers).orElse(null),
                target.map(MarketIndex.Market::jobSeekers).orElse(null), ratio, currentRatio,
                gain == null ? null : Math.round(1000 * (gain - 1)) / 10.0, tension, offersDep, place.departement(),
                market.offersDate(), bmo.map(BmoDifficulty::difficultyPct).orElse(null),
                bmo.map(BmoDifficulty::surveyYear).orElse(null), better, target.map(DemandAssessor::where).orElse(null), trust);
        return new Assessment(demand, score, reasons);
    }
}
