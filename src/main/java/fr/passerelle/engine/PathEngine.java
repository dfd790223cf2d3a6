package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.EngineRules;
import fr.passerelle.engine.rules.RankingWeights;

import static fr.passerelle.engine.rules.EngineRules.LEVEL_MAX_PENALTY;
import static fr.passerelle.engine.rules.EngineRules.LEVEL_STEP_PENALTY;
import static fr.passerelle.engine.rules.EngineRules.RESCUE_MIN_GOOD;
import static fr.passerelle.engine.rules.EngineRules.RESCUE_RADIUS_1;
import static fr.passerelle.engine.rules.EngineRules.RESCUE_RADIUS_2;
import static fr.passerelle.engine.rules.EngineRules.RESCUE_RADIUS_3;
import static fr.passerelle.engine.rules.EngineRules.SHOWN_COMPANIES;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.index.CompanyIndex;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.engine.result.RescueOption;
import fr.passerelle.engine.result.ScoreDetail;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.rules.BundledRules;
import fr.passerelle.funding.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the reorientation path of one profile from the in-memory indexes: close occupations, each placed in a
 * horizon (now, in a few months, a longer project) with its reason, local demand, how one enters it, trainings,
 * companies, and a rescue when too little is found. Each horizon is ranked on its own by the score. Pure and
 * deterministic: the same index, profile and day give the same result. Every constant is in {@link EngineRules}.
 */
public final class PathEngine {
    private final PathIndex index;
    private final RankingWeights weights;
    private final Proximity proximity;
    private final DemandAssessor demand;
    private final TrainingSelector trainings;
    private final AccessRules access;
    private final PathFunding funding;
    private final LiveOfferIndex liveOffers;

    public PathEngine(PathIndex index, RankingWeights weights) {
        this(index, weights, BundledRules.get());
    }

    /** With the funding rules in force (the imported rules dataset, else the rules bundled in the jar). */
    public PathEngine(PathIndex index, RankingWeights weights, RuleSet fundingRules) {
        this(index, weights, fundingRules, LiveOfferIndex.NONE);
    }

    /** Same, with the live job offers of the cache ({@link LiveOfferIndex#NONE} when it holds none). */
    public PathEngine(PathIndex index, RankingWeights weights, RuleSet fundingRules, LiveOfferIndex liveOffers) {
        this.liveOffers = liveOffers;
        this.index = index;
        this.weights = weights;
        this.proximity = new Proximity(index.referential(), index.market());
        this.demand = new DemandAssessor(index.market(), index.territory());
        this.funding = new PathFunding(fundingRules);
        this.trainings = new TrainingSelector(index.trainings(), funding);
        this.access = new AccessRules(index.referential(), RegulatedTable.bundled());
    }

    public PathIndex index() {
        return index;
    }

    /** The funding rules the paths of this engine were computed with (to compute one answer again, e.g. with an RQTH). */
    public PathFunding funding() {
        return funding;
    }

