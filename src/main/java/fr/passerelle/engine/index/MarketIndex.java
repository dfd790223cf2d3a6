package fr.passerelle.engine.index;

import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.OfferCount;
import fr.passerelle.domain.market.RomeConnexe;
import fr.passerelle.domain.market.TensionIndicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Local labour-market figures keyed by ROME 3 code: tension indicators per employment area with their sums per
 * département, region and France (for the fallback), offers per département and commune, BMO difficulty shares,
 * BMO hiring projects per area ({@link BmoIndex}) and La Bonne Boite's "connexe" occupations per area.
 */
public final class MarketIndex {

    /** Where a market figure was taken. */
    public enum Level {
        BASSIN("bassin d'emploi"), DEPARTEMENT("département"), REGION("région"), FRANCE("France");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Offers and job seekers of one ROME 3 code at one level. {@code tension} is the published 1–5 indicator for a
     * bassin, a job-seeker-weighted mean elsewhere.
     */
    public record Market(Level level, String territory, double offers, double jobSeekers, Integer tension, int year) {
        /** Offers per job seeker (the IMT "market" indicator): -1 when there are no job seekers to compare. */
        public double offersPerJobSeeker() {
            return jobSeekers > 0 ? offers / jobSeekers : -1;
        }
    }

    /** A "connexe" occupation of an area with its score (0..1). */
    public record Connexe(String targetV3, double score) {
    }

    private final Map<String, TensionIndicator> byArea = new HashMap<>();
    private final Map<String, List<TensionIndicator>> byAreaCode = new HashMap<>();
    private final Map<String, Sum> byDepartement = new HashMap<>();
    private final Map<String, Sum> byRegion = new HashMap<>();
    private final Map<String, Sum> byFrance = new HashMap<>();
    private final Map<String, Integer> offersByDepartement = new HashMap<>();
    private final Map<String, BmoDifficulty> bmo = new HashMap<>();
    private final Map<String, List<Connexe>> connexe = new HashMap<>();
    private final TerritoryIndex territory;
    private final BmoIndex projects;
    private LocalDate offersDate;
    private int tensionYear;

    public MarketIndex(List<TensionIndicator> tension, List<OfferCount> offers, List<BmoDifficulty> difficulty,
                       List<RomeConnexe> connexes, TerritoryIndex territory) {
        this(tension, offers, difficulty, connexes, BmoIndex.EMPTY, territory);
    }

    /** With the BMO hiring projects per employment area ({@link BmoIndex}). */
    public MarketIndex(List<TensionIndicator> tension, List<OfferCount> offers, List<BmoDifficulty> difficulty,
                       List<RomeConnexe> connexes, BmoIndex projects, TerritoryIndex territory) {
        this.territory = territory;
        this.projects = projects;
        for (TensionIndicator t : tension) {
            String rome = t.romeCode().value();
            byArea.put(rome + "|" + t.areaCode(), t);
            byAreaCode.computeIfAbsent(t.areaCode(), k -> new ArrayList<>()).add(t);
            tensionYear = Math.max(tensionYear, t.referenceYear());
            String dep = territory.departementOfArea(t.areaCode());
            if (dep != null) {
                byDepartement.computeIfAbsent(rome + "|" + dep, k -> new Sum()).add(t);
                String region = territory.regionOfDepartement(dep);
                if (region != null) {
                    byRegion.computeIfAbsent(rome + "|" + region, k -> new Sum()).add(t);
                }
            }
            byFrance.computeIfAbsent(rome, k -> new Sum()).add(t);
        }
        for (OfferCount o : offers) {
            if ("departement".equals(o.territoryLevel()) && o.territoryCode() != null) {
                offersByDepartement.merge(o.romeCode().value() + "|" + o.territoryCode(), o.offers(), Integer::sum);
                if (offersDate == null || o.extractedOn().isAfter(offersDate)) {
                    offersDate = o.extractedOn();
                }
            }
        }
        for (BmoDifficulty d : difficulty) {
            bmo.merge(d.romeCode().value(), d, (a, b) -> a.surveyYear() >= b.surveyYear() ? a : b);
        }
        for (RomeConnexe c : connexes) {
            connexe.computeIfAbsent(c.areaCode() + "|" + c.romeCode().value(), k -> new ArrayList<>())
                    .add(new Connexe(c.connexeCode().value(), c.score()));
        }
        connexe.values().forEach(l -> l.sort(Comparator.comparingDouble(Connexe::score).reversed().thenComparing(Connexe::targetV3)));
    }

