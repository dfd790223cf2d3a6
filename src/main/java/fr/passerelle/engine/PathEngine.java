package fr.passerelle.engine;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.index.CompanyIndex;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.RescueOption;
import fr.passerelle.engine.result.ScoreDetail;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.rules.BundledRules;
import fr.passerelle.funding.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the reorientation path of one profile from the in-memory indexes: close occupations, local demand,
 * trainings, companies, a rescue when too little is found. Pure and deterministic: the same index, profile and day
 * give the same result.
 */
public final class PathEngine {
    static final int SHOWN_COMPANIES = 5;
    static final int MIN_OCCUPATIONS = 3;

    private final PathIndex index;
    private final RankingWeights weights;
    private final Proximity proximity;
    private final DemandAssessor demand;
    private final TrainingSelector trainings;

    public PathEngine(PathIndex index, RankingWeights weights) {
        this(index, weights, BundledRules.get());
    }

    /** With the funding rules in force (the imported rules dataset, else the rules bundled in the jar). */
    public PathEngine(PathIndex index, RankingWeights weights, RuleSet fundingRules) {
        this.index = index;
        this.weights = weights;
        this.proximity = new Proximity(index.referential(), index.market());
        this.demand = new DemandAssessor(index.market());
        this.trainings = new TrainingSelector(index.trainings(), new PathFunding(fundingRules));
    }

    public PathIndex index() {
        return index;
    }

    /**
     * @throws PathException when her occupation or commune is not in the cache (with what to try instead)
     */
    public PathResult compute(JobSeekerProfile profile, int limit, LocalDate today) throws PathException {
        ReferentialIndex rome = index.referential();
        String source = profile.rome().value();
        ReferentialIndex.Fiche fiche = rome.fiche(source).orElseThrow(() -> new PathException(
                "le code ROME " + source + " n'est pas dans le référentiel ROME 4 du cache"));
        TerritoryIndex.Place place = index.territory().place(profile.commune().value()).orElseThrow(() -> new PathException(
                "la commune " + profile.commune().value() + " n'est dans aucun jeu de données du cache"));
        if (!place.hasCoordinates()) {
            throw new PathException("la commune " + place.name() + " n'a pas de coordonnées : impossible de mesurer les distances");
        }
        List<TargetOccupation> all = targets(profile, fiche, place, today);
        List<TargetOccupation> shown = all.size() > limit ? all.subList(0, limit) : all;
        List<RescueOption> rescue = rescue(profile, fiche, place, all, shown, limit, today);
        return new PathResult(profile, fiche.label(), place.name(), place.departement(), List.copyOf(shown), rescue, dataAsOf());
    }

    /**
     * All trainings and the best companies of one target occupation for her, with what lies beyond her limits (the
     * window's detail view). The target need not be among the occupations shown.
     *
     * @throws PathException when the occupation or her commune is not in the cache
     */
    public fr.passerelle.engine.result.TargetDetail detail(JobSeekerProfile profile, String rome, LocalDate today)
            throws PathException {
        ReferentialIndex.Fiche target = index.referential().fiche(rome).orElseThrow(() -> new PathException(
                "le code ROME " + rome + " n'est pas dans le référentiel ROME 4 du cache"));
        TerritoryIndex.Place place = index.territory().place(profile.commune().value())
                .filter(TerritoryIndex.Place::hasCoordinates).orElseThrow(() -> new PathException(
                        "la commune " + profile.commune().value() + " n'a pas de coordonnées dans le cache"));
        return new TargetDetailBuilder(index, trainings, this::companyOptions).build(profile, target, codes(target), place, today);
    }