    /**
     * The path: at most {@code limit} occupations per horizon, now first, then short, then long.
     *
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
        List<TargetOccupation> shown = new ArrayList<>();
        List<TargetOccupation> more = new ArrayList<>();
        Map<Horizon, Integer> counts = new LinkedHashMap<>();
        for (TargetOccupation t : all) {
            int n = counts.merge(t.horizon(), 1, Integer::sum);
            (n <= limit ? shown : more).add(t);
        }
        List<RescueOption> rescue = rescue(profile, place, all, shown, more, limit, today);
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

    private List<TargetOccupation> targets(JobSeekerProfile profile, ReferentialIndex.Fiche fiche, TerritoryIndex.Place place,
                                           LocalDate today) {
        String romeVersion = version("rome4.occupations");
        String departement = index.territory().departementName(place.departement());
        List<TargetOccupation> out = new ArrayList<>();
        for (Proximity.Candidate c : proximity.candidates(fiche.code(), place, romeVersion, profile.level())) {
            ReferentialIndex.Fiche target = index.referential().fiche(c.code()).orElseThrow();
            DemandAssessor.Assessment market = demand.assess(fiche.parentV3(), target.parentV3(), place, fiche.label());
            List<String> codes = codes(target);
            TrainingSelector.Selection selection = trainings.select(codes, place, profile, today);
            Access how = access.of(target);
            Integer shortest = selection.all().stream().map(TrainingOption::hours).filter(Objects::nonNull).min(Integer::compare)
                    .orElse(null);
            HorizonRule.Decision horizon = HorizonRule.decide(c, how, profile.level(), shortest, access.sameTitle(fiche.code(), target.code()));
            List<Reason> reasons = new ArrayList<>(c.reasons());
            reasons.addAll(market.reasons());
            accessReason(how, romeVersion).ifPresent(reasons::add);
            double prox = levelAdjusted(c, how, profile, selection.all(), reasons);
            boolean noTraining = horizon.horizon() == Horizon.NOW;
            if (!noTraining && selection.found() == 0) {
                int known = index.coverage().trainingsIn(place.departement());
                reasons.add(Reason.of("formation", Message.of("training.none", Param.km(profile.radiusKm()),
                        Param.of(profile.remote() ? Message.of("training.none.remote") : Message.NONE),
                        coverage(known, "trainings", departement)), "formations du cache menant à " + target.code()
                        + " ou à son code ROME 3, dans le rayon (à vol d'oiseau)", "Offres de formation"));
            }
            double effort = noTraining ? 1 : TrainingSelector.effort(selection.all(), profile, today);
            CompanyIndex.Result companies = index.companies().find(codes, place.latitude(), place.longitude(), profile.radiusKm(),
                    SHOWN_COMPANIES.asInt());
            reasons.add(companyReason(companies.count(), profile.radiusKm(), place.departement(), departement));
            double score = Math.round(1000 * weights.combine(prox, market.score(), effort)) / 1000.0;
            out.add(new TargetOccupation(target.code(), target.label(), score,
                    new ScoreDetail(round(prox), round(market.score()), round(effort), weights), List.copyOf(reasons),
                    c.skills().sharedLabels(), c.skills().missing(), market.demand(), noTraining, selection.found(), selection.shown(),
                    companies.count(), companyOptions(companies.best()), horizon.horizon(), horizon.reason(), how,
                    c.skills().targetDiplomas(), liveOffers.near(codes, place.latitude(), place.longitude(), profile.radiusKm()),
                    c.skills().counts()));
        }
        // Horizon by horizon, each ranked by its score; the code breaks ties so that the order is stable.
        out.sort(Comparator.comparing(TargetOccupation::horizon)
                .thenComparing(Comparator.comparingDouble(TargetOccupation::score).reversed())
                .thenComparing(TargetOccupation::rome));
        return out;
    }

    /** What the law or the ROME says about entering the occupation. */
    private static Optional<Reason> accessReason(Access how, String romeVersion) {
        if (how.requirement() != null) {
            return Optional.of(Reason.of("accès", Message.of("access.table", Param.label(how.requirement()), Param.label(how.reference())),
                    "table des métiers réglementés, chaque ligne sourcée", how.source()));
        }
        if (how.romeText().isEmpty()) {
            return how.regulated() ? Optional.of(Reason.of("accès", Message.of("access.regulated.notext"), "ROME « emploi réglementé »", "ROME " + romeVersion))
                    : Optional.empty();
        }
        return Optional.of(Reason.of("accès", Message.of(how.regulated() ? "access.regulated.rome" : "access.rome",
                Param.label(how.romeText().get(0))), how.regulated() ? "ROME « emploi réglementé » et texte d'accès au métier"
                : "texte d'accès au métier", "ROME " + romeVersion + ", textes"));
    }

    private Reason companyReason(int count, int radiusKm, String departementCode, String departement) {
        if (count > 0) {
            return Reason.of("entreprises", Message.of("companies.some", Param.number(count), Param.km(radiusKm)), "score d'embauche par code ROME, distance à vol d'oiseau",
                    "Entreprises");
        }
        int known = index.coverage().companiesIn(departementCode);
        return Reason.of("entreprises", Message.of("companies.none", Param.km(radiusKm), coverage(known, "companies", departement)),
                "entreprises du cache ayant un score d'embauche pour ce code ROME, dans le rayon", "Entreprises");
    }

    /** "; le catalogue importé en compte 1 234 dans le Nord" or "...n'en compte aucune ...: il ne couvre pas ce territoire". */
    private static Param coverage(int known, String what, String departement) {
        return Param.of(known == 0 ? Message.of("coverage." + what + ".none", Param.label(departement))
                : Message.of("coverage." + what + ".some", Param.number(known), Param.label(departement)));
    }

