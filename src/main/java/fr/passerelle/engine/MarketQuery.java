package fr.passerelle.engine;

import fr.passerelle.engine.index.BmoIndex;
import fr.passerelle.engine.index.GeoMath;
import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.TensionIndicator;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local market at a glance, before talking about a person: around a commune (or the communes of an employment
 * area) and within a radius, the occupations hiring most, with the published tension indicators summed over the
 * employment areas reached, the offers of the départements reached, the national BMO difficulty share and the BMO
 * hiring projects of the areas reached (the figure of the FAP métier, shared by its ROME codes: {@link BmoIndex}).
 * Every figure keeps its year; nothing is estimated here. Pure: reads the path index only.
 */
public final class MarketQuery {
    private final PathIndex index;

    public MarketQuery(PathIndex index) {
        this.index = index;
    }

    /** Where the figures were summed: the employment areas and départements reached, in words. */
    public record Zone(String centre, int radiusKm, List<String> areas, List<String> areaLabels, List<String> departements) {
    }

    /**
     * One occupation (ROME 3 code, the key of the market figures) over the zone.
     *
     * @param romeV4         the ROME 4 fiche to open a path towards (the fiche that kept the code, else the first derived)
     * @param offers         offers collected in a year over the zone's areas (tension file), with {@code tensionYear}
     * @param tension        published 1–5 indicator (job-seeker-weighted over the areas), null when not published
     * @param offersDepartements offers counted in the zone's départements at {@code offersDate}, null when none
     * @param bmoDifficultyPct national share of difficult hiring projects (BMO), null when absent, with {@code bmoYear}
     * @param projects       BMO hiring projects of the zone's areas for the occupation's FAP métiers, null when none
     */
    public record Row(String rome, String romeV4, String label, double offers, double jobSeekers, Integer tension,
                      int tensionYear, Integer offersDepartements, java.time.LocalDate offersDate, Double bmoDifficultyPct,
                      Integer bmoYear, BmoIndex.Figures projects) {
        /** Offers per job seeker, -1 when there are no job seekers to compare. */
        public double offersPerJobSeeker() {
            return jobSeekers > 0 ? offers / jobSeekers : -1;
        }
    }

    /**
     * What the BMO hiring projects of the zone rest on: the survey year (0 without a BMO file), the zone's rows whose
     * métier reaches no ROME code (not shown), and newer survey years left out for the same reason.
     */
    public record Projects(int year, BmoIndex.NotMapped notMapped, List<Integer> newerUnmappedYears) {
    }

    /** The answer: the zone and its occupations, most offers first. */
    public record Answer(Zone zone, List<Row> rows, Projects projects) {
    }

    /** Around a commune (INSEE code): its own employment area and every area with a commune within the radius. */
    public Answer aroundCommune(String insee, int radiusKm) {
        TerritoryIndex.Place place = index.territory().place(insee)
                .orElseThrow(() -> new IllegalArgumentException("commune " + insee + " absente des données"));
        Set<String> areas = new TreeSet<>();
        if (place.bmoArea() != null) {
            areas.add(place.bmoArea());
        }
        if (place.hasCoordinates()) {
            areas.addAll(areasWithin(place.latitude(), place.longitude(), radiusKm));
        }
        return answer(place.name(), radiusKm, areas);
    }

    /** Around an employment area: the area itself and every area with a commune within the radius of its centre. */
    public Answer aroundArea(String bmoArea, int radiusKm) {
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (TerritoryIndex.Place p : index.territory().places()) {
            if (bmoArea.equals(p.bmoArea()) && p.hasCoordinates()) {
                lat += p.latitude();
                lon += p.longitude();
                n++;
            }
        }
        Set<String> areas = new TreeSet<>(List.of(bmoArea));
        if (n > 0 && radiusKm > 0) {
            areas.addAll(areasWithin(lat / n, lon / n, radiusKm));
        }
        return answer(index.territory().bmoAreaLabel(bmoArea), radiusKm, areas);
    }

    private Set<String> areasWithin(double lat, double lon, int radiusKm) {
        Set<String> areas = new TreeSet<>();
        double dLat = GeoMath.latitudeDegrees(radiusKm);
        for (TerritoryIndex.Place p : index.territory().places()) {
            if (p.bmoArea() == null || !p.hasCoordinates() || Math.abs(p.latitude() - lat) > dLat) {
                continue;
            }
            if (GeoMath.km(lat, lon, p.latitude(), p.longitude()) <= radiusKm) {
                areas.add(p.bmoArea());
            }
        }
        return areas;
    }