    private List<TargetOccupation> targets(JobSeekerProfile profile, ReferentialIndex.Fiche fiche,
                                           TerritoryIndex.Place place, LocalDate today) {
        String romeVersion = version("rome4.occupations");
        List<TargetOccupation> out = new ArrayList<>();
        for (Proximity.Candidate c : proximity.candidates(fiche.code(), place, romeVersion)) {
            ReferentialIndex.Fiche target = index.referential().fiche(c.code()).orElseThrow();
            DemandAssessor.Assessment market = demand.assess(fiche.parentV3(), target.parentV3(), place, fiche.label());
            List<String> codes = codes(target);
            TrainingSelector.Selection selection = trainings.select(codes, place, profile, today);
            List<Reason> reasons = new ArrayList<>(c.reasons());
            reasons.addAll(market.reasons());
            double prox = levelAdjusted(c, target, profile, selection.all(), reasons);
            boolean noTraining = c.closeMove() && !target.regulated() && !target.executive();
            if (noTraining) {
                reasons.add(new Reason("formation", "Pas de formation obligatoire : mobilité proche vers un métier non réglementé",
                        "lien ROME 4 de rang ≤ 3 ou mobilité ROME 3 « proche », métier ni réglementé ni cadre",
                        "ROME " + romeVersion));
            } else if (selection.found() == 0) {
                reasons.add(new Reason("formation", "Aucune formation trouvée dans le rayon de " + profile.radiusKm() + " km"
                        + (profile.remote() ? " ni à distance" : ""), "formations du cache menant à " + target.code(), "Offres de formation"));
            }
            double effort = noTraining ? 1 : TrainingSelector.effort(selection.all(), profile, today);
            CompanyIndex.Result companies = index.companies().find(codes, place.latitude(), place.longitude(), profile.radiusKm(),
                    SHOWN_COMPANIES);
            if (companies.count() > 0) {
                reasons.add(new Reason("entreprises", companies.count() + " entreprises susceptibles de recruter à moins de "
                        + profile.radiusKm() + " km", "score d'embauche par code ROME, distance à vol d'oiseau", "Entreprises"));
            }
            double score = Math.round(1000 * weights.combine(prox, market.score(), effort)) / 1000.0;
            out.add(new TargetOccupation(target.code(), target.label(), score,
                    new ScoreDetail(round(prox), round(market.score()), round(effort), weights), List.copyOf(reasons),
                    c.shared(), c.missing(), market.demand(), noTraining, selection.found(), selection.shown(),
                    companies.count(), companyOptions(companies.best())));
        }
        // A clearly better market first (Bob's 1.5× rule), then the score; the code breaks ties so that order is stable.
        out.sort(Comparator.comparing((TargetOccupation t) -> !t.demand().betterMarket())
                .thenComparing(Comparator.comparingDouble(TargetOccupation::score).reversed())
                .thenComparing(TargetOccupation::rome));
        return out;
    }

    /**
     * Moving up in required level is harder than moving down: −0.1 per level above hers (at most −0.3), unless a
     * training found for her starts at or below her level and leads to the required one. The required level is the
     * most common exit level of the trainings leading there; executive occupations need at least bac+3.
     */
    private double levelAdjusted(Proximity.Candidate c, ReferentialIndex.Fiche target, JobSeekerProfile profile,
                                 List<TrainingOption> found, List<Reason> reasons) {
        int required = target.executive() ? EducationLevel.BAC3.framework() : 0;
        int gap = required - profile.level().framework();
        if (gap <= 0) {
            return c.proximity();
        }
        if (!found.isEmpty()) {
            reasons.add(new Reason("niveau", "Métier de niveau " + EducationLevel.BAC3.label() + " au moins : une formation de la liste fait le pont",
                    "pas de pénalité quand une formation est trouvée", "ROME (emploi cadre)"));
            return c.proximity();
        }
        double penalty = Math.min(0.3, 0.1 * gap);
        reasons.add(new Reason("niveau", String.format(Locale.FRANCE, "Niveau requis supérieur au sien (%s) : proximité −%.1f",
                profile.level().label(), penalty), "−0,1 par niveau d'écart, au plus −0,3", "ROME (emploi cadre)"));
        return Math.max(0, c.proximity() - penalty);
    }

    private List<String> codes(ReferentialIndex.Fiche target) {
        return target.parentV3().equals(target.code()) ? List.of(target.code()) : List.of(target.code(), target.parentV3());
    }