    /**
     * Moving up is harder than moving down: when the target's usual entry level (ROME access text, our table, or bac+3
     * for an executive fiche) is above hers and the ROME does not say the job is open without a diploma, proximity
     * loses {@code LEVEL_STEP_PENALTY} per level, at most
     * {@code LEVEL_MAX_PENALTY}. No penalty when at least one training was found for the target within her reach (the
     * gap is then the training's business, measured by effort); the level of that training is not checked.
     */
    private double levelAdjusted(Proximity.Candidate c, Access how, JobSeekerProfile profile, List<TrainingOption> found,
                                 List<Reason> reasons) {
        int gap = how.entryLevel() == null || how.openAccess() ? 0 : how.entryLevel() - profile.level().framework();
        if (gap <= 0) {
            return c.proximity();
        }
        Param required = Param.level(how.entryLevel());
        if (!found.isEmpty()) {
            reasons.add(Reason.of("niveau", Message.of("level.bridged", required),
                    "pas de pénalité de niveau quand une formation est trouvée", "ROME (texte d'accès, emploi cadre)"));
            return c.proximity();
        }
        double penalty = Math.min(LEVEL_MAX_PENALTY.value(), LEVEL_STEP_PENALTY.value() * gap);
        reasons.add(Reason.of("niveau", Message.of("level.penalty", required, Param.level(profile.level().framework()),
                Param.decimal(BigDecimal.valueOf(Math.round(penalty * 100) / 100.0))),
                "−" + LEVEL_STEP_PENALTY.fr() + " par niveau d'écart, au plus −" + LEVEL_MAX_PENALTY.fr(), "ROME (texte d'accès, emploi cadre)"));
        return Math.max(0, c.proximity() - penalty);
    }

    private List<String> codes(ReferentialIndex.Fiche target) {
        return target.parentV3().equals(target.code()) ? List.of(target.code()) : List.of(target.code(), target.parentV3());
    }

    private List<CompanyOption> companyOptions(List<CompanyIndex.Found> found) {
        List<CompanyOption> out = new ArrayList<>();
        for (CompanyIndex.Found f : found) {
            String commune = index.territory().place(f.communeInsee()).map(TerritoryIndex.Place::name).orElse(f.communeInsee());
            String why = MessageRenderer.french().render(CompanyOption.whyMessage(f.score(), f.estimated(), f.nafCode(), f.distanceKm()));
            out.add(new CompanyOption(f.siret(), f.name(), f.nafCode(), f.communeInsee(), commune,
                    Math.round(f.distanceKm() * 10) / 10.0, f.score(), f.estimated(), why));
        }
        return out;
    }

    private List<RescueOption> rescue(JobSeekerProfile profile, TerritoryIndex.Place place, List<TargetOccupation> all,
                                      List<TargetOccupation> shown, List<TargetOccupation> more, int limit, LocalDate today) {
        // Rescue when too little is found: fewer than RESCUE_MIN_GOOD occupations with a clearly better market, no
        // training at all (even where none is required, she may want one), or no company to contact.
        long good = shown.stream().filter(t -> t.demand().betterMarket()).count();
        boolean noTraining = shown.stream().allMatch(t -> t.trainingsFound() == 0);
        boolean noCompany = shown.stream().allMatch(t -> t.companiesFound() == 0);
        if (good >= RESCUE_MIN_GOOD.asInt() && !noTraining && !noCompany) {
            return List.of();
        }
        List<RescueOption> rescue = new ArrayList<>();
        for (EngineRules.Rule radius : List.of(RESCUE_RADIUS_1, RESCUE_RADIUS_2, RESCUE_RADIUS_3)) {
            int km = radius.asInt();
            if (km > profile.radiusKm()) {
                rescue.add(counts("rayon", Message.of("rescue.radius", Param.km(km)), profile.withRadius(km), all, place, today));
            }
        }
        if (!profile.remote()) {
            rescue.add(counts("distance", Message.of("rescue.remote"), profile.withRemote(true), all, place, today));
        }
        if (!more.isEmpty()) {
            List<TargetOccupation> next = more.subList(0, Math.min(more.size(), limit));
            rescue.add(RescueOption.of("métiers", Message.of("rescue.more", Param.label(String.join(", ",
                    next.stream().map(t -> t.label() + " (" + t.rome() + ")").toList()))), next.size(),
                    next.stream().mapToInt(TargetOccupation::trainingsFound).sum(),
                    next.stream().mapToInt(TargetOccupation::companiesFound).sum()));
        }
        return rescue;
    }

    /**
     * What a wider search would bring, counted over the same candidate occupations (demand does not depend on the
     * radius): trainings and companies found with the wider profile. Counts only, nothing is ranked.
     */
    private RescueOption counts(String kind, Message description, JobSeekerProfile wider, List<TargetOccupation> candidates,
                                TerritoryIndex.Place place, LocalDate today) {
        int trainingsFound = 0;
        int companiesFound = 0;
        for (TargetOccupation t : candidates) {
            List<String> codes = codes(index.referential().fiche(t.rome()).orElseThrow());
            trainingsFound += index.trainings().find(codes, place.latitude(), place.longitude(), wider.radiusKm(), wider.remote(),
                    offer -> TrainingSelector.keep(offer, wider, today)).size();
            companiesFound += index.companies().count(codes, place.latitude(), place.longitude(), wider.radiusKm());
        }
        return RescueOption.of(kind, description, (int) candidates.stream().filter(t -> t.demand().betterMarket()).count(),
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
                .filter(Objects::nonNull).findFirst().orElse("4");
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