    private Answer answer(String centre, int radiusKm, Set<String> areas) {
        MarketIndex market = index.market();
        Map<String, Sum> sums = new LinkedHashMap<>();
        Set<String> departements = new TreeSet<>();
        for (String area : areas) {
            String dep = index.territory().departementOfArea(area);
            if (dep != null) {
                departements.add(dep);
            }
            for (TensionIndicator t : market.inArea(area)) {
                sums.computeIfAbsent(t.romeCode().value(), k -> new Sum()).add(t);
            }
        }
        BmoIndex projects = market.projects();
        // Occupations with BMO projects in the zone but no tension figure still hire: they get a row of their own.
        for (String v3 : projects.romesIn(areas)) {
            sums.computeIfAbsent(v3, k -> new Sum());
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Sum> e : sums.entrySet()) {
            String v3 = e.getKey();
            Sum s = e.getValue();
            Integer depOffers = null;
            for (String dep : departements) {
                Integer o = market.offersInDepartement(v3, dep);
                if (o != null) {
                    depOffers = (depOffers == null ? 0 : depOffers) + o;
                }
            }
            Optional<BmoDifficulty> bmo = market.bmo(v3);
            rows.add(new Row(v3, fiche(v3), label(v3), s.offers, s.jobSeekers, s.tension(), s.year, depOffers,
                    depOffers == null ? null : market.offersDate(),
                    bmo.map(b -> b.difficultyPct().doubleValue()).orElse(null), bmo.map(BmoDifficulty::surveyYear).orElse(null),
                    projects.inAreas(v3, areas)));
        }
        rows.sort(Comparator.comparingDouble(Row::offers).reversed().thenComparing(Row::rome));
        List<String> areaLabels = areas.stream().map(index.territory()::bmoAreaLabel).toList();
        List<String> depNames = departements.stream().map(d -> index.territory().departementName(d) + " (" + d + ")").toList();
        return new Answer(new Zone(centre, radiusKm, List.copyOf(areas), areaLabels, depNames), rows,
                new Projects(projects.year(), projects.notMapped(areas), projects.newerUnmappedYears()));
    }

    /** Per département, the BMO hiring projects of one occupation (ROME 3 or 4 code): the map's detail. */
    public Map<String, BmoIndex.Figures> projectsByDepartement(String rome) {
        String v3 = v3(rome);
        Map<String, BmoIndex.Figures> out = new HashMap<>();
        for (String dep : index.territory().departements().keySet()) {
            BmoIndex.Figures f = index.market().projects().inDepartement(v3, dep);
            if (f != null) {
                out.put(dep, f);
            }
        }
        return out;
    }

    /** Per département, the figures of one occupation (ROME 3 or 4 code): the map's colours. */
    public Map<String, MarketIndex.Market> byDepartement(String rome) {
        String v3 = v3(rome);
        Map<String, MarketIndex.Market> out = new HashMap<>();
        for (String dep : index.territory().departements().keySet()) {
            index.market().departement(v3, dep).ifPresent(m -> out.put(dep, m));
        }
        return out;
    }

    /** The ROME 3 code the market figures of a ROME 4 fiche are published under. */
    public String v3(String rome) {
        String v3 = index.referential().v3Of(rome);
        return v3 == null ? rome : v3;
    }

    private String fiche(String v3) {
        if (index.referential().fiche(v3).isPresent()) {
            return v3;
        }
        List<String> derived = index.referential().v4Of(v3);
        return derived.isEmpty() ? null : derived.get(0);
    }

    private String label(String v3) {
        // The current ROME 4 wording when the fiche kept the code, else the ROME 3 label of the figures.
        String label = index.referential().fiche(v3).map(f -> f.label()).orElse(index.referential().v3Label(v3));
        return label == null ? v3 : label;
    }

    /** Running sums over the zone's areas, the tension weighted by job seekers as the market index does. */
    private static final class Sum {
        double offers;
        double jobSeekers;
        double weighted;
        double weight;
        int year;

        void add(TensionIndicator t) {
            offers += t.offers() == null ? 0 : t.offers();
            jobSeekers += t.jobSeekers() == null ? 0 : t.jobSeekers();
            year = Math.max(year, t.referenceYear());
            if (t.tension() != null) {
                double w = Math.max(1, t.jobSeekers() == null ? 0 : t.jobSeekers());
                weighted += w * t.tension();
                weight += w;
            }
        }

        Integer tension() {
            return weight == 0 ? null : (int) Math.round(weighted / weight);
        }
    }
}