    private List<CompanyOption> companyOptions(List<CompanyIndex.Found> found) {
        List<CompanyOption> out = new ArrayList<>();
        for (CompanyIndex.Found f : found) {
            String commune = index.territory().place(f.communeInsee()).map(TerritoryIndex.Place::name).orElse(f.communeInsee());
            String why = String.format(Locale.FRANCE, "score d'embauche %d/100 %s, à %.1f km", f.score(),
                    f.estimated() ? "estimé d'après les embauches du secteur (NAF " + f.nafCode() + ")" : "publié", f.distanceKm());
            out.add(new CompanyOption(f.siret(), f.name(), f.nafCode(), f.communeInsee(), commune,
                    Math.round(f.distanceKm() * 10) / 10.0, f.score(), f.estimated(), why));
        }
        return out;
    }

    private List<RescueOption> rescue(JobSeekerProfile profile, ReferentialIndex.Fiche fiche, TerritoryIndex.Place place,
                                      List<TargetOccupation> all, List<TargetOccupation> shown, int limit, LocalDate today) {
        // Rescue when too little is found: fewer than 3 occupations with a clearly better market, no training at all
        // (even where none is required, she may want one), or no company to contact.
        long good = shown.stream().filter(t -> t.demand().betterMarket()).count();
        boolean noTraining = shown.stream().allMatch(t -> t.trainingsFound() == 0);
        boolean noCompany = shown.stream().allMatch(t -> t.companiesFound() == 0);
        if (good >= MIN_OCCUPATIONS && !noTraining && !noCompany) {
            return List.of();
        }
        List<RescueOption> rescue = new ArrayList<>();
        for (int km : new int[] {30, 50, 100}) {
            if (km > profile.radiusKm()) {
                rescue.add(counts("rayon", "Élargir le rayon à " + km + " km", profile.withRadius(km), all, place, today));
            }
        }
        if (!profile.remote()) {
            rescue.add(counts("distance", "Accepter les formations à distance", profile.withRemote(true), all, place, today));
        }
        if (all.size() > shown.size()) {
            List<TargetOccupation> more = all.subList(shown.size(), Math.min(all.size(), shown.size() + limit));
            rescue.add(new RescueOption("métiers", "Voir les métiers proches suivants : " + String.join(", ",
                    more.stream().map(t -> t.label() + " (" + t.rome() + ")").toList()), more.size(),
                    more.stream().mapToInt(TargetOccupation::trainingsFound).sum(),
                    more.stream().mapToInt(TargetOccupation::companiesFound).sum()));
        }
        return rescue;
    }

    /**
     * What a wider search would bring, counted over the same candidate occupations (demand does not depend on the
     * radius): trainings and companies found with the wider profile. Counts only, nothing is ranked.
     */
    private RescueOption counts(String kind, String description, JobSeekerProfile wider, List<TargetOccupation> candidates,
                                TerritoryIndex.Place place, LocalDate today) {
        int trainingsFound = 0;
        int companiesFound = 0;
        for (TargetOccupation t : candidates) {
            List<String> codes = codes(index.referential().fiche(t.rome()).orElseThrow());
            trainingsFound += index.trainings().find(codes, place.latitude(), place.longitude(), wider.radiusKm(), wider.remote(),
                    offer -> TrainingSelector.keep(offer, wider, today)).size();
            companiesFound += index.companies().count(codes, place.latitude(), place.longitude(), wider.radiusKm());
        }
        return new RescueOption(kind, description, (int) candidates.stream().filter(t -> t.demand().betterMarket()).count(),
                trainingsFound, companiesFound);
    }

    /** The version or date of each dataset the figures come from, for the "données au ..." line. */
    private Map<String, String> dataAsOf() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DatasetInfo d : index.datasets()) {
            String key = d.kind() + (d.scope().isEmpty() ? "" : "/" + d.scope());
            out.put(key, (d.version() == null ? "" : d.version() + ", ") + "importé le " + d.importedAt().toString().substring(0, 10)
                    + (d.isSample() ? ", données d'exemple fictives" : ""));
        }
        return out;
    }

    private String version(String kind) {
        return index.datasets().stream().filter(d -> d.kind().equals(kind)).map(DatasetInfo::version)
                .filter(java.util.Objects::nonNull).findFirst().orElse("4");
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
