package fr.passerelle.engine.index;

import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.RomeFap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * BMO hiring projects (Besoins en main-d'œuvre) per employment area and ROME 3 code. The survey counts projects per
 * BMO métier (a FAP code); a FAP-2009 métier reaches ROME 3 codes through the DARES crosswalk ({@code rome_fap}). A FAP
 * covers several ROME codes and the survey does not say how its projects split among them, so every ROME code of the
 * FAP gets the FAP's whole figure, said as such ({@link Figures#sharedWith}); nothing is divided into invented
 * fractions. Masked cells ({@code *}) stay unknown ({@link Count#masked}), never 0. Métiers without a crosswalk
 * (FAP-2021 ones, or FAP-2009 codes the crosswalk lacks) are counted as not mapped.
 *
 * <p>The figures are those of one survey year: the latest that has métiers reaching ROME codes (a FAP-2021 year has
 * none until a crosswalk is imported); newer years without any are listed by {@link #newerUnmappedYears()}.
 */
public final class BmoIndex {
    public static final BmoIndex EMPTY = new BmoIndex(List.of(), List.of());

    /**
     * A sum over survey cells, some of which may be masked by statistical secrecy: the sum of the known ones, the
     * number of masked ones, the number of cells. A sum with masked cells is a lower bound; one with only masked
     * cells is unknown.
     */
    public record Count(long known, int masked, int cells) {
        public static final Count NONE = new Count(0, 0, 0);

        Count plus(Integer value) {
            return new Count(known + (value == null ? 0 : value), masked + (value == null ? 1 : 0), cells + 1);
        }

        Count plus(Count other) {
            return new Count(known + other.known, masked + other.masked, cells + other.cells);
        }

        /** No cell at all: the survey has no row for it. */
        public boolean isEmpty() {
            return cells == 0;
        }

        /** Every cell masked: the figure is unknown. */
        public boolean unknown() {
            return cells > 0 && masked == cells;
        }

        /** Some cells masked: the known sum is a lower bound. */
        public boolean partial() {
            return masked > 0 && masked < cells;
        }
    }

    /** One BMO métier (FAP code and label) of the figures. */
    public record Fap(String code, String label) {
    }

    /**
     * The projects of the FAP-2009 métiers of one ROME 3 code over some areas (or a département).
     *
     * @param faps       the métiers whose projects these are (a ROME code can lead to several, by qualification)
     * @param sharedWith the other ROME 3 codes that get the same métiers' figures (the FAP's figure, shared)
     * @param areas      the employment areas with a row for these métiers
     */
    public record Figures(int year, List<Fap> faps, List<String> sharedWith, List<String> areas, Count projects,
                          Count difficult, Count seasonal) {
    }

    /** Rows of the year whose métier reaches no ROME code, and their known projects. */
    public record NotMapped(int rows, long knownProjects) {
    }

    /** One métier's cells in one area (or département): the rows of each département it straddles, summed. */
    private static final class Cell {
        Count projects = Count.NONE;
        Count difficult = Count.NONE;
        Count seasonal = Count.NONE;

        void add(BmoProject p) {
            projects = projects.plus(p.projects());
            difficult = difficult.plus(p.difficultProjects());
            seasonal = seasonal.plus(p.seasonalProjects());
        }
    }

    private final int year;
    private final List<Integer> newerUnmappedYears;
    private final Map<String, Set<String>> fapsOfRome = new HashMap<>();
    private final Map<String, Set<String>> romesOfFap = new HashMap<>();
    private final Map<String, String> fapLabels = new HashMap<>();
    private final Map<String, Map<String, Cell>> byArea = new HashMap<>();
    private final Map<String, Map<String, Cell>> byDepartement = new HashMap<>();
    private final Map<String, int[]> notMappedRows = new HashMap<>();
    private final Map<String, long[]> notMappedProjects = new HashMap<>();

    public BmoIndex(List<BmoProject> projects, List<RomeFap> crosswalk) {
        for (RomeFap link : crosswalk) {
            fapsOfRome.computeIfAbsent(link.romeCode().value(), k -> new TreeSet<>()).add(link.fapCode());
            romesOfFap.computeIfAbsent(link.fapCode(), k -> new TreeSet<>()).add(link.romeCode().value());
        }
        TreeMap<Integer, Boolean> years = new TreeMap<>(); // year → has a métier reaching ROME codes
        for (BmoProject p : projects) {
            years.merge(p.surveyYear(), mapped(p), Boolean::logicalOr);
        }
        Integer chosen = years.descendingMap().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .findFirst().orElse(years.isEmpty() ? 0 : years.lastKey());
        this.year = chosen;
        this.newerUnmappedYears = List.copyOf(years.tailMap(chosen, false).keySet());
        for (BmoProject p : projects) {
            if (p.surveyYear() != year) {
                continue;
            }
            if (!mapped(p)) {
                notMappedRows.computeIfAbsent(p.areaCode(), k -> new int[1])[0]++;
                notMappedProjects.computeIfAbsent(p.areaCode(), k -> new long[1])[0] += p.projects() == null ? 0 : p.projects();
                continue;
            }
            if (p.occupationLabel() != null) {
                fapLabels.putIfAbsent(p.occupationCode(), p.occupationLabel());
            }
            byArea.computeIfAbsent(p.areaCode(), k -> new HashMap<>()).computeIfAbsent(p.occupationCode(), k -> new Cell()).add(p);
            byDepartement.computeIfAbsent(p.departementCode(), k -> new HashMap<>())
                    .computeIfAbsent(p.occupationCode(), k -> new Cell()).add(p);
        }
    }

    private boolean mapped(BmoProject p) {
        return "2009".equals(p.fapNomenclature()) && romesOfFap.containsKey(p.occupationCode());
    }

    /** The survey year of the figures, 0 when no BMO file is imported. */
    public int year() {
        return year;
    }

    /** Survey years newer than {@link #year()} whose métiers reach no ROME code (FAP-2021 years): not used. */
    public List<Integer> newerUnmappedYears() {
        return newerUnmappedYears;
    }

    /** Whether any figure can be given. */
    public boolean isEmpty() {
        return byArea.isEmpty();
    }

    /** The ROME 3 codes that get figures in these areas. */
    public Set<String> romesIn(Collection<String> areas) {
        Set<String> romes = new TreeSet<>();
        for (String area : areas) {
            for (String fap : byArea.getOrDefault(area, Map.of()).keySet()) {
                romes.addAll(romesOfFap.getOrDefault(fap, Set.of()));
            }
        }
        return romes;
    }

    /** The figures of one ROME 3 code summed over these areas; null when no area has a row for its métiers. */
    public Figures inAreas(String v3, Collection<String> areas) {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (String area : new TreeSet<>(areas)) {
            cells.put(area, byArea.getOrDefault(area, Map.of()));
        }
        return figures(v3, cells);
    }

    /** The figures of one ROME 3 code in one département (the map); null when it has no row for its métiers. */
    public Figures inDepartement(String v3, String departement) {
        return figures(v3, Map.of(departement, byDepartement.getOrDefault(departement, Map.of())));
    }

    /** The rows of these areas whose métier reaches no ROME code. */
    public NotMapped notMapped(Collection<String> areas) {
        int rows = 0;
        long projects = 0;
        for (String area : new TreeSet<>(areas)) {
            rows += notMappedRows.getOrDefault(area, new int[1])[0];
            projects += notMappedProjects.getOrDefault(area, new long[1])[0];
        }
        return new NotMapped(rows, projects);
    }

    private Figures figures(String v3, Map<String, Map<String, Cell>> cellsByPlace) {
        Set<String> faps = fapsOfRome.getOrDefault(v3, Set.of());
        Count projects = Count.NONE;
        Count difficult = Count.NONE;
        Count seasonal = Count.NONE;
        Set<String> places = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, Map<String, Cell>> place : cellsByPlace.entrySet()) {
            for (String fap : faps) {
                Cell cell = place.getValue().get(fap);
                if (cell != null) {
                    projects = projects.plus(cell.projects);
                    difficult = difficult.plus(cell.difficult);
                    seasonal = seasonal.plus(cell.seasonal);
                    places.add(place.getKey());
                    used.add(fap);
                }
            }
        }
        if (used.isEmpty()) {
            return null;
        }
        Set<String> shared = new TreeSet<>();
        List<Fap> list = new ArrayList<>();
        for (String fap : used) {
            shared.addAll(romesOfFap.getOrDefault(fap, Set.of()));
            list.add(new Fap(fap, fapLabels.get(fap)));
        }
        shared.remove(v3);
        return new Figures(year, List.copyOf(list), List.copyOf(shared), List.copyOf(places), projects, difficult, seasonal);
    }
}