    /** The places this index was built with. */
    public TerritoryIndex territory() {
        return territory;
    }

    /**
     * The most local level at which both occupations have published figures around a commune, so that the two are
     * compared on the same ground: bassin, then département, region, France.
     */
    public Optional<Market[]> comparable(String sourceV3, String targetV3, TerritoryIndex.Place place) {
        for (Level level : Level.values()) {
            Optional<Market> source = at(level, sourceV3, place);
            Optional<Market> target = at(level, targetV3, place);
            if (source.isPresent() && target.isPresent() && source.get().jobSeekers() > 0) {
                return Optional.of(new Market[] {source.get(), target.get()});
            }
        }
        return Optional.empty();
    }

    /** The most local figures for one occupation. */
    public Optional<Market> local(String v3, TerritoryIndex.Place place) {
        for (Level level : Level.values()) {
            Optional<Market> market = at(level, v3, place);
            if (market.isPresent()) {
                return market;
            }
        }
        return Optional.empty();
    }

    public Optional<Market> at(Level level, String v3, TerritoryIndex.Place place) {
        switch (level) {
            case BASSIN -> {
                TensionIndicator t = place.bmoArea() == null ? null : byArea.get(v3 + "|" + place.bmoArea());
                return t == null ? Optional.empty() : Optional.of(new Market(Level.BASSIN, territory.bmoAreaLabel(place.bmoArea()),
                        nz(t.offers()), nz(t.jobSeekers()), t.tension(), t.referenceYear()));
            }
            case DEPARTEMENT -> {
                return sum(byDepartement.get(v3 + "|" + place.departement()), Level.DEPARTEMENT,
                        territory.departementName(place.departement()));
            }
            case REGION -> {
                return sum(byRegion.get(v3 + "|" + place.region()), Level.REGION, territory.regionName(place.region()));
            }
            default -> {
                return sum(byFrance.get(v3), Level.FRANCE, "France");
            }
        }
    }

    private Optional<Market> sum(Sum s, Level level, String label) {
        return s == null ? Optional.empty() : Optional.of(new Market(level, label, s.offers, s.jobSeekers, s.tension(), tensionYear));
    }

    /** Every tension indicator published for one BMO employment area (all occupations): the local market table. */
    public List<TensionIndicator> inArea(String area) {
        return byAreaCode.getOrDefault(area, List.of());
    }

    /** The sums of one occupation over one département (the map's colours). */
    public Optional<Market> departement(String v3, String departement) {
        return sum(byDepartement.get(v3 + "|" + departement), Level.DEPARTEMENT, territory.departementName(departement));
    }

    /** The reference year of the tension indicators (0 when none are imported). */
    public int tensionYear() {
        return tensionYear;
    }

    /** Offers counted in the département at the extraction date, or null. */
    public Integer offersInDepartement(String v3, String departement) {
        return offersByDepartement.get(v3 + "|" + departement);
    }

    public LocalDate offersDate() {
        return offersDate;
    }

    public Optional<BmoDifficulty> bmo(String v3) {
        return Optional.ofNullable(bmo.get(v3));
    }

    /** BMO hiring projects per employment area and ROME 3 code (empty without a BMO file). */
    public BmoIndex projects() {
        return projects;
    }

    public List<Connexe> connexes(String lbbArea, String v3) {
        return lbbArea == null ? List.of() : connexe.getOrDefault(lbbArea + "|" + v3, List.of());
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }

    /** Running sums for an aggregate level. */
    private static final class Sum {
        double offers;
        double jobSeekers;
        double weightedTension;
        double tensionWeight;

        void add(TensionIndicator t) {
            offers += nz(t.offers());
            jobSeekers += nz(t.jobSeekers());
            if (t.tension() != null) {
                double weight = Math.max(1, nz(t.jobSeekers()));
                weightedTension += weight * t.tension();
                tensionWeight += weight;
            }
        }

        Integer tension() {
            return tensionWeight == 0 ? null : (int) Math.round(weightedTension / tensionWeight);
        }
    }
}
